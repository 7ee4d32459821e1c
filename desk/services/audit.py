"""Checking the audit trail: every chain whole, or the first place it is broken."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.audit import Break, breaks
from desk.store.uow import Database


@dataclass(frozen=True)
class AuditCheck:
    entries: int  # ledger entries checked
    changes: int  # administrative changes checked
    devices: int  # devices whose chains are held here
    breaks: list[Break]

    @property
    def whole(self) -> bool:
        return not self.breaks


def verify_audit(db: Database, actor: Actor) -> AuditCheck:
    """Walk every device's ledger and administrative chain held in this database."""
    actor.require(Action.AUDIT)
    with db.read() as uow:
        conn = uow.session.connection()
        entries, devices = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT device_id) FROM ledger_entries").one()
        changes = conn.exec_driver_sql("SELECT count(*) FROM admin_changes").scalar_one()
        return AuditCheck(entries, changes, devices, breaks(conn, db.device_id))
