"""The memberships summary (SPEC §4): counts, revenue, remaining visits, what is still owed.

As of any day, by business dates: a membership counts from its sale day, and the ledger
entries dated after the day are left out, so the summary of a past day is the one that was
worked out on it (an entry written later with an earlier date, such as an import of old
sales, counts on its date). The cached columns of ``memberships`` hold the state after
every entry: for the many memberships with no entry after the day, the state of the day.
The others are worked out from their entries:

* the balance of the day is ``remaining - Σ visits of the entries after the day``;
* whether a freeze covered the day is read from the freeze entries (the cached freeze
  dates are the last freeze's);
* the cached expiry and activation still tell whether the membership had expired or been
  activated by the day, whatever payments, deductions, freezes, unfreezes, renewals or
  activations came after it: a payment or a freeze needs a membership that still works
  and only moves the expiry further, a renewal after the day renews a period that ended
  after it, a payment after the day activates after it, and an automatic activation's date
  follows from the sale day;
* but an expiry edit after the day may set any expiry, and a payment undo takes back the
  activation of the payment it undoes: the few memberships with one of those are folded by
  the core from their entries up to the day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, and_, func, or_, select

from desk.core.ledger import EntryKind
from desk.core.memberships import Membership
from desk.core.money import round_cents
from desk.core.worth import owed
from desk.reports.ledger_flows import ENTRY_KINDS
from desk.store import schema as s
from desk.store.queries import M, scanned, status_on, type_total_visits
from desk.store.uow import UnitOfWork

OPEN = ("active", "issued", "frozen")
E = s.LedgerEntry
LATER_KINDS = [k.value for k in EntryKind if k.value not in ENTRY_KINDS]
SCAN_FROM = 100_000  # later entries from which the ledger is read through (benchmark)
GroupKey = tuple[str, str, Decimal, bool, int]  # status, type id, price, imported, remaining


@dataclass(frozen=True)
class Summary:
    as_of: date
    memberships: int
    sold: int
    revenue: Decimal
    active: int
    issued: int
    frozen: int
    expired: int
    used_up: int
    remaining_visits: int
    outstanding: Decimal
    cancelled: int = 0  # sales voided: neither sold nor revenue
    refunded: int = 0

    def as_json(self) -> dict:
        data = dict(vars(self))
        data["as_of"] = self.as_of.isoformat()
        data["revenue"], data["outstanding"] = str(self.revenue), str(self.outstanding)
        return data


def summary(uow: UnitOfWork, as_of: date, *, location_id: str | None = None,
            type_id: str | None = None) -> Summary:
    """Figures as of the end of a day, over memberships sold by then (at one location of
    sale and of one type, when given).

    Outstanding obligations = what each membership still open (active, issued or frozen)
    owes for its remaining visits, as desk/core/worth.py values them: an expired one owes
    nothing more. Imported memberships count everywhere but in sales and revenue; a voided
    sale (cancelled) is neither a sale nor revenue.
    ``uow``: its connection for the counts, its memberships for the few folded one by one.
    """
    groups: dict[GroupKey, int] = defaultdict(int)  # how many memberships
    where = [M.location_id == location_id] if location_id else []
    where += [M.type_id == type_id] if type_id else []
    conn = uow.connection()
    later = conn.scalar(select(func.count()).select_from(E).where(_later(as_of))) or 0
    if later:
        restating = _restating(as_of)
        query = _grouped_then(as_of, _later_visits(as_of, scan=later > SCAN_FROM), restating,
                              where)
        folded = _folded(uow, as_of, restating, where)
    else:  # as of today, usually: the cached columns are the day's
        query, folded = _grouped(status_on(as_of), M.remaining, as_of, *where), []
    for status, type_id_, price, imported, remaining, count in conn.execute(query):
        groups[status, type_id_, price, bool(imported), remaining or 0] += count
    for m in folded:
        groups[m.status_on(as_of).value, m.sale.type_id, m.sale.price, m.sale.imported,
               m.remaining] += 1
    return _totals(conn, as_of, groups)


def _grouped(status, remaining, as_of: date, *conditions):
    """How many memberships sold by ``as_of`` there are per (status, type, price, imported,
    remaining visits): all, or nearly (the table is read straight through); a few dozen
    groups, as a membership's balance takes few values."""
    return (select(status, M.type_id, M.price, M.imported, remaining, func.count())
            .where(scanned(M.sold_on) <= as_of, *conditions)
            .group_by(status, M.type_id, M.price, M.imported, remaining))


