"""Each ledger entry's money flow for the liability (the rule: desk/reports/liability.py).

One definition shared by the roll-forward computed from the ledger and by the per-day cache
(desk/reports/liability_days.py), so that the two can only agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
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
from sqlalchemy.orm import Session, aliased

from desk.core.ledger import EntryKind
from desk.store import schema as s
from desk.store.queries import M, scanned, type_total_visits

E = s.LedgerEntry
R = aliased(s.LedgerEntry, name="renewals")  # the renewals of the entry's membership
renewal_rowid = literal_column("renewals.rowid")
NEVER = date(9999, 12, 31)
RENEWAL = EntryKind.RENEWAL.value
USES = (EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value)
ENTRY_KINDS = (EntryKind.SALE.value, EntryKind.IMPORT.value)
SOLD_KINDS = (EntryKind.SALE.value, RENEWAL)  # a renewal sells the membership's next period
MOVING_KINDS = [*ENTRY_KINDS, *USES, EntryKind.PAYMENT_UNDO.value, EntryKind.EDIT.value,
                RENEWAL]
# what each moving kind counts as in the roll-forward
GROUP_OF = {EntryKind.SALE.value: "sale", EntryKind.IMPORT.value: "import",
            EntryKind.PAYMENT.value: "redeem", EntryKind.AUTO_DEDUCTION.value: "redeem",
            EntryKind.PAYMENT_UNDO.value: "redeem", EntryKind.EDIT.value: "edit",
            RENEWAL: "sale"}


def half_up(numerator, denominator):
    """numerator / denominator rounded half away from zero, in SQLite integer arithmetic."""
    sign = case((numerator < 0, -1), else_=1)
    return (2 * numerator + sign * denominator) // (2 * denominator)


@dataclass(frozen=True)
class Flows:
    """SQL expressions over ledger entries ``E`` joined to their membership ``M``."""

    flow: ColumnElement  # the entry's money flow in cents (+ owed more, - owed less)
    d: ColumnElement  # the day it counts on (a sale or import: the membership's entry day)
    e: ColumnElement  # the membership's entry day
    x: ColumnElement  # the membership's lapse day as cached now (no expiry: NEVER)
    group: ColumnElement  # sale, import, redeem or edit
    type_ids: list[str]  # the types whose visits are known (every type, in practice)

    def windowed(self, x: ColumnElement | None = None) -> ColumnElement:
        """The entry lies in its membership's [entry day, lapse day)."""
        lapse = self.x if x is None else x
        return or_(E.kind.in_(ENTRY_KINDS), and_(self.d >= self.e, self.d < lapse))

    def moving(self) -> ColumnElement:
        """The entry moves what is owed. Nearly every entry does: not worth the kind index
        (it would fetch each entry's row from it, several times slower than reading
        the ledger through, or the few memberships' entries by the membership index)."""
        return and_(scanned(E.kind).in_(MOVING_KINDS), M.type_id.in_(self.type_ids))

    def period_end(self, x: ColumnElement | None = None,
                   up_to: int | None = None) -> ColumnElement:
        """The day the entry's value lapses: the end of the period it falls in, which is the
        membership's first renewal after the entry's day (a sale or import: on or after it),
        or its lapse day ``x``. Only the renewals up to ledger rowid ``up_to`` when given.

        Most memberships never renew: for them it is ``x`` without looking further (the
        renewing ones are one set, worked out once)."""
        lapse = self.x if x is None else x
        after = or_(R.on > self.d, and_(E.kind.in_(ENTRY_KINDS), R.on == self.d))
        # by the membership's entries (the kind index would read every renewal of the chain)
        found = [R.membership_id == E.membership_id, scanned(R.kind) == RENEWAL, after]
        if up_to is not None:
            found.append(renewal_rowid <= up_to)
        following = select(func.min(R.on)).where(*found).correlate(E, M).scalar_subquery()
        renewing = select(R.membership_id).where(R.kind == RENEWAL)
        return case((E.membership_id.in_(renewing),
                     func.min(func.coalesce(following, lapse), lapse)), else_=lapse)


def flows(session: Session) -> Flows:
    totals = type_total_visits()
    total_of = dict(session.execute(select(totals.c.type_id, totals.c.total)).all())
    price = type_coerce(M.price, Integer)
    amount = type_coerce(E.amount, Integer)
    # the few types' totals as a CASE: a join to the grouped subquery costs a look-up per entry
    total = case(total_of, value=M.type_id, else_=None) if total_of else literal(None)
    unit = half_up(price, total)
    kind = E.kind
    flow = case(
        (kind == EntryKind.SALE.value, price),
        (kind == EntryKind.IMPORT.value, half_up(price * E.visits, total)),
        (kind.in_(USES), -func.coalesce(amount, unit)),
        (kind == EntryKind.PAYMENT_UNDO.value, func.coalesce(amount, unit)),
        (kind == EntryKind.EDIT.value, half_up(E.visits * price, total)),
        (kind == RENEWAL, func.coalesce(amount, price)),  # the renewal charge
        else_=0)
    e = M.sold_on
    x = func.max(func.coalesce(M.expires_on, NEVER), e)  # two arguments: the larger
    d = case((kind.in_(ENTRY_KINDS), e), else_=E.on)
    group = case(GROUP_OF, value=kind, else_="none")
    return Flows(flow, d, e, x, group, list(total_of))
