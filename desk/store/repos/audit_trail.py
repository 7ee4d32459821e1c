"""The audit trail as the services see it: noting administrative changes, and checking the
chains and the cached columns against the ledgers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.ledger import Stamp
from desk.store import audit
from desk.store import schema as s
from desk.store.ledger_reads import CacheDisagreement, cache_disagreements
from desk.store.repos.types import TypeRepo


@dataclass(frozen=True)
class TrailSize:
    entries: int  # ledger entries held here
    devices: int  # devices that wrote them
    changes: int  # administrative changes held here


class AuditRepo:
    def __init__(self, session: Session, types: TypeRepo) -> None:
        self.session = session
        self.types = types

    def record(self, stamp: Stamp, action: str, table: str, row_id: str | None,
               **detail) -> None:
        """Note an administrative change in the audit trail: who, where, when and what."""
        audit.record(self.session, stamp, action, table, row_id, detail)

    def size(self) -> TrailSize:
        entries, devices = self.session.execute(select(
            func.count(), func.count(s.LedgerEntry.device_id.distinct()))
            .select_from(s.LedgerEntry)).one()
        changes = self.session.scalar(select(func.count()).select_from(s.AdminChange))
        return TrailSize(entries, devices, changes or 0)

    def breaks(self, own_device: str) -> list[audit.Break]:
        """Where each device's chain held here is broken (empty when every one is whole)."""
        return audit.breaks(self.session.connection(), own_device)

    def cache_disagreements(self) -> list[CacheDisagreement]:
        """What differs between the cached membership columns and balances (and the sales'
        facts) and what their ledgers say; empty when every cache is right."""
        return list(cache_disagreements(self.session, self.types))
