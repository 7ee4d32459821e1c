"""One sync round: push what this desk wrote, then pull what the others wrote.

The desk never waits on the network for its own work: every operation commits locally
first, and a round only moves what is already committed. A round that fails (server
unreachable, connection cut, process killed) leaves the desk consistent; the next one
finishes the work.

Most rounds find nothing to do, every minute on every desk, so a quiet round stays off the
desk's write lock: it reads where the desk stands, the conflicts included (one read), asks
the server whether it holds anything new, and only notes the round (one short write);
pushing and pulling, with their transactions, happen only when there is something to move.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.store.repos.settings import forget_setting, read_setting, write_setting
from desk.store.uow import Database
from desk.sync import central
from desk.sync.access import Access, identify
from desk.sync.conflicts import Conflict, find_conflicts
from desk.sync.pull import LEDGER_CURSOR, ROWS_CURSOR, Pulled, anything_new, pull_all
from desk.sync.push import LEDGER_PUSHED, Progress, pending, push_all, quiet
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


@dataclass(frozen=True)
class Standing:
    """Where this desk stands before a round, read in one short read (``standing``): a
    quiet round (nothing to send, nothing new on the server) needs no more than this and
    the one write that notes the round."""

    server_url: str | None  # as stored (an older Desk kept the password in it)
    server_id: str | None  # the server this desk last synced with
    pending: int  # changes waiting to be sent
    rows_cursor: str | None  # how far the pull has read (desk.sync.pull)
    ledger_cursor: str | None
    conflicts: list[Conflict] | None  # None: not read (see ``standing``)


def standing(conn: Connection, url: str | None = None) -> Standing:
    """This desk's ``Standing``, read on ``conn`` before a round with ``url`` (None: with
    the server set, if any). The conflicts are read only when there is a server to sync
    with and this desk has synced before, as only such a round may be quiet: another round
    reads them after it has moved what it moves."""
    stored, server_id = read_setting(conn, SERVER_URL), read_setting(conn, SERVER_ID)
    server = bool(url or stored)  # else there is no round: nothing to count (a desk that
    # never synced would count what waits in its whole ledger, every minute)
    return Standing(stored, server_id, pending(conn) if server else 0,
                    read_setting(conn, ROWS_CURSOR), read_setting(conn, LEDGER_CURSOR),
                    find_conflicts(conn) if server and server_id else None)


def run_round(db: Database, url: str, progress: Progress = quiet, *,
              known: Standing | None = None, remember: str | None = None) -> RoundResult:
    """Push then pull against the chain server at ``url``; see the module's doc.
    ``progress`` is told what has moved as the round goes. ``known``: the desk's standing
    when the caller has just read it (else it is read here); ``remember``: the server
    address (without its password) to keep as the desk's once the round has succeeded.

    Nothing waiting and nothing new on the server (the round of a quiet minute): one read
    and one write of this desk's database, the write only noting the round."""
    if known is None:
        with db.read() as uow:
            known = standing(uow.connection(), url)
    server = central.server_engine(url)
    try:
        there = _look_at_server(server, db.device_id, known)
        moved = there.server_id != known.server_id
        if moved:
            _adopt_server(db, there.server_id)
        pushing = moved or known.pending > 0
        pushed = push_all(db, server, progress, there.access) if pushing else (0, 0)
        pulling = moved or any(pushed) or _anything_new(server, known, there)
        pulled = pull_all(db, server, progress) if pulling else Pulled(progress)
    except DBAPIError as error:
        if isinstance(error.orig, sqlite3.Error):
            raise _local_failure(error) from error
        raise central.server_failure(url, error) from error
    finally:
        server.dispose()
    return _note_round(db, known, remember, pushed, pulled,
                       None if pushing or pulling else known.conflicts)


@dataclass(frozen=True)
class _OnServer:
    server_id: str
    access: Access
    news: bool | None  # rows or entries past this desk's cursors (None: not asked yet)


def _look_at_server(server: Engine, device_id: str, known: Standing) -> _OnServer:
    """Which server this is, who this desk is on it (bound to it at the first sync), and,
    for a round that may be quiet (the server it knows, nothing to send), whether it holds
    anything this desk has not pulled yet: one server transaction."""
    with server.begin() as conn:
        server_id = conn.scalar(select(central.meta.c.value).where(
            central.meta.c.key == "server_id"))
        if server_id is None:  # its schema is there, but its set-up never finished
            raise DeskError("sync_server_not_ready", "The chain server has no server id yet.",
                            hint="Its owner runs `desk server init URL` on it first.")
        access = identify(conn, device_id)
        quiet_maybe = server_id == known.server_id and not known.pending
        news = anything_new(conn, known.rows_cursor, known.ledger_cursor) if quiet_maybe \
            else None
    return _OnServer(server_id, access, news)


def _anything_new(server: Engine, known: Standing, there: _OnServer) -> bool:
    """Whether the server holds anything past this desk's cursors: as found with the rest,
    else (a push that turned out to send nothing) asked now."""
    if there.news is not None:
        return there.news
    with server.connect() as conn:
        return anything_new(conn, known.rows_cursor, known.ledger_cursor)


def _adopt_server(db: Database, server_id: str) -> None:
    """Bind this desk to the server ``server_id``; a desk moved from another chain server
    sends it everything and reads it from the start."""
    with db.write() as uow:
        conn = uow.connection()
        known = read_setting(conn, SERVER_ID)
        if known == server_id:  # another process (the window, `desk sync`) was first
            return
        if known is not None:
            _queue_everything(conn)
        write_setting(conn, SERVER_ID, server_id)
        uow.commit()


def _note_round(db: Database, known: Standing, remember: str | None, pushed: tuple[int, int],
                pulled: Pulled, conflicts: list[Conflict] | None) -> RoundResult:
    """The round's closing write: when it ended, the server address to keep, and what is
    left to send (quick: the outbox holds only what was written meanwhile). ``conflicts``:
    the open ones if the round moved nothing, else (None) they are read afterwards, off the
    write lock (on a large desk they take a while, and a receptionist's click would wait)."""
    at = utc_now()
    with db.write() as uow:
        conn = uow.connection()
        write_setting(conn, LAST_SYNC, at.isoformat())
        if remember and remember != known.server_url:
            write_setting(conn, SERVER_URL, remember)
        left = pending(conn)
        uow.commit()
    if conflicts is None:
        with db.read() as uow:
            conflicts = find_conflicts(uow.connection())
    return RoundResult(at, *pushed, pulled.rows, pulled.entries, len(pulled.memberships),
                       left, conflicts)


def _queue_everything(conn: Connection) -> None:
    for key in (ROWS_CURSOR, LEDGER_CURSOR):
        forget_setting(conn, key)
    write_setting(conn, LEDGER_PUSHED, "0")
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


def remember_server(conn: Connection, url: str | None) -> None:
    """Keep ``url`` (given without its password) as this desk's chain server; None forgets
    it (sync is off)."""
    if url:
        write_setting(conn, SERVER_URL, url)
    else:
        forget_setting(conn, SERVER_URL)


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


def status(conn: Connection) -> SyncStatus:
    """The status line's figures, read on ``conn``. A desk that has never synced and has no
    chain server set counts nothing: sync is off there, and counting reads what waits in
    the whole file."""
    url, last = read_setting(conn, SERVER_URL), read_setting(conn, LAST_SYNC)
    if not url and not last:
        return SyncStatus(None, None, 0, 0)
    return SyncStatus(url, datetime.fromisoformat(last) if last else None, pending(conn),
                      len(find_conflicts(conn)))
