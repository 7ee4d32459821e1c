"""Reading a cell the way the person who typed it meant it.

python-calamine hands numbers as floats (``12125678904.0``, ``5.0``), dates as ``date`` or
``datetime``, empty cells as ``""``. Each reader returns a value or raises ``CellError``
with a message naming the value (quoted, at most 80 characters) and how to write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desk.core.errors import quoted

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CellError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class UnreadableCell:
    """A cell that holds no value a reader could hand over, though it isn't empty: a formula
    Excel never calculated and saved, or an error such as ``#DIV/0!``. The reader shows
    such cells as empty; the file's XML tells them apart, so the import names the problem.

    ``shown`` is what Excel shows in the cell; ``problem`` completes "the cell …"; ``fix``
    says what to do."""

    shown: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return self.shown


FORMULA_WITHOUT_VALUE = UnreadableCell(
    "", "is a formula without a saved value",
    "Open the file in Excel, let it calculate, and save it again; or type the value.")


def error_value(shown: str) -> UnreadableCell:
    return UnreadableCell(shown, f"shows the error {shown}",
                          "Correct the formula in Excel, or type the value instead.")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """Text of a cell; a whole number typed into a numeric cell loses its ``.0``."""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def as_whole_number(value: object) -> int:
    """``5``, ``5.0`` or ``"5"`` -> 5; anything else is refused."""
    if isinstance(value, bool):
        raise CellError(f"{as_text(value)} is not a number of sessions")
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellError(f"{value:g} is not a whole number")
        return int(value)
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        raise CellError(f"{quoted(text)} is not a number") from None
    if not number.is_integer():
        raise CellError(f"{quoted(text)} is not a whole number")
    return int(number)


def as_date(value: object) -> date:
    """A date cell, or text written ``yyyy-mm-dd``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = as_text(value)
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise CellError(f"{quoted(text)} is not a real date") from None
    raise CellError(f"{quoted(text)} is not a date written yyyy-mm-dd")
