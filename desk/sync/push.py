"""Pushing what this desk wrote: versioned rows from the outbox, ledger entries past a cursor.

Exactly once, by construction: a batch is read locally, written to the server in one
server transaction (ledger: ``INSERT … ON CONFLICT DO NOTHING``; rows: an upsert that only
replaces an older version), and only after that commit is it marked pushed locally. A
round killed in between pushes the batch again next time, and the server ignores what it
already holds. Ledger entries need no queue of their own: they are append-only, so the
local rowid order is the write order and one number, ``sync_ledger_pushed``, says how far
they have gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, text, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert

from desk.store.uow import Database
from desk.sync import central
from desk.sync.tables import LEDGER_COLUMNS, SYNCED, read_rows

# Short server transactions: the pull line (see desk.sync.pull) waits for the oldest one
# still running, so a long push would hold back every other desk's pull; and a round cut
# off loses at most one batch. The extra commits cost little: 10,000 entries push about
# 0.05 s slower than in one batch (README, Performance).
BATCH = 2_000
LEDGER_PUSHED = "sync_ledger_pushed"
Progress = Callable[[str], None]  # told what a round has done so far, as it goes


def quiet(_what: str) -> None:
    """The progress of a round nobody watches."""


@dataclass
class Batch:
    rows: list[dict] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)
    outbox_upto: int = 0
    ledger_upto: int = 0

    def __bool__(self) -> bool:
        return bool(self.rows or self.entries)


def push_all(db: Database, server: Engine, progress: Progress = quiet) -> tuple[int, int]:
    """Push everything pending, batch by batch; returns (rows, ledger entries) sent."""
    rows = entries = 0
    while True:
        with db.read() as uow:
            batch = collect(uow.session.connection())
        if not batch:
            return rows, entries
        progress(f"sending {len(batch.entries)} ledger entries and {len(batch.rows)} rows")
        with server.begin() as conn:
            send(conn, batch)
        with db.write() as uow:
            mark_pushed(uow.session.connection(), batch)
            uow.commit()
        rows, entries = rows + len(batch.rows), entries + len(batch.entries)
        progress(f"sent {entries} ledger entries and {rows} rows")


def pending(conn: Connection) -> int:
    """How many changes wait to be pushed (queued rows + ledger entries)."""
    queued = conn.exec_driver_sql(
        "SELECT count(DISTINCT table_name || ':' || row_id) FROM sync_outbox").scalar()
    # the ledger is append-only and never loses a row, so its rowids have no gaps: what
    # waits is the distance from the cursor to the last one (counting would read them all)
    last = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM ledger_entries").scalar()
    return queued + max(0, last - _ledger_pushed(conn))


def collect(conn: Connection, limit: int = BATCH) -> Batch:
    """The next batch to push: queued rows (latest state and version) first, then entries."""
    batch = Batch()
    queued = conn.exec_driver_sql(
        "SELECT seq, table_name, row_id FROM sync_outbox ORDER BY seq LIMIT ?", (limit,)).all()
    if queued:
        batch.outbox_upto = queued[-1][0]
        batch.rows = _versioned(conn, {(t, r) for _, t, r in queued})
    cursor = _ledger_pushed(conn)
    batch.ledger_upto = cursor
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    for rowid, *values in conn.exec_driver_sql(
            f"SELECT rowid, {names} FROM ledger_entries WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (cursor, max(0, limit - len(queued)))):
        batch.entries.append(dict(zip(LEDGER_COLUMNS, values, strict=True)))
        batch.ledger_upto = rowid
    return batch


def _versioned(conn: Connection, keys: set[tuple[str, str]]) -> list[dict]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in sorted(keys):
        by_table.setdefault(table, []).append(row_id)
    out = []
    for table, row_ids in by_table.items():
        current = read_rows(conn, SYNCED[table], row_ids)
        versions = _versions(conn, table, row_ids)
        for row_id in row_ids:
            hlc, device, deleted = versions[row_id]
            payload = current.get(row_id)
            out.append({"table_name": table, "row_id": row_id, "hlc": hlc, "device_id": device,
                        "deleted": bool(deleted) or payload is None, "payload": payload})
    return out


def _versions(conn: Connection, table: str, row_ids: list[str]) -> dict[str, tuple]:
    found = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        for row_id, *version in conn.exec_driver_sql(
                "SELECT row_id, hlc, device_id, deleted FROM row_versions WHERE table_name = ? "
                f"AND row_id IN ({', '.join('?' * len(chunk))})", (table, *chunk)):
            found[row_id] = tuple(version)
    return found


def send(conn: Connection, batch: Batch) -> None:
    """Write a batch in the server transaction ``conn``; replaying it changes nothing."""
    if batch.rows:
        stmt = pg_insert(central.rows)
        newer = tuple_(stmt.excluded.hlc, stmt.excluded.device_id) > tuple_(
            central.rows.c.hlc, central.rows.c.device_id)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["table_name", "row_id"], where=newer,
            set_={"payload": stmt.excluded.payload, "deleted": stmt.excluded.deleted,
                  "hlc": stmt.excluded.hlc, "device_id": stmt.excluded.device_id,
                  # a changed row moves to the end of the pull order, where cursors find it
                  "server_seq": func.nextval(func.pg_get_serial_sequence(
                      "sync_rows", "server_seq")),
                  "txid": text("(pg_current_xact_id()::text)::bigint")}), batch.rows)
    if batch.entries:
        conn.execute(pg_insert(central.ledger).on_conflict_do_nothing(index_elements=["id"]),
                     batch.entries)


def mark_pushed(conn: Connection, batch: Batch) -> None:
    """After the server committed ``batch``: drop its queue entries, move the ledger cursor."""
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE seq <= ?", (batch.outbox_upto,))
    # max: a round in another process (the window and `desk sync`) may have gone further
    set_setting(conn, LEDGER_PUSHED, str(max(batch.ledger_upto, _ledger_pushed(conn))))


def _ledger_pushed(conn: Connection) -> int:
    return int(get_setting(conn, LEDGER_PUSHED) or 0)


def get_setting(conn: Connection, key: str) -> str | None:
    return conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).scalar()


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (key, value))
