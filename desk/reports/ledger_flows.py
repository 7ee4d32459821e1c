"""Each ledger entry's money flow for the liability (the rule: desk/reports/liability.py;
what a visit is worth: desk/core/worth.py).

One definition shared by the roll-forward computed from the ledger and by the per-day cache
(desk/reports/liability_days.py), so that the two can only agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Subquery

from desk.core.ledger import EntryKind
from desk.store import schema as s
from desk.store.queries import M, scanned, type_total_visits

E = s.LedgerEntry
R = aliased(s.LedgerEntry, name="renewals")  # the renewals of the entry's membership
entry_rowid = literal_column("ledger_entries.rowid")  # insertion order: the ledger is append-only
renewal_rowid = literal_column("renewals.rowid")
NEVER = date(9999, 12, 31)
RENEWAL = EntryKind.RENEWAL.value
USES = (EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value)
ENTRY_KINDS = (EntryKind.SALE.value, EntryKind.IMPORT.value)
SOLD_KINDS = (EntryKind.SALE.value, RENEWAL)  # a renewal sells the membership's next period
CLOSING_KINDS = (EntryKind.VOID.value, EntryKind.REFUND.value)  # each its own column
MOVING_KINDS = [*ENTRY_KINDS, *USES, EntryKind.PAYMENT_UNDO.value, EntryKind.EDIT.value,
                RENEWAL, *CLOSING_KINDS]
PERIOD_STARTS = [*ENTRY_KINDS, RENEWAL]
# what each moving kind counts as in the roll-forward
GROUP_OF = {EntryKind.SALE.value: "sale", EntryKind.IMPORT.value: "import",
            EntryKind.PAYMENT.value: "redeem", EntryKind.AUTO_DEDUCTION.value: "redeem",
            EntryKind.PAYMENT_UNDO.value: "redeem", EntryKind.EDIT.value: "edit",
            RENEWAL: "sale", EntryKind.VOID.value: "void", EntryKind.REFUND.value: "refund"}


def half_up(numerator, denominator):
    """numerator / denominator rounded half away from zero, in SQLite integer arithmetic."""
    sign = case((numerator < 0, -1), else_=1)
    return (2 * numerator + sign * denominator) // (2 * denominator)


def ledger(memberships=None, up_to: int | None = None) -> Subquery:
    """The ledger entries (of ``memberships``, a select of ids, or all; only those up to
    rowid ``up_to`` when given), each with ``balance``: its membership's visits left after
    it, all balances together, in day order (``desk.core.worth.in_day_order``: by day, a
    period's start first, then as written).

    The window runs over every entry of a membership, whatever its kind or day, so that
    the conditions a report puts on the entries it sums never change a balance."""
    rank = case((E.kind.in_(ENTRY_KINDS), 0), (E.kind == RENEWAL, 1), else_=2)
    order = (E.on, rank, E.seq, E.recorded_at, E.id)
    balance = func.sum(E.visits).over(partition_by=E.membership_id, order_by=order,
                                      rows=(None, 0))
    query = select(entry_rowid.label("entry_rowid"), E.id, E.membership_id, E.kind, E.on,
                   E.visits, balance.label("balance"))
    if memberships is not None:  # by their entries: the membership index
        query = query.where(E.membership_id.in_(memberships))
    if up_to is not None:
        query = query.where(entry_rowid <= up_to)
    return query.subquery("entries")


@dataclass(frozen=True)
class Flows:
    """SQL expressions over the entries of ``ledger()`` (``q``) joined to their membership
    ``M``."""

    q: Subquery
    flow: ColumnElement  # the entry's money flow in cents (+ owed more, - owed less)
    d: ColumnElement  # the day it counts on (a sale or import: the membership's entry day)
    e: ColumnElement  # the membership's entry day
    x: ColumnElement  # the membership's lapse day as cached now (no expiry: NEVER)
    group: ColumnElement  # sale, import, redeem, edit, void or refund
    type_ids: list[str]  # the types whose visits are known (every type, in practice)

    def windowed(self, x: ColumnElement | None = None) -> ColumnElement:
        """The entry lies in its membership's [entry day, lapse day)."""
        lapse = self.x if x is None else x
        return or_(self.q.c.kind.in_(ENTRY_KINDS), and_(self.d >= self.e, self.d < lapse))

    def moving(self) -> ColumnElement:
        """The entry moves what is owed (or may: an entry that changes no balance moves
        nothing)."""
        return and_(self.q.c.kind.in_(MOVING_KINDS), M.type_id.in_(self.type_ids))

    def period_end(self, x: ColumnElement | None = None,
                   up_to: int | None = None) -> ColumnElement:
        """The day the entry's value lapses: the end of the period it falls in, which is the
        membership's first renewal after the entry's day (a sale or import: on or after it),
        or its lapse day ``x``. Only the renewals up to ledger rowid ``up_to`` when given.

        Most memberships never renew: for them it is ``x`` without looking further (the
        renewing ones are one set, worked out once)."""
        lapse, q = (self.x if x is None else x), self.q
        after = or_(R.on > self.d, and_(q.c.kind.in_(ENTRY_KINDS), R.on == self.d))
        # by the membership's entries (the kind index would read every renewal of the chain)
        found = [R.membership_id == q.c.membership_id, scanned(R.kind) == RENEWAL, after]
        if up_to is not None:
            found.append(renewal_rowid <= up_to)
        following = select(func.min(R.on)).where(*found).correlate(q, M).scalar_subquery()
        renewing = select(R.membership_id).where(R.kind == RENEWAL)
        return case((q.c.membership_id.in_(renewing),
                     func.min(func.coalesce(following, lapse), lapse)), else_=lapse)


def flows(conn: Connection, q: Subquery) -> Flows:
    """The flows of the entries of ``q`` (from ``ledger()``), valued as desk/core/worth.py
    values them: a period's start at what its balance is worth, any other entry at what its
    change of balance is worth."""
    totals = type_total_visits()
    total_of = dict(conn.execute(select(totals.c.type_id, totals.c.total)).all())
    price = type_coerce(M.price, Integer)
    # the few types' totals as a CASE: a join to the grouped subquery costs a look-up per entry
    total = case(total_of, value=M.type_id, else_=None) if total_of else literal(None)

    def owed(balance):
        return case((balance <= 0, 0), else_=price - half_up(price * (total - balance), total))

    kind, after = q.c.kind, q.c.balance
    flow = case((kind.in_(PERIOD_STARTS), owed(after)),
                else_=owed(after) - owed(after - q.c.visits))
    e = M.sold_on
    x = func.max(func.coalesce(M.expires_on, NEVER), e)  # two arguments: the larger
    d = case((kind.in_(ENTRY_KINDS), e), else_=q.c.on)
    group = case(GROUP_OF, value=kind, else_="none")
    return Flows(q, flow, d, e, x, group, list(total_of))
