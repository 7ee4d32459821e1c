"""Dates, times, numbers and money as the window's locale writes them (SPEC §12); the
locale is the one ``i18n.install_language`` made the default."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from desk.core.money import round_cents

# the symbols of the currencies chains use; another currency is written by its code
SYMBOLS = {"USD": "$", "EUR": "€", "RUB": "₽", "GBP": "£", "UAH": "₴", "KZT": "₸",
           "PLN": "zł", "CHF": "CHF", "MXN": "$", "ARS": "$", "COP": "$", "CLP": "$"}
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_LONE_DAY = re.compile(r"(?<!d)d(?!d)")
_LONE_MONTH = re.compile(r"(?<!M)M(?!M)")


def locale() -> QLocale:
    return QLocale()


def day(value: date | None, *, empty: str = "—") -> str:
    """A date in a table or a field: the locale's short form with the whole year
    ("12/31/2026", "31/12/2026", "31.12.2026"; "07/02/2027" in Spain)."""
    if value is None:
        return empty
    return locale().toString(QDate(value.year, value.month, value.day), _table_pattern())


def date_entry_format(*, time: bool = False) -> str:
    """A date field's display format: the table's date, and the time when it has one."""
    return _table_pattern() + (" HH:mm" if time else "")


def _table_pattern() -> str:
    """The locale's short date with days and months of two digits and the whole year, so
    that a column of dates lines up ("07/02/2027", not "7/2/27")."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    pattern = _LONE_DAY.sub("dd", _LONE_MONTH.sub("MM", pattern))
    return _TWO_DIGIT_YEAR.sub("yyyy", pattern)


def day_in_words(value: date | None, *, year: bool = True, weekday: bool = False,
                 empty: str = "—") -> str:
    """A date in a sentence: "3 Dec 2026", "3 dic 2026", "3 дек. 2026"; without the year
    where it goes without saying; with the weekday, the locale's long form for a day's title
    ("Thursday, December 3, 2026", "jueves, 3 de diciembre de 2026")."""
    if value is None:
        return empty
    when = QDate(value.year, value.month, value.day)
    if weekday:
        return locale().toString(when, QLocale.FormatType.LongFormat)
    return locale().toString(when, "d MMM yyyy" if year else "d MMM")


def month(value: date, *, year: bool = True) -> str:
    """A month on a chart's axis or in a title: "Dec 2026" ("dic 2026", "дек. 2026")."""
    return locale().toString(QDate(value.year, value.month, 1), "MMM yyyy" if year else "MMM")


def clock(value: datetime) -> str:
    """A time of day: the locale's short form ("2:05 PM", "14:05")."""
    return locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def moment(value: datetime | None, *, empty: str = "") -> str:
    """A date and time in a table: the short date with the whole year, then the time."""
    if value is None:
        return empty
    return f"{day(value.date())} {clock(value)}"


def number(value: int) -> str:
    """A count with the locale's grouping ("1,234", "1.234", "1 234")."""
    return locale().toString(value)


def amount(value: Decimal) -> str:
    """An amount without its currency, in a table of them ("1,234.50", "1.234,50")."""
    return locale().toString(float(round_cents(value)), "f", 2)


def money(value: Decimal | None, currency: str = "USD", *, empty: str = "—") -> str:
    """An amount in the chain's currency, its symbol where the locale puts it
    ("$1,234.50", "1.234,50 €", "1 234,50 ₽")."""
    if value is None:
        return empty
    symbol = SYMBOLS.get(currency.upper(), currency)
    return locale().toCurrencyString(float(round_cents(value)), symbol, 2)
