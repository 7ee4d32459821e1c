"""The liability roll-forward (SPEC §4): what the chain owes on its memberships, and why it moved.

For a period of days [start, end), per location of sale and per type::

    opening + sold + imported - redeemed - expired - refunded - voided + edits = closing

The rule, exactly (all money in whole cents; "rounded" is half-up as ``round_cents``):

* A membership *enters* on its sale day ``e`` (``memberships.sold_on``) with its entry
  value: a sale at its price (**sold**); an import, kept apart as **imported** so that it
  is not mixed with revenue, at what its visits at import are worth.
* It *lapses* on ``x = max(expires_on, e)`` (no expiry: never). A membership is open at
  the opening of day ``t`` (= the close of day ``t-1``) when ``e < t <= x``: one expiring
  on day ``x`` is still owed at the close of ``x-1`` and breaks during day ``x``.
* Its entries dated ``d`` with ``e <= d < x`` move what is owed, each by what its change of
  the balance is worth (desk/core/worth.py: the k-th of n visits is worth
  round(price·k/n) − round(price·(k−1)/n), whatever cost the payment recorded for payroll;
  the balance is the balance of the day, the entries in day order): a payment or automatic
  deduction, less a payment undo (**redeemed** is the net of those), an edit (**edits**),
  a refund (**refunded**: all that was still owed, whatever money was paid back) and a
  void (**voided**: what the sale made owed, so that a voided sale nets to nothing).
  A balance at or below zero owes nothing, never less. Other entries (activation, freeze,
  unfreeze, expiry write-off) move nothing; entries dated outside [e, x) are ignored (the
  value was already written off, or not yet owed).
* A **renewal** (SPEC §3.9) on day ``r`` ends one period and sells the next: what was
  still owed on the ending period lapses on ``r`` (**expired**), and the new period enters
  as **sold** at what its balance is worth (the package again: the price). So each entry's value
  lapses at the end of its period, ``p`` = the membership's first renewal after the
  entry's day (for the sale or import: on or after it), or ``x`` when none comes.
* Owed on a membership at the opening of day ``t`` = the values of its entries with
  ``d < t <= p``: entry value and moves since the period began; past ``x``: nothing.
* **expired** (breakage) = the values of the entries whose period ends in the period
  (``start <= p < end``): what was still owed on each period that ended.

Each figure is summed on its own in SQL, so the identity is a check, not a construction;
the closing of one period is the opening of the next by definition (same moment).
Figures use the cached ``expires_on``, which is the expiry every earlier day saw, but for
the few memberships whose expiry a later entry restates (an expiry edit, an undone first
visit): those are worked out by the core day by day (desk/reports/restated.py), so that on
any day the closing equals the summary's outstanding for every location and type.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, and_, case, func, or_, select

from desk.core.dates import check_period
from desk.core.ledger import EntryKind
from desk.core.money import from_cents
from desk.reports import liability_days, restated
from desk.reports.ledger_flows import SOLD_KINDS, flows, ledger
from desk.store import schema as s
from desk.store.queries import M
from desk.store.uow import UnitOfWork

FIGURES = ("opening", "sold", "imported", "redeemed", "expired", "refunded", "voided", "edits",
           "closing")
D = s.LiabilityDay


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
    refunded: Decimal
    voided: Decimal
    edits: Decimal
    closing: Decimal

    @property
    def balances(self) -> bool:
        return (self.opening + self.sold + self.imported - self.redeemed - self.expired
                - self.refunded - self.voided + self.edits == self.closing)

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
        """``from`` and ``to`` are the first and the last day of the period, inclusive."""
        last = self.end - timedelta(days=1)
        return {"from": self.start.isoformat(), "to": last.isoformat(),
                "rows": [r.as_json() for r in self.rows],
                "total": self.total.as_json() if self.total else None}


def _entry_rows(conn: Connection, lower: date, end: date):
    """Each entry that can matter to what is owed between ``lower`` and ``end``, with its
    membership's place and type, its money flow ``flow``, its day ``d``, the membership's
    entry day ``e``, the day ``p`` its value lapses, and ``w`` = 1 when the entry lies in
    the membership's [e, x)."""
    q = ledger()
    f = flows(conn, q)
    # each entry's figures are worked out once, in a subquery that LIMIT -1 keeps SQLite from
    # flattening into the sums below (which would evaluate them once per sum)
    return (select(M.location_id.label("location_id"), M.type_id.label("type_id"),
                   q.c.kind.label("kind"), f.flow.label("flow"), f.d.label("d"),
                   f.e.label("e"), f.period_end().label("p"), (f.windowed() == 1).label("w"))
            .select_from(q)
            .join(M, M.id == q.c.membership_id)
            .where(f.moving(), f.e < end, or_(M.expires_on.is_(None), f.x >= lower),
                   M.id.not_in(restated.restating()))
            .limit(-1).subquery())


def _owed_at(r, t: date):
    """An entry counts towards what is owed at the opening of day ``t``."""
    return and_(r.w == 1, r.d < t, r.e < t, r.p >= t)


