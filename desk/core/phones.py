"""The one phone normaliser: any common format in, E.164 digits out."""

from __future__ import annotations

import phonenumbers

from desk.core.errors import DeskError


def normalize_phone(text: str, default_region: str = "US") -> str:
    """``+1 (212) 567-8904`` or ``212 567 8904`` (in the US) -> ``12125678904``.

    Raises ``phone_invalid`` with the value and how to write it when it is not a
    valid number.
    """
    raw = str(text).strip()
    compact = raw.replace(" ", "")
    candidates = [raw]
    if compact.isdigit():  # "12125678904": country code first, as imports and the CLI write it;
        # digits typed in groups ("212 567 8904") are read in the default region first
        candidates.insert(len(candidates) if " " in raw else 0, "+" + compact)
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, default_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return f"{number.country_code}{number.national_number}"
    raise DeskError(
        "phone_invalid", f"{raw!r} is not a valid phone number.", value=raw,
        hint="Write the country code first, for example +1 212 567 8904 or 12125678904.",
    )


def display_phone(digits: str) -> str:
    """The one way a stored phone is shown, to people and in exports: phonenumbers'
    international format (``12125550101`` -> ``+1 212-555-0101``); digits it can't read
    are shown with a plus in front."""
    try:
        number = phonenumbers.parse(f"+{digits}")
    except phonenumbers.NumberParseException:
        return f"+{digits}"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(digits: str) -> str:
    """For logs: keep the country code and the last two digits."""
    if len(digits) <= 4:
        return "*" * len(digits)
    return digits[:2] + "*" * (len(digits) - 4) + digits[-2:]
