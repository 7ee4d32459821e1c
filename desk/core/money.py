"""Money: Decimal amounts in the chain's currency, never floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desk.core.errors import DeskError

CENT = Decimal("0.01")


def parse_money(text: str | int | Decimal, *, field: str = "amount") -> Decimal:
    """Read an amount typed by a person ("800", "800.5", " 1 200,00 ") into cents-exact Decimal."""
    raw = str(text).strip().replace(" ", "").replace("\u00a0", "")
    if "," in raw and "." in raw:  # "1,200.50": commas group thousands
        raw = raw.replace(",", "")
    elif raw.count(",") == 1:  # "800,50" is a decimal comma; "1,200" groups thousands
        whole, fraction = raw.split(",")
        raw = whole + fraction if len(fraction) == 3 else f"{whole}.{fraction}"
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise DeskError(
            "money_invalid", f"The {field} {text!r} is not an amount.", value=text,
            hint="Type a number such as 800 or 800.50.",
        ) from None
    if not value.is_finite() or value < 0 or value > 10**9 or value != value.quantize(CENT):
        raise DeskError(
            "money_invalid",
            f"The {field} {text!r} must be between 0 and 1,000,000,000 with at most 2 decimals.",
            value=text,
            hint="Type a number such as 800 or 800.50.",
        )
    return value.quantize(CENT)


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    return int(round_cents(value) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def format_money(value: Decimal, currency: str = "USD") -> str:
    """The one money formatter: ``1,234.50 USD``."""
    return f"{round_cents(value):,.2f} {currency}"


def visit_cost(price: Decimal, total_visits: int, visit_number: int) -> Decimal:
    """Cost of the ``visit_number``-th visit (1-based) of a package with recalculated cost.

    Each visit costs price / total rounded to cents; the last one takes the rounding
    remainder so that the costs of all visits add up to the price exactly.
    """
    if total_visits <= 0:
        return Decimal("0.00")
    unit = round_cents(price / total_visits)
    if visit_number < total_visits:
        return unit
    if visit_number == total_visits:
        return round_cents(price - unit * (total_visits - 1))
    return Decimal("0.00")  # visits added by an edit beyond the package were not paid for
