"""Voiding a sale and refunding a membership (SPEC §3.11): the rules, as entries to append.

Both close the membership for good: every balance goes to 0 and its status becomes
``cancelled`` (void) or ``refunded``, above every other. Nothing is deleted; the entry says
who, where, when and why.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from desk.core.errors import DeskError, refuse
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.memberships import Membership
from desk.core.money import round_cents
from desk.core.worth import owed

USED = (EntryKind.PAYMENT, EntryKind.AUTO_DEDUCTION)


def check_open(m: Membership) -> None:
    """Refuse any change to a membership a void or a refund closed."""
    closed = m.state.closed_by
    if closed is None:
        return
    name = m.code or f"{m.type.name} (no code)"
    if closed.kind is EntryKind.VOID:
        refuse("membership_cancelled", f"{name} was cancelled on {closed.on}: its sale was "
                "voided.", "Sell a new membership.")
    refuse("membership_refunded", f"{name} was refunded on {closed.on}.",
            "Sell a new membership.")


def outstanding(m: Membership) -> Decimal:
    """What the membership still owes (SPEC §4): what its balance is worth."""
    return owed(m.sale.price, m.type.total_visits, m.remaining)


def void_sale(m: Membership, *, day: date, reason: str | None, stamp: Stamp) -> LedgerEntry:
    """Cancel the sale the business day it was made, before any visit is used: the balances
    go to 0 and the price leaves revenue (the entry carries it back)."""
    check_open(m)
    name = m.code or f"{m.type.name} (no code)"
    if m.sale.imported:
        refuse("void_imported", f"{name} was imported, not sold here: there is no sale to "
                "void.", "Ask a manager to refund it or edit it instead.")
    if day != m.sale.sold_on:
        refuse("void_not_same_day", f"{name} was sold on {m.sale.sold_on}; a sale can be "
                f"voided only the same business day (today is {day}).",
                "Ask a manager to refund it instead.")
    _check_nothing_after(m, day, "void")
    used = next((e for e in m.entries if e.kind in USED
                 and e.id not in m.state.undone_payments), None)
    if used is not None:
        refuse("void_after_use", f"A visit was already paid with {name} on {used.on}.",
                "Undo that payment first, or ask a manager to refund it.")
    return new_entry(stamp, m.id, EntryKind.VOID, day, deltas=_to_zero(m),
                     amount=m.sale.price, reason=(reason or "").strip())


def refund(m: Membership, *, day: date, reason: str, amount: Decimal | str | None,
           stamp: Stamp) -> LedgerEntry:
    """Pay the client back: ``amount`` defaults to the outstanding and may be lower, never
    higher; the balances go to 0."""
    check_open(m)
    name = m.code or f"{m.type.name} (no code)"
    if not (reason or "").strip():
        refuse("refund_reason_required", "Say why the membership is refunded.",
                "Type a reason.")
    if day < m.sale.sold_on:
        refuse("refund_before_sale", f"{name} was sold on {m.sale.sold_on}, after the refund's "
                f"date {day}.", "Date the refund on or after the sale.")
    _check_nothing_after(m, day, "refund")
    expiry = m.expiry
    if expiry is not None and day >= expiry:
        refuse("refund_after_expiry", f"{name} expired on {expiry}: nothing is owed on it any "
                "more.", "Ask a manager to extend it first if the client is owed money.")
    most = outstanding(m)
    money = most if amount is None or not str(amount).strip() else _amount(amount)
    if money < 0:
        refuse("refund_amount_invalid", f"A refund of {money} is not possible.",
                f"Type an amount from 0 to {most}.")
    if money > most:
        refuse("refund_amount_too_high", f"A refund of {money} is more than the {most} still "
                f"owed on {name}.", f"Type {most} or less.")
    return new_entry(stamp, m.id, EntryKind.REFUND, day, deltas=_to_zero(m), amount=money,
                     reason=reason.strip())


def _check_nothing_after(m: Membership, day: date, what: str) -> None:
    """A void or refund closes the membership with the balance it has: no entry may be
    dated after it (an edit or a freeze dated ahead), or the days between would count a
    balance the correction did not take back."""
    later = max((e.on for e in m.entries if e.on > day), default=None)
    if later is not None:
        refuse(f"{what}_before_last_entry", f"{m.code or m.type.name} has an entry dated "
                f"{later}, after the {what}'s date {day}.",
                f"Date the {what} on or after {later}." if what == "refund" else
                "Ask a manager to refund it instead.")


def _amount(value: Decimal | str) -> Decimal:
    try:
        money = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        money = Decimal("NaN")
    if not money.is_finite():
        raise DeskError("refund_amount_invalid", f"{str(value)!r} is not an amount of money.",
                        value=value, hint="Type an amount such as 120.00.")
    return round_cents(money)


def _to_zero(m: Membership) -> dict[str, int]:
    return {key: -left for key, left in m.balances.items() if left != 0}

