"""Locations' closures (SPEC §3.5), read from the ledger: a closure is the freezes that carry
its id, so it syncs and is audited like every entry and needs no table of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.core.freeze_policy import CLOSURE_REASON
from desk.core.ledger import EntryKind, LedgerEntry
from desk.core.memberships import Membership
from desk.store import schema as s
from desk.store.ledger_reads import append_in_bulk, load_in_chunks
from desk.store.repos.types import TypeRepo


@dataclass(frozen=True)
class ClosureSummary:
    id: str
    location_id: str
    first_day: date
    reopens: date  # the first day open again, as planned
    frozen: int  # memberships it froze
    running: int  # of them, still frozen by it (not cancelled, not unfrozen by hand)


class ClosureRepo:
    """Closures, and the bulk reads and writes of the memberships they freeze (thousands at
    a time: the raw paths of ``desk.store.ledger_reads``, not the ORM's one by one)."""

    def __init__(self, session: Session, types: TypeRepo) -> None:
        self.session, self.types = session, types

    def memberships(self, ids: list[str]) -> list[Membership]:
        return load_in_chunks(self.session, self.types, ids)

    def append(self, changes: list[tuple[Membership, list[LedgerEntry]]]) -> list[Membership]:
        return append_in_bulk(self.session, changes)

    def summaries(self) -> list[ClosureSummary]:
        """Every closure, the latest first."""
        F, U = s.LedgerEntry, aliased(s.LedgerEntry)
        ended = select(U.id).where(U.kind == EntryKind.UNFREEZE.value, U.ref_id == F.id) \
            .correlate(F).exists()
        rows = self.session.execute(
            select(F.ref_id, func.min(F.location_id), func.min(F.on), func.max(F.date_value),
                   func.count(), func.sum(func.iif(ended, 0, 1)))
            .where(and_(F.kind == EntryKind.FREEZE.value, F.reason == CLOSURE_REASON,
                        F.ref_id.is_not(None)))
            .group_by(F.ref_id).order_by(func.min(F.on).desc(), F.ref_id))
        return [ClosureSummary(i, loc, first, reopens, count, running or 0)
                for i, loc, first, reopens, count, running in rows]

    def membership_ids(self, closure_id: str) -> list[str]:
        F = s.LedgerEntry
        return list(self.session.scalars(select(F.membership_id).where(
            F.kind == EntryKind.FREEZE.value, F.ref_id == closure_id).distinct()))

    def candidate_ids(self, location_id: str, type_ids: list[str], only_there: list[str],
                      first_day: date) -> list[str]:
        """Memberships of these types (valid at the location) that the cache says may be
        active on ``first_day``, sold at the location or of a type usable only there: the
        rules then decide on each (``desk.core.closures``)."""
        M = s.Membership
        return list(self.session.scalars(select(M.id).where(
            M.type_id.in_(type_ids),
            or_(M.location_id == location_id, M.type_id.in_(only_there)),
            M.remaining > 0, M.activated_on <= first_day,
            or_(M.expires_on.is_(None), M.expires_on > first_day))
            .order_by(M.sold_on, M.code, M.id)))
