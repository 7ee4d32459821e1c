"""One sync round: push what this desk wrote, then pull what the others wrote.

The desk never waits on the network for its own work: every operation commits locally
first, and a round only moves what is already committed. A round that fails (server
unreachable, connection cut, process killed) leaves the desk consistent; the next one
finishes the work.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError

from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.store.uow import Database
from desk.sync import central
from desk.sync.access import Access, identify
from desk.sync.conflicts import Conflict, find_conflicts
from desk.sync.pull import LEDGER_CURSOR, ROWS_CURSOR, pull_all
from desk.sync.push import (
    LEDGER_PUSHED,
    Progress,
    get_setting,
    pending,
    push_all,
    quiet,
    set_setting,
)
from desk.sync.tables import SYNCED

SERVER_URL, SERVER_ID, LAST_SYNC = "sync_server_url", "sync_server_id", "sync_last_at"


@dataclass(frozen=True)
class RoundResult:
    at: datetime
    pushed_rows: int
    pushed_entries: int
    pulled_rows: int
    pulled_entries: int
    memberships_refreshed: int
    pending: int
    conflicts: list[Conflict]

    def as_json(self) -> dict:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def run_round(db: Database, url: str, progress: Progress = quiet) -> RoundResult:
    """Push then pull against the chain server at ``url``; see the module's doc.
    ``progress`` is told what has moved as the round goes."""
    server = central.server_engine(url)
    try:
        access = _adopt_server(db, server)
        pushed_rows, pushed_entries = push_all(db, server, progress, access)
        pulled = pull_all(db, server, progress)
    except DBAPIError as error:
        if isinstance(error.orig, sqlite3.Error):
            raise _local_failure(error) from error
        raise central.server_failure(url, error) from error
    finally:
        server.dispose()
    with db.write() as uow:
        conn = uow.session.connection()
        set_setting(conn, LAST_SYNC, utc_now().isoformat())
        uow.commit()
    with db.read() as uow:
        conn = uow.session.connection()
        left, conflicts = pending(conn), find_conflicts(conn)
    return RoundResult(utc_now(), pushed_rows, pushed_entries, pulled.rows, pulled.entries,
                       len(pulled.memberships), left, conflicts)


def _adopt_server(db: Database, server: Engine) -> Access:
    """Who this desk is on the server (bound to it at the first sync); a desk moved to
    another chain server sends it everything and reads it from the start."""
    with server.begin() as conn:
        server_id = conn.scalar(select(central.meta.c.value).where(
            central.meta.c.key == "server_id"))
        access = identify(conn, db.device_id)
    with db.write() as uow:
        conn = uow.session.connection()
        known = get_setting(conn, SERVER_ID)
        if known == server_id:
            return access
        if known is not None:
            _queue_everything(conn)
        set_setting(conn, SERVER_ID, server_id)
        uow.commit()
    return access


def _queue_everything(conn) -> None:
    for key in (ROWS_CURSOR, LEDGER_CURSOR):
        conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))
    set_setting(conn, LEDGER_PUSHED, "0")
    for table in SYNCED.values():
        conn.exec_driver_sql(f"INSERT INTO sync_outbox (table_name, row_id) "
                             f"SELECT '{table.name}', {table.key_expr()} FROM {table.name}")


def _local_failure(error: DBAPIError) -> BaseException:
    """A pull whose rows still miss what they refer to (it was being written on the server
    meanwhile) rolls back whole; the next round brings the rest."""
    if "FOREIGN KEY" in str(error.orig):
        return DeskError("sync_incomplete", "Part of the chain's data is still on its way; "
                         "nothing was applied.", hint="Sync again in a moment.")
    return error


def last_sync(conn) -> str | None:
    return get_setting(conn, LAST_SYNC)
