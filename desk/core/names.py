"""Names compared the way people mean them: trimmed and case-insensitively."""

from __future__ import annotations

import re

from desk.core.errors import DeskError

_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    """The comparison key of a name or code: ``" Downtown "`` and ``"downtown"`` are one."""
    return _SPACES.sub(" ", str(name).strip()).casefold()


def clean_name(name: str, *, what: str, max_length: int = 120) -> str:
    """A display name, trimmed; refuses an empty or overlong one."""
    cleaned = _SPACES.sub(" ", str(name).strip())
    if not cleaned:
        raise DeskError(f"{what}_name_required", f"The {what} needs a name.", hint="Type a name.")
    if len(cleaned) > max_length:
        raise DeskError(
            f"{what}_name_too_long",
            f"The {what} name is {len(cleaned)} characters long; at most {max_length} fit.",
            value=cleaned,
            hint="Shorten the name.",
        )
    return cleaned


def next_free_copy_name(name: str, taken: set[str]) -> str:
    """``"Massage 10"`` -> ``"Massage 10 (2)"``, or the next ``(n)`` not in ``taken``.

    ``taken`` holds name keys. A name that already ends in ``(n)`` counts on from its base.
    """
    base = re.sub(r"\s\(\d+\)$", "", name.strip())
    n = 2
    while name_key(f"{base} ({n})") in taken:
        n += 1
    return f"{base} ({n})"
