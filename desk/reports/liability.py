"""The liability roll-forward (SPEC §4): what the chain owes on its memberships, and why it moved.

For a period of days [start, end), per location of sale and per type::

    opening + sold + imported - redeemed - expired + edits = closing      (to the cent)

The rule, exactly (all money in whole cents; "rounded" is half-up as ``round_cents``):

* A membership *enters* on its sale day ``e`` (``memberships.sold_on``) with its entry
  value: a sale at its price (**sold**); an import, kept apart as **imported** so that it
  is not mixed with revenue, at ``price × visits at import / total visits``, rounded.
* It *lapses* on ``x = max(expires_on, e)`` (no expiry: never). A membership is open at
  the opening of day ``t`` (= the close of day ``t-1``) when ``e < t <= x``: one expiring
  on day ``x`` is still owed at the close of ``x-1`` and breaks during day ``x``.
* Its entries dated ``d`` with ``e <= d < x`` move what is owed:
  a payment or automatic deduction by ``-amount`` (its recorded cost; with no amount,
  ``price / total visits`` rounded, as ``visit_cost`` rounds), a payment undo by
  ``+amount`` of the payment it gives back (**redeemed** is the net of those),
  an edit by ``delta visits × price / total visits``, rounded per entry (**edits**).
  Other entries (activation, freeze, unfreeze) move nothing; entries dated outside
  [e, x) are ignored (the value was already written off, or not yet owed).
* Owed on an open membership at the opening of day ``t`` = entry value + the moves of its
  entries dated before ``t``; on one that is not open: nothing.
* **expired** (breakage) = what was still owed on the memberships lapsing in the period
  (``start <= x < end``): entry value + the moves of all its entries in [e, x).

Each figure is summed on its own in SQL, so the identity is a check, not a construction;
the closing of one period is the opening of the next by definition (same moment).
Figures use the cached ``expires_on``, so a later extension restates past breakage.
Recorded payment costs may exceed price / total visits (types that don't recalculate cost
record the service's list price), so what is owed can go below zero.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Integer, and_, case, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from desk.core.ledger import EntryKind
from desk.core.money import from_cents
from desk.store import schema as s
from desk.store.queries import M, scanned, type_total_visits

E = s.LedgerEntry
FIGURES = ("opening", "sold", "imported", "redeemed", "expired", "edits", "closing")
NEVER = date(9999, 12, 31)


@dataclass(frozen=True)
class RollForwardRow:
    location_id: str | None  # None on the total row
    location: str
    type_id: str | None
    type: str
    opening: Decimal
    sold: Decimal
    imported: Decimal
    redeemed: Decimal
    expired: Decimal
    edits: Decimal
    closing: Decimal

    @property
    def balances(self) -> bool:
        return (self.opening + self.sold + self.imported - self.redeemed - self.expired
                + self.edits == self.closing)

    def as_json(self) -> dict:
        data = dict(vars(self))
        for name in FIGURES:
            data[name] = str(data[name])
        return data


@dataclass(frozen=True)
class RollForward:
    start: date
    end: date  # exclusive
    rows: list[RollForwardRow] = field(default_factory=list)
    total: RollForwardRow | None = None

    def as_json(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(),
                "rows": [r.as_json() for r in self.rows],
                "total": self.total.as_json() if self.total else None}


def _half_up(numerator, denominator):
    """numerator / denominator rounded half away from zero, in SQLite integer arithmetic."""
    sign = case((numerator < 0, -1), else_=1)
    return (2 * numerator + sign * denominator) // (2 * denominator)


def roll_forward(session: Session, start: date, end: date) -> RollForward:
    """The roll-forward of [start, end) per (location of sale, type), plus a total row."""
    totals = type_total_visits()
    total_of = dict(session.execute(select(totals.c.type_id, totals.c.total)).all())
    price = type_coerce(M.price, Integer)
    amount = type_coerce(E.amount, Integer)
    # the few types' totals as a CASE: a join to the grouped subquery costs a look-up per entry
    total = case(total_of, value=M.type_id, else_=None) if total_of else literal(None)
    unit = _half_up(price, total)
    kind = E.kind
    kinds = [k.value for k in (EntryKind.SALE, EntryKind.IMPORT, EntryKind.PAYMENT,
                               EntryKind.PAYMENT_UNDO, EntryKind.AUTO_DEDUCTION, EntryKind.EDIT)]
    entry = kind.in_([EntryKind.SALE.value, EntryKind.IMPORT.value])
    used = kind.in_([EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value])
    flow = case(
        (kind == EntryKind.SALE.value, price),
        (kind == EntryKind.IMPORT.value, _half_up(price * E.visits, total)),
        (used, -func.coalesce(amount, unit)),
        (kind == EntryKind.PAYMENT_UNDO.value, func.coalesce(amount, unit)),
        (kind == EntryKind.EDIT.value, _half_up(E.visits * price, total)),
        else_=0)
    e = M.sold_on
    x = func.max(func.coalesce(M.expires_on, NEVER), e)  # two arguments: the larger
    d = case((entry, e), else_=E.on)
    window = or_(entry, and_(d >= e, d < x))
    # each entry's figures are worked out once, in a subquery that LIMIT -1 keeps SQLite from
    # flattening into the sums below (which would evaluate them once per sum)
    rows_q = (select(M.location_id.label("location_id"), M.type_id.label("type_id"),
                     kind.label("kind"), flow.label("flow"), d.label("d"), e.label("e"),
                     x.label("x"), window.label("w"))
              .select_from(E)
              .join(M, M.id == E.membership_id)
              # nearly every entry: read the ledger straight through, not by its kind index
              .where(scanned(kind).in_(kinds), e < end, M.type_id.in_(list(total_of)),
                     or_(M.expires_on.is_(None), x >= start))
              .limit(-1).subquery())
    r = rows_q.c
    r_kind, r_flow, r_d, r_e, r_x, r_w = r.kind, r.flow, r.d, r.e, r.x, r.w == 1

    def owed_at(t: date):
        return and_(r_w, r_d < t, r_e < t, r_x >= t)

    def total_where(condition, value=r_flow):
        return func.coalesce(func.sum(case((condition, value), else_=0)), 0)

    in_period = and_(r_d >= start, r_d < end)
    figures = [
        total_where(owed_at(start)),
        total_where(and_(r_kind == EntryKind.SALE.value, in_period)),
        total_where(and_(r_kind == EntryKind.IMPORT.value, in_period)),
        total_where(and_(r_kind.in_([EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value,
                                     EntryKind.PAYMENT_UNDO.value]), r_w, in_period), -r_flow),
        total_where(and_(r_w, r_x >= start, r_x < end)),
        total_where(and_(r_kind == EntryKind.EDIT.value, r_w, in_period)),
        total_where(owed_at(end)),
    ]
    query = select(r.location_id, r.type_id, *figures).group_by(r.location_id, r.type_id)
    locations = dict(session.execute(select(s.Location.id, s.Location.name)).all())
    types = dict(session.execute(select(s.MembershipType.id, s.MembershipType.name)).all())
    rows, sums = [], defaultdict(int)
    for location_id, type_id, *cents in session.execute(query).all():
        for name, value in zip(FIGURES, cents, strict=True):
            sums[name] += value
        rows.append(RollForwardRow(location_id, locations.get(location_id, ""), type_id,
                                   types.get(type_id, ""),
                                   *(from_cents(c) for c in cents)))
    rows.sort(key=lambda r: (r.location, r.type, r.location_id, r.type_id))
    total_row = RollForwardRow(None, "All locations", None, "All types",
                               *(from_cents(sums[name]) for name in FIGURES))
    return RollForward(start, end, rows, total_row)


def liability_on(session: Session, day: date) -> Decimal:
    """What is owed at the opening of ``day`` (the close of the day before), chain-wide."""
    result = roll_forward(session, day, day + timedelta(days=1))
    return result.total.opening if result.total else Decimal("0.00")


