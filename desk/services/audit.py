"""Checking the audit trail: every chain whole, or the first place it is broken."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.audit import Break
from desk.store.ledger_reads import CacheDisagreement
from desk.store.uow import Database


@dataclass(frozen=True)
class AuditCheck:
    entries: int  # ledger entries checked
    changes: int  # administrative changes checked
    devices: int  # devices whose chains are held here
    breaks: list[Break]
    # cached values (balances, owner, expiry...) and sale facts the ledger does not say
    disagreements: list[CacheDisagreement] = field(default_factory=list)

    @property
    def whole(self) -> bool:
        return not self.breaks and not self.disagreements

    def problems(self) -> list[str]:
        return [str(p) for p in (*self.breaks, *self.disagreements)]


def verify_audit(db: Database, actor: Actor) -> AuditCheck:
    """Walk every device's ledger and administrative chain held in this database, and
    re-derive every membership's cached columns from its ledger: a balance or an owner
    changed in the database outside Desk is found as surely as an edited entry."""
    actor.require(Action.AUDIT)
    with db.read() as uow:
        size = uow.audit.size()
        return AuditCheck(size.entries, size.changes, size.devices,
                          uow.audit.breaks(db.device_id), uow.audit.cache_disagreements())
