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
    parsed = []
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, default_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return f"{number.country_code}{number.national_number}"
        parsed.append(number)
    raise _refusal(raw, parsed[0] if parsed else None)


EXAMPLE = "for example +1 212 567 8904 or 12125678904"


def _refusal(raw: str, number: phonenumbers.PhoneNumber | None) -> DeskError:
    """Why ``raw`` is not a phone number, as the receptionist can fix it: too short, too
    long, or (an unknown country, digits no country uses) the country code is missing."""
    reason = (phonenumbers.is_possible_number_with_reason(number) if number is not None
              else None)
    digits = sum(ch.isdigit() for ch in raw)
    if reason in (phonenumbers.ValidationResult.TOO_SHORT,
                  phonenumbers.ValidationResult.INVALID_LENGTH) and digits:
        return DeskError("phone_invalid", f"{raw!r} is too short for a phone number "
                         f"({digits} digits).", value=raw,
                         hint=f"Type the whole number with its country code, {EXAMPLE}.")
    if reason is phonenumbers.ValidationResult.TOO_LONG or (number is None and digits > 15):
        return DeskError("phone_invalid", f"{raw!r} is too long for a phone number "
                         f"({digits} digits).", value=raw,
                         hint=f"Check the digits; write the country code first, {EXAMPLE}.")
    return DeskError("phone_invalid", f"{raw!r} is not a valid phone number.", value=raw,
                     hint=f"Write the country code first, {EXAMPLE}.")


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
