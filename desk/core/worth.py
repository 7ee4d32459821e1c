"""What a visit is worth, and so what a membership still owes (SPEC §4): one rule for every
report, the liability chart and the expiry write-off.

A period of ``n`` visits sold for ``price`` is owed until its visits are redeemed (or it is
refunded, voided or lapses). Redeeming the k-th visit releases
``round(price·k/n) − round(price·(k−1)/n)`` (half-up, to the cent), so the ``n`` visits add
up to the price exactly, and with ``r`` visits left the period owes
``price − round(price·(n−r)/n)``. Whether the type recalculates the service cost changes
only the cost recorded on a payment for payroll, never this.

The balance that is valued is the balance of the day: the entries dated up to it, in day
order (``in_day_order``), as the summary of any day counts them. Balances outside the
package follow from the same formula: an edit that raises the balance
above ``n`` owes more than the price, and a balance at or below zero (a sync overdraft)
owes nothing, never less. The SQL of the liability reports (``desk/reports/ledger_flows.py``)
computes exactly this; a property test keeps the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core.ledger import EntryKind, LedgerEntry
from desk.core.memberships import Membership
from desk.core.money import round_cents

ZERO = Decimal("0.00")
# entries that start a period: what they leave is owed, whatever was owed before
PERIOD_STARTS = frozenset({EntryKind.SALE, EntryKind.IMPORT, EntryKind.RENEWAL})
USES = frozenset({EntryKind.PAYMENT, EntryKind.AUTO_DEDUCTION, EntryKind.PAYMENT_UNDO})
# the liability roll-forward's column each kind of entry moves (a renewal sells a period)
GROUP = {EntryKind.SALE: "sale", EntryKind.RENEWAL: "sale", EntryKind.IMPORT: "import",
         EntryKind.PAYMENT: "redeem", EntryKind.AUTO_DEDUCTION: "redeem",
         EntryKind.PAYMENT_UNDO: "redeem", EntryKind.EDIT: "edit",
         EntryKind.VOID: "void", EntryKind.REFUND: "refund"}


def owed(price: Decimal, total: int, remaining: int) -> Decimal:
    """What a period of ``total`` visits sold for ``price`` owes with ``remaining`` left."""
    if total <= 0 or remaining <= 0:
        return ZERO
    return price - round_cents(price * (total - remaining) / total)


def visit_worth(price: Decimal, total: int, k: int) -> Decimal:
    """What redeeming the ``k``-th of ``total`` visits releases."""
    return owed(price, total, total - k + 1) - owed(price, total, total - k)


def in_day_order(m: Membership) -> list[LedgerEntry]:
    """The entries of ``m`` in the order of the days they take effect on, as the balance of
    a day is the sum of the entries dated up to it (an edit dated in the past may be written
    after entries dated later). On one day a period's start comes first, then the rest in
    the order they were written."""
    rank = {EntryKind.SALE: 0, EntryKind.IMPORT: 0, EntryKind.RENEWAL: 1}
    order = sorted(enumerate(m.entries), key=lambda item: (item[1].on,
                                                           rank.get(item[1].kind, 2), item[0]))
    return [e for _, e in order]


def entry_flows(m: Membership) -> list[tuple[LedgerEntry, Decimal]]:
    """Each entry of ``m``, in day order, with how much it moved what is owed (+ owed more,
    − owed less).

    A sale, an import or a renewal starts a period worth what the balance is worth after it;
    any other entry moves it by what its change of the balance is worth. Entries that
    change no balance (activations, freezes, write-offs) move nothing."""
    price, total = m.sale.price, m.type.total_visits
    balance, flows = 0, []
    for e in in_day_order(m):
        before, balance = balance, balance + e.visits
        start = ZERO if e.kind in PERIOD_STARTS else owed(price, total, before)
        flows.append((e, owed(price, total, balance) - start))
    return flows


def owed_at_lapse(m: Membership, lapse: date) -> Decimal:
    """What the period of ``m`` that lapses on ``lapse`` still owed then (what a write-off
    writes off): the balance of the entries dated before it, at what it is worth."""
    left = sum(e.visits for e in m.entries if e.on < lapse)
    return owed(m.sale.price, m.type.total_visits, left)


def redeemed(m: Membership) -> Decimal:
    """The value released by its paid visits and automatic deductions, less undone ones
    (the memberships report's *amount debited*)."""
    return -sum((flow for e, flow in entry_flows(m) if e.kind in USES), ZERO)


@dataclass(frozen=True)
class Flow:
    """Money that became owed (or stopped being owed) on ``on`` in the roll-forward's column
    ``group``, and stays owed until ``lapses`` (None: never), when what is left of it is
    breakage."""

    group: str
    amount: Decimal
    on: date
    lapses: date | None


def liability_flows(m: Membership) -> list[Flow]:
    """The liability of ``m`` day by day as each day's entries left it: for memberships whose
    expiry a later entry may restate (an expiry edit, an undone first visit), where the
    expiry cached now does not tell when it lapsed.

    On each day with entries the membership is open if it had not expired by the entries
    dated up to that day (as the summary of the day says). While open, each entry flows as
    ``entry_flows`` says; when it expires, what is owed lapses; an entry that opens it
    again (an edit moving the expiry on, say) brings back what its balance is worth."""
    price, total, sold_on = m.sale.price, m.type.total_visits, m.sale.sold_on
    ordered = [e for e in in_day_order(m) if e.on >= sold_on]
    flows: list[Flow] = []
    pending: list[tuple[str, Decimal, date]] = []  # what the open period owes, and since when
    balance, is_open, lapse = 0, False, None

    def close(day: date | None) -> None:
        flows.extend(Flow(group, amount, on, day) for group, amount, on in pending)
        pending.clear()

    for day in sorted({e.on for e in ordered}):
        today = [e for e in ordered if e.on == day]
        if is_open and lapse is not None and lapse <= day:
            close(lapse)
            is_open = False
        before, balance = balance, balance + sum(e.visits for e in today)
        expiry = Membership(m.sale, m.type, tuple(e for e in m.entries if e.on <= day)).expiry
        open_now = expiry is None or day < expiry
        if is_open or day == sold_on:  # each entry on its own
            for e in today:
                if e.kind is EntryKind.RENEWAL:
                    close(day)
                start = ZERO if e.kind in PERIOD_STARTS else owed(price, total, before)
                before += e.visits
                if e.kind in GROUP:
                    pending.append((GROUP[e.kind], owed(price, total, before) - start, day))
            if not open_now:  # lapsed the day it was sold, or by an entry of the day
                close(day)
        elif open_now:  # open again
            kinds = {e.kind for e in today}
            group = ("edit" if EntryKind.EDIT in kinds else
                     "sale" if EntryKind.RENEWAL in kinds else "redeem")
            pending.append((group, owed(price, total, balance), day))
        is_open, lapse = open_now, expiry
    if is_open:
        close(lapse)
    return flows
