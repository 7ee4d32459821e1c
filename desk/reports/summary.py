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

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.core.ledger import EntryKind
from desk.core.memberships import Membership
from desk.core.money import round_cents
from desk.reports.ledger_flows import ENTRY_KINDS
from desk.store import schema as s
from desk.store.queries import M, scanned, status_on, type_total_visits
from desk.store.repos.memberships import MembershipRepo
from desk.store.repos.types import TypeRepo

OPEN = ("active", "issued", "frozen")
E = s.LedgerEntry
LATER_KINDS = [k.value for k in EntryKind if k.value not in ENTRY_KINDS]
SCAN_FROM = 100_000  # later entries from which the ledger is read through (benchmark)
GroupKey = tuple[str, str, Decimal, bool]  # status, type id, price, imported


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

    def as_json(self) -> dict:
        data = dict(vars(self))
        data["as_of"] = self.as_of.isoformat()
        data["revenue"], data["outstanding"] = str(self.revenue), str(self.outstanding)
        return data


def summary(session: Session, as_of: date) -> Summary:
    """Figures as of the end of a day, over memberships sold by then.

    Outstanding obligations = Σ remaining visits × price / total visits, over memberships
    still open (active, issued or frozen): an expired one owes nothing more. Imported
    memberships count everywhere but in sales and revenue.
    """
    groups: dict[GroupKey, list[int]] = defaultdict(lambda: [0, 0])  # count, remaining
    later = session.scalar(select(func.count()).select_from(E).where(_later(as_of))) or 0
    if later:
        restating = _restating(as_of)
        query = _grouped_then(as_of, _later_visits(as_of, scan=later > SCAN_FROM), restating)
        folded = _folded(session, as_of, restating)
    else:  # as of today, usually: the cached columns are the day's
        query, folded = _grouped(status_on(as_of), M.remaining, as_of), []
    for status, type_id, price, imported, count, remaining in session.execute(query):
        group = groups[status, type_id, price, bool(imported)]
        group[0] += count
        group[1] += remaining or 0
    for m in folded:
        group = groups[m.status_on(as_of).value, m.sale.type_id, m.sale.price, m.sale.imported]
        group[0] += 1
        group[1] += m.remaining
    return _totals(session, as_of, groups)


def _grouped(status, remaining, as_of: date, *conditions):
    """Count and remaining visits per (status, type, price, imported) of the memberships
    sold by ``as_of`` (all, or nearly: the table is read straight through)."""
    return (select(status, M.type_id, M.price, M.imported, func.count(), func.sum(remaining))
            .where(scanned(M.sold_on) <= as_of, *conditions)
            .group_by(status, M.type_id, M.price, M.imported))


def _grouped_then(as_of: date, later, restating):
    """``_grouped`` with each membership's balance and freeze of the day, but for those
    with a restating entry after it (folded instead)."""
    remaining = M.remaining - func.coalesce(later.c.visits, 0)
    status = case((remaining <= 0, "used_up"),
                  (and_(M.expires_on.is_not(None), M.expires_on <= as_of), "expired"),
                  (M.id.in_(_frozen_on(as_of)), "frozen"),
                  (and_(M.activated_on.is_not(None), M.activated_on <= as_of), "active"),
                  else_="issued")
    return (_grouped(status, remaining, as_of, M.id.not_in(restating))
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


def _frozen_on(day: date):
    """The memberships a freeze covered on ``day``: begun by then, planned past it, and not
    ended by an unfreeze on or before it."""
    F, U = aliased(E, name="freezes"), aliased(E, name="unfreezes")
    # by the ref_id index (the kind index would read every unfreeze for each freeze)
    ended = (select(U.id).where(scanned(U.kind) == EntryKind.UNFREEZE.value, U.ref_id == F.id,
                                U.date_value <= day).correlate(F).exists())
    return select(F.membership_id).where(F.kind == EntryKind.FREEZE.value, F.on <= day,
                                         F.date_value > day, ~ended)


def _folded(session: Session, as_of: date, restating) -> list[Membership]:
    """The memberships sold by ``as_of`` with a restating entry after it, as the core folds
    their entries up to the day (their sale or import entry whatever its date)."""
    ids = list(session.scalars(select(M.id).where(M.id.in_(restating), M.sold_on <= as_of)))
    if not ids:
        return []
    found = MembershipRepo(session, TypeRepo(session)).get_many(ids)
    return [Membership(m.sale, m.type, tuple(e for e in m.entries
                                             if e.kind.value in ENTRY_KINDS or e.on <= as_of))
            for m in found]


def _totals(session: Session, as_of: date, groups: dict[GroupKey, list[int]]) -> Summary:
    totals = type_total_visits()
    total_of = dict(session.execute(select(totals.c.type_id, totals.c.total)).all())
    counts: dict[str, int] = defaultdict(int)
    sold, revenue, remaining, outstanding = 0, Decimal(0), 0, Decimal(0)
    for (status, type_id, price, imported), (count, visits) in groups.items():
        counts[status] += count
        if not imported:
            sold, revenue = sold + count, revenue + price * count
        if status in OPEN and type_id in total_of:  # types without visits owe nothing
            remaining += visits
            outstanding += price * visits / total_of[type_id]
    return Summary(
        as_of=as_of, memberships=sum(counts.values()), sold=sold,
        revenue=round_cents(revenue), active=counts["active"], issued=counts["issued"],
        frozen=counts["frozen"], expired=counts["expired"], used_up=counts["used_up"],
        remaining_visits=remaining, outstanding=round_cents(outstanding))


def count_memberships(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(s.Membership)) or 0