def _sum_where(condition, value):
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def _figures_from_ledger(conn: Connection, start: date, end: date):
    r = _entry_rows(conn, start, end)
    in_period = and_(r.c.d >= start, r.c.d < end)
    uses = [EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value, EntryKind.PAYMENT_UNDO.value]
    figures = [
        _sum_where(_owed_at(r.c, start), r.c.flow),
        _sum_where(and_(r.c.kind.in_(SOLD_KINDS), r.c.w == 1, in_period), r.c.flow),
        _sum_where(and_(r.c.kind == EntryKind.IMPORT.value, in_period), r.c.flow),
        _sum_where(and_(r.c.kind.in_(uses), r.c.w == 1, in_period), -r.c.flow),
        _sum_where(and_(r.c.w == 1, r.c.p >= start, r.c.p < end), r.c.flow),
        _sum_where(and_(r.c.kind == EntryKind.REFUND.value, r.c.w == 1, in_period), -r.c.flow),
        _sum_where(and_(r.c.kind == EntryKind.VOID.value, r.c.w == 1, in_period), -r.c.flow),
        _sum_where(and_(r.c.kind == EntryKind.EDIT.value, r.c.w == 1, in_period), r.c.flow),
        _sum_where(_owed_at(r.c, end), r.c.flow),
    ]
    return select(r.c.location_id, r.c.type_id, *figures).group_by(r.c.location_id,
                                                                   r.c.type_id)


def _owed_from_days(t: date):
    """Owed at the opening of ``t``: every flow before ``t`` less what lapsed before it."""
    return _sum_where(D.day < t, case((D.kind == "lapse", -D.cents), else_=D.cents))


def _figures_from_days(start: date, end: date):
    in_period = and_(D.day >= start, D.day < end)

    def moved(kind: str, sign: int = 1):
        return _sum_where(and_(D.kind == kind, in_period), sign * D.cents)

    figures = [_owed_from_days(start), moved("sale"), moved("import"), moved("redeem", -1),
               moved("lapse"), moved("refund", -1), moved("void", -1), moved("edit"),
               _owed_from_days(end)]
    return (select(D.location_id, D.type_id, *figures).where(D.day < end)
            .group_by(D.location_id, D.type_id))


def roll_forward(uow: UnitOfWork, start: date, end: date, *,
                 from_ledger: bool = False) -> RollForward:
    """The roll-forward of [start, end) per (location of sale, type), plus a total row.

    From the per-day cache when it is up to date (``liability_days.refresh``), otherwise, or
    when asked, from the ledger itself: the same figures, in seconds rather than milliseconds
    on a large chain. Rows whose every figure is zero are left out. ``uow``: its connection
    for the sums, its memberships for the few whose expiry a later entry restates."""
    check_period(start, end - timedelta(days=1))
    conn = uow.connection()
    use_days = not from_ledger and liability_days.is_fresh(conn)
    query = _figures_from_days(start, end) if use_days else \
        _figures_from_ledger(conn, start, end)
    locations = dict(conn.execute(select(s.Location.id, s.Location.name)).all())
    types = dict(conn.execute(select(s.MembershipType.id, s.MembershipType.name)).all())
    by_key = {(location_id, type_id): cents
              for location_id, type_id, *cents in conn.execute(query).all()}
    for key, found in restated.flows_by_key(uow).items():
        more = restated.figures(found, start, end)
        by_key[key] = [a + b for a, b in zip(by_key.get(key, [0] * len(FIGURES)), more,
                                             strict=True)]
    rows, sums = [], defaultdict(int)
    for (location_id, type_id), cents in by_key.items():
        if not any(cents):
            continue
        for name, value in zip(FIGURES, cents, strict=True):
            sums[name] += value
        rows.append(RollForwardRow(location_id, locations.get(location_id, ""), type_id,
                                   types.get(type_id, ""),
                                   *(from_cents(c) for c in cents)))
    rows.sort(key=lambda r: (r.location, r.type, r.location_id, r.type_id))
    total_row = RollForwardRow(None, "All locations", None, "All types",
                               *(from_cents(sums[name]) for name in FIGURES))
    return RollForward(start, end, rows, total_row)


def liability_series(uow: UnitOfWork, days: list[date], *,
                     from_ledger: bool = False) -> list[tuple[date, Decimal]]:
    """What is owed chain-wide at the opening of each of ``days``, in one query (the chart of
    liability over time); from the per-day cache when it is up to date."""
    if not days:
        return []
    ordered, conn = sorted(set(days)), uow.connection()
    if not from_ledger and liability_days.is_fresh(conn):
        sums = [_owed_from_days(day) for day in ordered]
        values = conn.execute(select(*sums).where(D.day < ordered[-1])).one()
    else:
        r = _entry_rows(conn, ordered[0], ordered[-1])
        values = conn.execute(select(*(_sum_where(_owed_at(r.c, day), r.c.flow)
                                       for day in ordered))).one()
    flows = [f for found in restated.flows_by_key(uow).values() for f in found]
    return [(day, from_cents(cents + restated.owed_at(flows, day)))
            for day, cents in zip(ordered, values, strict=True)]


def liability_on(uow: UnitOfWork, day: date) -> Decimal:
    """What is owed at the opening of ``day`` (the close of the day before), chain-wide."""
    result = roll_forward(uow, day, day + timedelta(days=1))
    return result.total.opening if result.total else Decimal("0.00")
