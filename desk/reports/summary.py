"""The memberships summary (SPEC §4): counts, revenue, remaining visits, what is still owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.money import round_cents
from desk.store import schema as s
from desk.store.queries import M, status_on, type_total_visits

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
    sold_by_then = M.sold_on <= as_of
    counts = dict(session.execute(
        select(status, func.count()).where(sold_by_then).group_by(status)).all())
    sold, revenue = session.execute(select(func.count(), func.coalesce(func.sum(M.price), 0))
                                    .where(sold_by_then, M.imported.is_(False))).one()
    totals = type_total_visits()
    groups = session.execute(
        select(M.price, totals.c.total, func.sum(M.remaining))
        .join(totals, totals.c.type_id == M.type_id)
        .where(sold_by_then, status_on(as_of).in_(OPEN))
        .group_by(M.price, totals.c.total)).all()
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


def count_memberships(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(s.Membership)) or 0
