"""SQL expressions shared by lists and reports."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from desk.core.ledger import EntryKind
from desk.core.membership_types import BalanceMode
from desk.store import schema as s

M, B, E, T = s.Membership, s.MembershipBalance, s.LedgerEntry, s.MembershipType


def scanned(column: ColumnElement) -> ColumnElement:
    """``+column``: the same value, but SQLite won't drive the query by an index on it.

    For conditions that (nearly) every membership meets, such as "sold by then" in a report:
    reading the table straight through beats walking the index and fetching each row from
    it (over 100,000 memberships, three to five times faster).
    """
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def status_on(day: date, remaining: ColumnElement | None = None):
    """A membership's status on ``day`` in SQL: the core's rule (``Membership.status_on``,
    the reference; a property test keeps the two equal) over the cached columns, with the
    freezes read from the ledger (the cached ones are only the latest).

    ``remaining``: the balance to judge (the cached one by default; the summary of a past
    day passes that day's)."""
    left = M.remaining if remaining is None else remaining
    # all balances used, as the core says: a split one may hold visits of one service while
    # another is overdrawn (a sync overdraft), and is not used up then; an overall one (most)
    # has its one balance in ``remaining``, so its balances are not looked up
    split = select(T.id).where(T.balance_mode == BalanceMode.SPLIT.value)
    positive = select(B.membership_id).where(B.membership_id == M.id, B.remaining > 0)
    return case(
        (M.id.in_(closed_on(day, EntryKind.VOID)), "cancelled"),
        (M.id.in_(closed_on(day, EntryKind.REFUND)), "refunded"),
        (and_(left <= 0, or_(M.type_id.not_in(split), ~positive.exists())), "used_up"),
        (and_(M.expires_on.is_not(None), M.expires_on <= day), "expired"),
        (M.id.in_(frozen_on(day)), "frozen"),
        (and_(M.activated_on.is_not(None), M.activated_on <= day), "active"),
        else_="issued",
    )


def closed_on(day: date, kind: EntryKind):
    """The memberships a void (or a refund) closed by ``day`` (the core's ``closed_by``)."""
    return select(E.membership_id).where(E.kind == kind.value, E.on <= day)


def frozen_on(day: date):
    """The memberships a freeze covered on ``day``: begun by then, planned past it, and not
    ended by an unfreeze on or before it (the core's ``Freeze.covers``)."""
    F, U = aliased(E, name="freezes"), aliased(E, name="unfreezes")
    # by the ref_id index (the kind index would read every unfreeze for each freeze)
    ended = (select(U.id).where(scanned(U.kind) == EntryKind.UNFREEZE.value, U.ref_id == F.id,
                                U.date_value <= day).correlate(F).exists())
    return select(F.membership_id).where(F.kind == EntryKind.FREEZE.value, F.on <= day,
                                         F.date_value > day, ~ended)


def expiry_shown(day: date):
    """The expiry people are shown on ``day`` (the core's ``Membership.expiry_shown_on``):
    none until the membership is activated, as its validity starts counting then."""
    return case((and_(M.activated_on.is_not(None), M.activated_on <= day), M.expires_on),
                else_=None)


def type_total_visits():
    """Total visits per type, as a subquery (type_id, total)."""
    v = s.MembershipTypeVisits
    return select(v.type_id, func.sum(v.visits).label("total")).group_by(v.type_id).subquery()
