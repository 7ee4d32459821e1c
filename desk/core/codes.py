"""Membership codes: unique in the chain, readable, generated with a per-desk prefix."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from desk.core.errors import DeskError, quoted
from desk.core.names import name_key

# no O/0, I/1 (nor L) so that a code read aloud or off a card is typed right
READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MAX_CODE_LENGTH = 40
CODE_SIGNS = "-_./"


def clean_code(code: str | None) -> str | None:
    """A typed or imported code, trimmed; None or blank means "no code".

    A code is at most MAX_CODE_LENGTH letters, digits and the signs ``- _ . /``, starting
    with a letter or a digit: what a card prints, a scanner types and a spreadsheet keeps
    as text (nothing it would read as a formula, nothing invisible or reversing the text).
    Codes already in the database are found whatever they hold."""
    if code is None or not str(code).strip():
        return None
    cleaned = str(code).strip()
    if not is_valid_code(cleaned):
        raise DeskError("code_invalid", f"The code {quoted(cleaned)} can't be used.",
                        value=cleaned, hint=f"Use at most {MAX_CODE_LENGTH} letters, digits "
                        "or the signs - _ . /, starting with a letter or a digit.")
    return cleaned


def is_valid_code(code: str) -> bool:
    return (0 < len(code) <= MAX_CODE_LENGTH and code[0].isalnum()
            and all(ch.isalnum() or ch in CODE_SIGNS for ch in code))


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
