"""SQL expressions shared by lists and reports."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, select

from desk.store import schema as s

M = s.Membership


def status_on(day: date):
    """A membership's status on ``day`` from its cached columns (the core's precedence)."""
    return case(
        (M.remaining <= 0, "used_up"),
        (and_(M.expires_on.is_not(None), M.expires_on <= day), "expired"),
        (and_(M.frozen_from <= day, M.frozen_until > day), "frozen"),
        (and_(M.activated_on.is_not(None), M.activated_on <= day), "active"),
        else_="issued",
    )


def type_total_visits():
    """Total visits per type, as a subquery (type_id, total)."""
    v = s.MembershipTypeVisits
    return select(v.type_id, func.sum(v.visits).label("total")).group_by(v.type_id).subquery()
