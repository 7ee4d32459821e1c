"""Membership codes: unique in the chain, readable, generated with a per-desk prefix."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from desk.core.errors import DeskError
from desk.core.names import name_key

# no O/0, I/1 (nor L) so that a code read aloud or off a card is typed right
READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MAX_CODE_LENGTH = 40


def clean_code(code: str | None) -> str | None:
    """A typed code, trimmed; None or blank means "no code"."""
    if code is None or not str(code).strip():
        return None
    cleaned = str(code).strip()
    if len(cleaned) > MAX_CODE_LENGTH or any(ch.isspace() or not ch.isprintable()
                                             for ch in cleaned):
        raise DeskError("code_invalid", f"The code {cleaned[:50]!r} can't be used.", value=cleaned,
                        hint=f"Use at most {MAX_CODE_LENGTH} letters, digits or dashes, no spaces.")
    return cleaned


def code_key(code: str) -> str:
    return name_key(code)


def generate_code(prefix: str, taken: Callable[[str], bool], length: int = 6) -> str:
    """A fresh code ``PREFIX-XXXXXX`` that ``taken`` says is free.

    The prefix is the desk's, so two offline desks never generate the same code.
    """
    for _ in range(100):
        code = f"{prefix}-" + "".join(secrets.choice(READABLE) for _ in range(length))
        if not taken(code_key(code)):
            return code
    raise DeskError("code_generation_failed", "Could not find a free code.",
                    hint="Type a code by hand.")
