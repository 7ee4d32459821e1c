"""What happens by itself at a period's end: renewal (SPEC §3.9) or an expiry write-off.

Both return ledger entries dated on the day the period ended, plus the key that makes the
work happen once in the whole chain (the store keeps the keys unique).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.memberships import Membership
from desk.core.worth import owed_at_lapse

MAX_PERIODS_AT_ONCE = 120  # a desk off for years still stops; the next run continues


@dataclass(frozen=True)
class Renewal:
    """One renewal: the entry that resets the balance and moves the expiry, and the charge."""

    key: str
    entry: LedgerEntry
    due_on: date
    amount: Decimal


def renews(m: Membership, *, cancelled: bool) -> bool:
    """Whether ``m`` renews at its period's end: an auto-renewing, limited type, not cancelled."""
    return m.type.auto_renew and not m.type.validity.unlimited and not cancelled


def renewals_due(m: Membership, today: date, stamp: Stamp) -> list[Renewal]:
    """The renewals of ``m`` whose period ended on or before ``today``, oldest first.

    Each entry is dated the old expiry, brings every balance back to the type's visits
    (``deltas``), sets the new expiry (``date_value`` = old expiry + validity) and carries
    the type's price as ``amount`` (the charge due).
    """
    found: list[Renewal] = []
    if m.state.closed_by is not None:  # a voided or refunded membership is closed for good
        return found
    expiry, balances = m.expiry, dict(m.balances)
    while expiry is not None and expiry <= today and len(found) < MAX_PERIODS_AT_ONCE:
        deltas = {k: v - balances.get(k, 0) for k, v in m.type.visits.items()
                  if v != balances.get(k, 0)}
        following = m.type.validity.after(expiry)
        entry = new_entry(stamp, m.id, EntryKind.RENEWAL, expiry, deltas=deltas,
                          date_value=following, amount=m.type.price,
                          reason=f"renewed for {m.type.validity}: {expiry} to {following}")
        found.append(Renewal(f"renewal:{m.id}:{expiry.isoformat()}", entry, expiry,
                             m.type.price))
        expiry, balances = following, dict(m.type.visits)
    return found


def writeoff_due(m: Membership, today: date, stamp: Stamp) -> tuple[str, LedgerEntry] | None:
    """The write-off of a membership that lapsed by ``today`` with visits left, if any.

    The entry is dated the expiry day, leaves the balances as they are (``deltas`` empty,
    so the status stays "expired", not "used up"), and carries the value written off as
    ``amount`` (what the period still owed, as every report values it) and the remaining
    visits in ``reason``.
    """
    expiry = m.expiry
    if expiry is None or expiry > today or m.remaining <= 0:
        return None
    entry = new_entry(stamp, m.id, EntryKind.EXPIRY_WRITEOFF, expiry, date_value=expiry,
                      amount=owed_at_lapse(m, expiry),
                      reason=f"expired with {m.remaining} visits left")
    return f"writeoff:{m.id}:{expiry.isoformat()}", entry
