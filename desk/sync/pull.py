"""Pulling what other desks wrote, by a cursor that can't skip a row.

Why not simply "rows with server_seq > the last one seen": server transactions take their
sequence numbers when they insert but become visible when they commit, in any order, so a
reader could see 11, move past it, and never see 10 committed a moment later. Each row
therefore also records ``txid``, the id of the server transaction that wrote it, and a pull
reads only rows written by transactions older than the oldest one still running
(``pg_snapshot_xmin(pg_current_snapshot())``): those have all ended, so no row below that
line can appear later. The cursor is the last (txid, server_seq) read, in that order; a
row written after it either belongs to a transaction still running at the time (its txid
is at or above the line) or to a later one (a larger txid) — both sort after the cursor.
A changed row is re-stamped with a new txid and server_seq, so it moves past every cursor.

Several versions of one row may come (the server keeps them all): the newest wins, as
any version does only when it is newer than the desk's own.

The whole pull is applied in one local transaction with foreign keys checked at its commit:
a killed round leaves nothing half-applied and its cursors unmoved, and rows may arrive in
any order (a membership before its type). What this desk can't apply is set aside and the
cursors move past it (``desk.sync.landing``): a pull that finds such a row after it was
applied is tried again from its start, in a savepoint, without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text

from desk.collector import collector_paused
from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.store.repos.settings import read_setting, write_setting
from desk.store.uow import Database, UnitOfWork
from desk.sync import central
from desk.sync.apply import apply_entries, apply_rows
from desk.sync.clashes import repoint_merged
from desk.sync.landing import Landing, References, Retry
from desk.sync.push import LEDGER_PUSHED, Progress, quiet
from desk.sync.set_aside import IN, keep
from desk.sync.tables import TYPE_TABLES
from desk.sync.unreadable import rederive_or_retry

PAGE = 10_000
TRIES = 12  # a try sets aside at least one row; a chain of rows naming it needs a few
ROWS_CURSOR, LEDGER_CURSOR = "sync_rows_cursor", "sync_ledger_cursor"
TYPES_VERSION = "types_version"


@dataclass
class Pulled:
    progress: Progress = quiet
    rows: int = 0
    entries: int = 0
    memberships: set[str] = field(default_factory=set)

    def page_applied(self) -> None:
        """Told after each page; nothing is kept until the whole pull commits."""
        self.progress(f"receiving: {self.entries} ledger entries and {self.rows} rows so far")


@collector_paused()  # bulk work (a whole chain may come): see desk.collector
def pull_all(db: Database, server: Engine, progress: Progress = quiet) -> Pulled:
    """Apply every row and ledger entry the server holds below its in-flight line."""
    with server.connect() as remote, db.write() as uow:
        local = uow.connection()
        local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        # walk the cursor index: on a table without statistics yet (a new server, a bulk
        # push) the planner would otherwise sort everything left for every page
        remote.exec_driver_sql("SET LOCAL enable_sort = off")
        line = _in_flight_line(remote)
        landing = Landing(References(local))
        for _ in range(TRIES):
            landing.next_try()
            try:
                with uow.savepoint() as trial:
                    pulled = _pull_once(trial, remote, line, landing, progress, db.device_id)
            except Retry:
                continue
            break
        else:
            raise DeskError("sync_incomplete", "Part of the chain's data could not be applied "
                            "yet; nothing was applied.", hint="Sync again in a moment.")
        keep(local, IN, [*landing.aside_rows.values(), *landing.aside_entries.values()])
        uow.commit()
    progress(f"received {pulled.entries} ledger entries and {pulled.rows} rows")
    return pulled


def anything_new(remote: Connection, rows_cursor: str | None,
                 ledger_cursor: str | None) -> bool:
    """Whether the server holds rows or entries past these cursors below its in-flight
    line: what a pull would apply (a round with nothing to send and nothing new skips the
    pull's write transaction)."""
    line = _in_flight_line(remote)
    sql = ("SELECT EXISTS (SELECT 1 FROM {table} WHERE (txid, server_seq) > (%s, %s) "
           "AND txid < %s)")
    return any(remote.exec_driver_sql(sql.format(table=table.name),
                                      (*_cursor(cursor), line)).scalar()
               for table, cursor in ((central.rows, rows_cursor),
                                     (central.ledger, ledger_cursor)))


def _in_flight_line(remote: Connection) -> int:
    """The oldest server transaction still running: every row below it is there to stay."""
    return remote.scalar(text("SELECT (pg_snapshot_xmin(pg_current_snapshot())::text)"
                              "::bigint"))


def _cursor(stored: str | None) -> tuple[int, int]:
    """A stored cursor, "<txid>:<server_seq>" (none yet: the start)."""
    txid, seq = (int(part) for part in (stored or "0:0").split(":"))
    return txid, seq


def _pull_once(uow: UnitOfWork, remote: Connection, line: int, landing: Landing,
               progress: Progress, device_id: str) -> Pulled:
    """One try at applying everything below ``line``; ``Retry`` when it set something aside
    after the fact."""
    pulled = Pulled(progress)
    local = uow.connection()
    local.exec_driver_sql("UPDATE sync_clock SET applying = 1 WHERE id = 1")
    ledger_before = local.exec_driver_sql(
        "SELECT coalesce(max(rowid), 0) FROM ledger_entries").scalar()
    touched_types = _pull_rows(remote, local, line, pulled, landing)
    landing.check_references(local)
    _pull_ledger(remote, local, line, pulled, device_id, landing)
    if int(read_setting(local, LEDGER_PUSHED) or 0) >= ledger_before:
        # nothing of ours was waiting, so what came in is not ours to push back
        write_setting(local, LEDGER_PUSHED, str(
            local.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM ledger_entries")
            .scalar()))
    if touched_types:
        write_setting(local, TYPES_VERSION, new_id())  # other units of work reload types
    rederive_or_retry(uow, _to_rederive(local, pulled.memberships, touched_types), landing,
                      ledger_before)
    # after the re-derivation, whose owners tell which gifts a merged client used first
    rederive_or_retry(uow, repoint_merged(local), landing, ledger_before)
    local.exec_driver_sql("UPDATE sync_clock SET applying = 0 WHERE id = 1")
    return pulled


def _pull_rows(remote: Connection, local: Connection, line: int, pulled: Pulled,
               landing: Landing) -> set[str]:
    """Apply the versioned rows; returns the ids of the membership types that changed."""
    touched_types: set[str] = set()
    names = [c.name for c in central.rows.columns]
    for page in _pages(remote, local, central.rows, ROWS_CURSOR, line):
        applied = apply_rows(local, [dict(zip(names, row, strict=True)) for row in page],
                             landing)
        pulled.rows += len(applied)
        pulled.memberships.update(r["row_id"] for r in applied if r["table_name"] == "memberships")
        touched_types.update(r["row_id"].split("|")[0] for r in applied
                             if r["table_name"] in TYPE_TABLES)
        pulled.page_applied()
    return touched_types


def _pull_ledger(remote: Connection, local: Connection, line: int, pulled: Pulled,
                 device_id: str, landing: Landing) -> None:
    for page in _pages(remote, local, central.ledger, LEDGER_CURSOR, line):
        added, memberships = apply_entries(local, page, device_id, landing)
        pulled.entries += added
        pulled.memberships |= memberships
        pulled.page_applied()


def _pages(remote: Connection, local: Connection, table, cursor_key: str,
           line: int) -> Iterator[list[tuple]]:
    """Pages of ``table`` (rows as tuples in the table's column order, ``server_seq`` and
    ``txid`` last) past the stored cursor and below ``line``. The next page is fetched while
    this one is applied; the cursor moves, in the local transaction, as each is handed over."""
    txid, seq = _cursor(read_setting(local, cursor_key))
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    sql = (f"SELECT {names} FROM {table.name} WHERE (txid, server_seq) > (%s, %s) "
           "AND txid < %s ORDER BY txid, server_seq LIMIT %s")

    def fetch(after: tuple[int, int]) -> list[tuple]:
        return [tuple(row) for row in remote.exec_driver_sql(sql, (*after, line, PAGE)).all()]

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-pull") as fetcher:
        coming = fetcher.submit(fetch, (txid, seq))
        while page := coming.result():
            seq, txid = page[-1][-2:]
            coming = fetcher.submit(fetch, (txid, seq)) if len(page) == PAGE else _done()
            yield page
            write_setting(local, cursor_key, f"{txid}:{seq}")


def _done() -> Future:
    finished: Future = Future()
    finished.set_result([])
    return finished


def _to_rederive(local: Connection, ids: set[str], types: set[str]) -> list[str]:
    """The memberships whose cached columns a pull changes: those whose entries or sale row
    changed, and those of a type that changed (a type's validity or visits decide its
    memberships' expiry and status)."""
    ids = set(ids)
    type_ids = sorted(types)
    for start in range(0, len(type_ids), 500):
        chunk = type_ids[start:start + 500]
        ids.update(local.exec_driver_sql(
            f"SELECT id FROM memberships WHERE type_id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk)).scalars())
    return sorted(ids)