def _grouped_then(as_of: date, later, restating, where):
    """``_grouped`` with each membership's balance and freeze of the day, but for those
    with a restating entry after it (folded instead)."""
    remaining = M.remaining - func.coalesce(later.c.visits, 0)
    status = status_on(as_of, remaining)
    return (_grouped(status, remaining, as_of, M.id.not_in(restating), *where)
            .select_from(M).outerjoin(later, later.c.id == M.id))


def _later(as_of: date):
    """Entries dated after ``as_of`` (the sale or import entry counts on the sale day)."""
    return and_(E.kind.in_(LATER_KINDS), E.on > as_of)


def _later_visits(as_of: date, *, scan: bool):
    """Per membership with entries dated after ``as_of``, the visits they moved.

    After a recent day few entries are later, and the (kind, day) index finds them; after
    one long ago most are, and reading the ledger straight through is faster (``scan``)."""
    after, key = _later(as_of), E.membership_id
    if scan:
        after = and_(scanned(E.kind).in_(LATER_KINDS), scanned(E.on) > as_of)
        key = scanned(E.membership_id)  # nor grouped by walking the membership index
    # the column itself, not ``key``: joined on, it gets an automatic index
    return (select(E.membership_id.label("id"), func.sum(E.visits).label("visits"))
            .where(after).group_by(key).subquery())


def _restating(as_of: date):
    """The memberships with an entry after ``as_of`` that may restate the day's expiry or
    activation: an expiry edit or a payment undo (few: found by the kind index)."""
    undo = E.kind == EntryKind.PAYMENT_UNDO.value
    expiry_edit = and_(E.kind == EntryKind.EDIT.value, E.date_value.is_not(None))
    return select(E.membership_id).where(
        E.kind.in_([EntryKind.PAYMENT_UNDO.value, EntryKind.EDIT.value]), E.on > as_of,
        or_(undo, expiry_edit))


def _folded(uow: UnitOfWork, as_of: date, restating, where) -> list[Membership]:
    """The memberships sold by ``as_of`` with a restating entry after it, as the core folds
    their entries up to the day (their sale or import entry whatever its date)."""
    ids = list(uow.connection().scalars(select(M.id).where(
        M.id.in_(restating), M.sold_on <= as_of, *where)))
    if not ids:
        return []
    found = uow.memberships.get_many(ids)
    return [Membership(m.sale, m.type, tuple(e for e in m.entries
                                             if e.kind.value in ENTRY_KINDS or e.on <= as_of))
            for m in found]


def _totals(conn: Connection, as_of: date, groups: dict[GroupKey, list[int]]) -> Summary:
    totals = type_total_visits()
    total_of = dict(conn.execute(select(totals.c.type_id, totals.c.total)).all())
    counts: dict[str, int] = defaultdict(int)
    sold, revenue, remaining, outstanding = 0, Decimal(0), 0, Decimal(0)
    for (status, type_id, price, imported, visits), count in groups.items():
        counts[status] += count
        if not imported and status != "cancelled":
            sold, revenue = sold + count, revenue + price * count
        if status in OPEN and type_id in total_of:  # types without visits owe nothing
            remaining += visits * count
            outstanding += owed(price, total_of[type_id], visits) * count
    return Summary(
        as_of=as_of, memberships=sum(counts.values()), sold=sold,
        revenue=round_cents(revenue), active=counts["active"], issued=counts["issued"],
        frozen=counts["frozen"], expired=counts["expired"], used_up=counts["used_up"],
        cancelled=counts["cancelled"], refunded=counts["refunded"],
        remaining_visits=remaining, outstanding=round_cents(outstanding))

