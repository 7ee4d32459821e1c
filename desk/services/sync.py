"""Chain sync as use cases: a round, its status line, the server address, conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.core import operations as rules
from desk.core.errors import DeskError
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.views import describe
from desk.store.uow import Database
from desk.sync import central, rounds, server
from desk.sync.conflicts import Conflict, find_conflicts
from desk.sync.push import get_setting, pending, set_setting

__all__ = ["Conflict", "SyncStatus", "conflicts", "init_server", "resolve_overdraft",
           "server_url", "set_server_url", "status", "sync_now"]


@dataclass(frozen=True)
class SyncStatus:
    """What the window's status line shows."""

    server_url: str | None
    last_sync: datetime | None
    pending: int
    conflicts: int

    def line(self) -> str:
        if not self.server_url:
            return "Chain sync: off"
        when = self.last_sync.astimezone().strftime("%H:%M") if self.last_sync else "never"
        return (f"Synced {when} · {self.pending} to send · "
                f"{self.conflicts} conflict{'s' * (self.conflicts != 1)}")


def server_url(db: Database) -> str | None:
    with db.read() as uow:
        return get_setting(uow.session.connection(), rounds.SERVER_URL)


def set_server_url(db: Database, actor: Actor, url: str | None) -> None:
    """Remember the chain server (None or "" switches sync off)."""
    actor.require(Action.MANAGE_CHAIN)
    url = (url or "").strip()
    if url:
        central.check_url(url)
    with db.write() as uow:
        conn = uow.session.connection()
        if url:
            set_setting(conn, rounds.SERVER_URL, url)
        else:
            conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (rounds.SERVER_URL,))
        uow.commit()


def sync_now(db: Database, url: str | None = None) -> rounds.RoundResult:
    """One round with ``url`` (remembered once a round with it succeeded) or the remembered
    server."""
    url = (url or "").strip() or server_url(db)
    if not url:
        raise DeskError("sync_not_configured", "No chain server is set for this desk.",
                        hint="Set it in Settings › Chain server, or pass --server URL.")
    result = rounds.run_round(db, url)
    with db.write() as uow:
        set_setting(uow.session.connection(), rounds.SERVER_URL, url)
        uow.commit()
    return result


def status(db: Database) -> SyncStatus:
    with db.read() as uow:
        conn = uow.session.connection()
        last = rounds.last_sync(conn)
        return SyncStatus(get_setting(conn, rounds.SERVER_URL),
                          datetime.fromisoformat(last) if last else None,
                          pending(conn), len(find_conflicts(conn)))


def conflicts(db: Database) -> list[Conflict]:
    with db.read() as uow:
        return find_conflicts(uow.session.connection())


def resolve_overdraft(db: Database, actor: Actor, membership_id: str, how: str,
                      day: date | None = None):
    """A manager settles an overdraft: charge, extend or write off (one ledger entry)."""
    actor.require(Action.EDIT_MEMBERSHIP)
    try:
        resolution = rules.OverdraftResolution(how)
    except ValueError:
        raise DeskError("overdraft_resolution_unknown", f"{how!r} is not a way to resolve it.",
                        value=how, hint="Choose charge, extend or write_off.") from None
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.get(membership_id)
        entry = rules.resolve_overdraft(m, resolution, day=day, stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info


def init_server(url: str, *, role: str = server.DESK_ROLE, password: str | None = None) -> dict:
    """Create the chain server's schema and the desks' least-privilege role."""
    return server.init_server(url, role=role, password=password)
