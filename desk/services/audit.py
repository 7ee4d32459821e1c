"""Checking the audit trail: every chain whole, or the first place it is broken."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.audit import Break, breaks
from desk.store.ledger_reads import CacheDisagreement, cache_disagreements
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
        conn = uow.session.connection()
        entries, devices = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT device_id) FROM ledger_entries").one()
        changes = conn.exec_driver_sql("SELECT count(*) FROM admin_changes").scalar_one()
        found = breaks(conn, db.device_id)
        return AuditCheck(entries, changes, devices, found,
                          list(cache_disagreements(uow.session, uow.types)))
