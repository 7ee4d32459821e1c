"""The liability of the few memberships whose expiry a later entry restates.

The SQL of the roll-forward (``ledger_flows.py``) lets each entry's value lapse on the
membership's expiry as cached now. That is the expiry every earlier day saw too, except
after an entry that restates it: an expiry edit (a manager extending a lapsed membership,
or cutting one short), or an undone payment of a type counted from the first visit (the
activation may move, or go). For those, what was owed on a past day is what the summary
of that day says (``summary.py`` folds them the same way), so their figures are worked out
by the core from their entries, day by day (``desk.core.worth.liability_flows``), and
added to the SQL's, which leave them out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, or_, select

from desk.core.ledger import EntryKind
from desk.core.membership_types import ValidityStart
from desk.core.money import to_cents
from desk.core.worth import Flow, liability_flows
from desk.reports.ledger_flows import E, M, entry_rowid
from desk.store import schema as s
from desk.store.uow import UnitOfWork

Key = tuple[str, str]  # location of sale, type
EDIT, UNDO = EntryKind.EDIT.value, EntryKind.PAYMENT_UNDO.value


def restating(up_to: int | None = None):
    """The ids of the memberships with an entry that restates their expiry (among the
    entries up to ledger rowid ``up_to`` when given); found by the kind index."""
    first_visit = select(M.id).where(M.type_id.in_(select(s.MembershipType.id).where(
        s.MembershipType.validity_start == ValidityStart.FIRST_VISIT.value)))
    query = select(E.membership_id).where(
        E.kind.in_([EDIT, UNDO]),
        or_(and_(E.kind == EDIT, E.date_value.is_not(None)),
            and_(E.kind == UNDO, E.membership_id.in_(first_visit))))
    return query if up_to is None else query.where(entry_rowid <= up_to)


def flows_by_key(uow: UnitOfWork) -> dict[Key, list[Flow]]:
    """The flows of every restating membership, per (location of sale, type)."""
    ids = list(uow.connection().scalars(restating().distinct()))
    found: dict[Key, list[Flow]] = defaultdict(list)
    for m in uow.memberships.get_many(ids):
        found[m.sale.location_id, m.sale.type_id].extend(liability_flows(m))
    return found


def owed_at(flows: list[Flow], t: date) -> int:
    """Cents owed at the opening of day ``t``."""
    return sum(to_cents(f.amount) for f in flows
               if f.on < t and (f.lapses is None or f.lapses >= t))


def figures(flows: list[Flow], start: date, end: date) -> list[int]:
    """The roll-forward's figures of [start, end) in cents, in ``liability.FIGURES`` order."""
    def moved(group: str) -> int:
        return sum(to_cents(f.amount) for f in flows if f.group == group and start <= f.on < end)

    expired = sum(to_cents(f.amount) for f in flows
                  if f.lapses is not None and start <= f.lapses < end)
    return [owed_at(flows, start), moved("sale"), moved("import"), -moved("redeem"), expired,
            -moved("refund"), -moved("void"), moved("edit"), owed_at(flows, end)]
