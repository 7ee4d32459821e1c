"""Chain sync as use cases: a round, its status line, the server address, conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desk.core import operations as rules
from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.core.money import parse_money
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.views import describe
from desk.store import schema
from desk.store.uow import Database
from desk.sync import central, rounds, server
from desk.sync.conflicts import Conflict, find_conflicts
from desk.sync.push import Progress, get_setting, pending, quiet, set_setting

__all__ = ["Conflict", "SyncStatus", "conflicts", "init_server", "overdraft_amount",
           "resolve_overdraft", "review_clash", "server_url", "set_server_url", "status",
           "sync_now"]


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
        uow.record_change(actor.stamp(db.device_id), "chain_server_set", "settings",
                          rounds.SERVER_URL, server=central.shown_url(url) if url else None)
        uow.commit()


def sync_now(db: Database, url: str | None = None,
             progress: Progress = quiet) -> rounds.RoundResult:
    """One round with ``url`` (remembered once a round with it succeeded) or the remembered
    server; ``progress`` is told what has moved as the round goes."""
    url = (url or "").strip() or server_url(db)
    if not url:
        raise DeskError("sync_not_configured", "No chain server is set for this desk.",
                        hint="Set it in Settings › Chain server, or pass --server URL.")
    result = rounds.run_round(db, url, progress)
    with db.write() as uow:
        set_setting(uow.session.connection(), rounds.SERVER_URL, url)
        uow.commit()
    return result


def status(db: Database) -> SyncStatus:
    """The status line's figures. A desk that has never synced and has no chain server set
    counts nothing: sync is off there, and counting reads what waits in the whole file."""
    with db.read() as uow:
        conn = uow.session.connection()
        url, last = get_setting(conn, rounds.SERVER_URL), rounds.last_sync(conn)
        if not url and not last:
            return SyncStatus(None, None, 0, 0)
        return SyncStatus(url, datetime.fromisoformat(last) if last else None,
                          pending(conn), len(find_conflicts(conn)))


def conflicts(db: Database) -> list[Conflict]:
    with db.read() as uow:
        return find_conflicts(uow.session.connection())


def resolve_overdraft(db: Database, actor: Actor, membership_id: str, how: str,
                      day: date | None = None, amount: Decimal | str | None = None):
    """A manager settles an overdraft: charge, extend or write off (one ledger entry; see
    ``desk.core.operations.resolve_overdraft``). ``amount``, typed or not, is the money
    taken by a charge or an extension (by default ``overdraft_amount``)."""
    actor.require(Action.EDIT_MEMBERSHIP)
    resolution = _resolution(how)
    if isinstance(amount, str):
        amount = parse_money(amount, field="amount") if amount.strip() else None
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.get(membership_id)
        entry = rules.resolve_overdraft(m, resolution, day=day, amount=amount,
                                        stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info


def overdraft_amount(db: Database, membership_id: str, how: str) -> Decimal | None:
    """What a resolution takes by default (shown before a manager confirms it)."""
    with db.read() as uow:
        return rules.overdraft_amount(uow.memberships.get(membership_id), _resolution(how))


def _resolution(how: str) -> rules.OverdraftResolution:
    try:
        return rules.OverdraftResolution(how)
    except ValueError:
        raise DeskError("overdraft_resolution_unknown", f"{how!r} is not a way to resolve it.",
                        value=how, hint="Choose charge, extend or write_off.") from None


def review_clash(db: Database, actor: Actor, clash: str) -> None:
    """A manager has looked at a settled clash (``"<table>|<row id>"``, as in
    ``Conflict.clash``): it leaves the conflicts on every desk at their next sync."""
    actor.require(Action.EDIT_MEMBERSHIP)
    table, _, row_id = clash.partition("|")
    with db.write() as uow:
        row = uow.session.get(schema.RowClash, (table, row_id))
        if row is None:
            raise DeskError("clash_not_found", "There is no such settled clash.", value=clash,
                            hint="Refresh the conflicts.")
        row.reviewed_by, row.reviewed_at = actor.user_id, utc_now()
        uow.commit()


def init_server(url: str, *, role: str = server.DESK_ROLE, password: str | None = None) -> dict:
    """Create the chain server's schema and the desks' least-privilege role."""
    return server.init_server(url, role=role, password=password)
