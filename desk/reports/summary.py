"""The memberships summary (SPEC §4): counts, revenue, remaining visits, what is still owed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.money import round_cents
from desk.store import schema as s
from desk.store.queries import M, scanned, status_on, type_total_visits

OPEN = ("active", "issued", "frozen")


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
    """Figures as of a day, over memberships sold by then.

    Outstanding obligations = Σ remaining visits × price / total visits, over memberships
    still open (active, issued or frozen): an expired one owes nothing more. Imported
    memberships count everywhere but in sales and revenue.
    """
    status = status_on(as_of).label("status")
    sold_by_then = scanned(M.sold_on) <= as_of  # all, or nearly: read the table through
    counts = dict(session.execute(
        select(status, func.count()).where(sold_by_then).group_by(status)).all())
    sold, revenue = session.execute(select(func.count(), func.coalesce(func.sum(M.price), 0))
                                    .where(sold_by_then, M.imported.is_(False))).one()
    groups = _open_remaining(session, as_of, sold_by_then)
    outstanding = sum((price * remaining / total for price, total, remaining in groups),
                      Decimal(0))
    return Summary(
        as_of=as_of, memberships=sum(counts.values()), sold=sold,
        revenue=round_cents(Decimal(revenue)),
        active=counts.get("active", 0), issued=counts.get("issued", 0),
        frozen=counts.get("frozen", 0), expired=counts.get("expired", 0),
        used_up=counts.get("used_up", 0),
        remaining_visits=sum(remaining for _, _, remaining in groups),
        outstanding=round_cents(outstanding))


def _open_remaining(session: Session, as_of: date, sold_by_then) -> list[tuple]:
    """(price, total visits of the type, remaining visits) of open memberships, summed by
    price and total. The types' totals are joined here rather than in SQL, where the join
    would walk the memberships by their type index, a row lookup each."""
    totals = type_total_visits()
    total_of = dict(session.execute(select(totals.c.type_id, totals.c.total)).all())
    by_type = session.execute(
        select(M.price, M.type_id, func.sum(M.remaining))
        .where(sold_by_then, status_on(as_of).in_(OPEN))
        .group_by(M.price, M.type_id)).all()
    remaining: dict[tuple[Decimal, int], int] = defaultdict(int)
    for price, type_id, visits in by_type:
        if type_id in total_of:  # as an inner join would
            remaining[price, total_of[type_id]] += visits
    return [(price, total, visits) for (price, total), visits in remaining.items()]


def count_memberships(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(s.Membership)) or 0
