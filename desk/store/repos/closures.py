"""Locations' closures (SPEC §3.5), read from the ledger: a closure is the freezes that carry
its id, so it syncs and is audited like every entry and needs no table of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from desk.core.freeze_policy import CLOSURE_REASON
from desk.core.ledger import EntryKind
from desk.store import schema as s


@dataclass(frozen=True)
class ClosureSummary:
    id: str
    location_id: str
    first_day: date
    reopens: date  # the first day open again, as planned
    frozen: int  # memberships it froze
    running: int  # of them, still frozen by it (not cancelled, not unfrozen by hand)


class ClosureRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

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

    def candidate_ids(self, type_ids: list[str], first_day: date) -> list[str]:
        """Memberships of these types that may still run on ``first_day`` (by the cache)."""
        M = s.Membership
        return list(self.session.scalars(select(M.id).where(
            M.type_id.in_(type_ids), (M.expires_on.is_(None)) | (M.expires_on > first_day))
            .order_by(M.sold_on, M.code, M.id)))
