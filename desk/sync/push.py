"""Pushing what this desk wrote: versioned rows from the outbox, ledger entries past a cursor.

Exactly once, by construction: a batch is read locally, written to the server in one
server transaction (``INSERT … ON CONFLICT DO NOTHING`` for ledger entries and for row
versions, of which the server keeps only those newer than the latest it holds), and only
after that commit is it marked pushed locally. A round killed in between pushes the batch
again next time, and the server ignores what it already holds. Ledger entries need no
queue of their own: they are append-only, so the local rowid order is the write order and
one number, ``sync_ledger_pushed``, says how far they have gone.

A desk's own login sends only what the server takes from it (``desk.sync.access``): its
own entries and row versions (another desk's, pulled here, are already there), and users
and the chain's settings only from an admin desk; such a change made on another desk stays
here, set aside and shown to a manager (``desk.sync.set_aside``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Table

from desk.store.repos.settings import read_setting, write_setting
from desk.store.uow import Database
from desk.sync import central
from desk.sync.access import OWNER, Access
from desk.sync.set_aside import OUT, SetAside, keep
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
    ledger_from: int = 0
    withheld: list[SetAside] = field(default_factory=list)  # changes the server won't take

    def __bool__(self) -> bool:  # something to send, or queued work found not to be sent
        return bool(self.rows or self.entries) or self.outbox_upto > 0 or (
            self.ledger_upto > self.ledger_from)


def push_all(db: Database, server: Engine, progress: Progress = quiet,
             access: Access = OWNER) -> tuple[int, int]:
    """Push everything pending that ``access`` may send, batch by batch; returns (rows,
    ledger entries) sent."""
    rows = entries = 0
    while True:
        with db.read() as uow:
            batch = collect(uow.connection(), access=access)
        if not batch:
            return rows, entries
        if batch.rows or batch.entries:
            progress(f"sending {len(batch.entries)} ledger entries and {len(batch.rows)} rows")
            with server.begin() as conn:
                send(conn, batch)
        with db.write() as uow:
            mark_pushed(uow.connection(), batch)
            uow.commit()
        if batch.rows or batch.entries:
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


def collect(conn: Connection, limit: int = BATCH, access: Access = OWNER) -> Batch:
    """The next batch to push: queued rows (latest state and version) first, then entries;
    what ``access`` may not send is left out (see the module's doc)."""
    batch = Batch()
    queued = conn.exec_driver_sql(
        "SELECT seq, table_name, row_id FROM sync_outbox ORDER BY seq LIMIT ?", (limit,)).all()
    if queued:
        batch.outbox_upto = queued[-1][0]
        _sort_rows(batch, _versioned(conn, {(t, r) for _, t, r in queued}), access)
    batch.ledger_from = batch.ledger_upto = _ledger_pushed(conn)
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    device = LEDGER_COLUMNS.index("device_id")
    for rowid, *values in conn.exec_driver_sql(
            f"SELECT rowid, {names} FROM ledger_entries WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (batch.ledger_from, max(0, limit - len(queued)))):
        if access.device_id in (None, values[device]):  # else pulled here from another desk
            batch.entries.append(dict(zip(LEDGER_COLUMNS, values, strict=True)))
        batch.ledger_upto = rowid
    return batch


def _sort_rows(batch: Batch, rows: list[dict], access: Access) -> None:
    """Rows to send (stamped with this desk's device), rows withheld, the rest dropped."""
    for row in rows:
        if access.may_send(row["table_name"], row["device_id"]):
            batch.rows.append(row | {"device_id": access.device_id or row["device_id"]})
        elif row["device_id"] in (access.device_id, ""):  # ours, but not ours to send
            batch.withheld.append(SetAside(
                row["table_name"], row["row_id"], access.device_id, row["hlc"],
                "only the chain's admin desks may change users and the chain's settings: "
                "make this change on an admin desk"))


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
    """Write a batch in the server transaction ``conn``; replaying it changes nothing (an
    entry or a row version the server holds, or a version older than its latest, is not
    stored again)."""
    for table, rows in ((central.rows, batch.rows), (central.ledger, batch.entries)):
        if rows:
            _insert_all(conn, table, rows)


def _insert_all(conn: Connection, table: Table, rows: list[dict]) -> None:
    """One statement for the whole batch, its rows as one JSON document: the server checks
    a desk's right to add them (row-level security) once per statement, so a statement per
    row would cost five times the insert itself."""
    columns = [c for c in table.columns if c.name not in ("server_seq", "txid")]
    names = ", ".join(f'"{c.name}"' for c in columns)
    types = ", ".join(f'"{c.name}" {c.type.compile(dialect=conn.dialect)}' for c in columns)
    conn.exec_driver_sql(
        f"INSERT INTO {table.name} ({names}) SELECT {names} "
        f"FROM jsonb_to_recordset(%s::jsonb) AS r({types}) ON CONFLICT DO NOTHING",
        (json.dumps(rows, ensure_ascii=False),))


def mark_pushed(conn: Connection, batch: Batch) -> None:
    """After the server committed ``batch``: drop its queue entries, move the ledger cursor,
    keep what was withheld for a manager to see."""
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE seq <= ?", (batch.outbox_upto,))
    # max: a round in another process (the window and `desk sync`) may have gone further
    write_setting(conn, LEDGER_PUSHED, str(max(batch.ledger_upto, _ledger_pushed(conn))))
    keep(conn, OUT, batch.withheld)


def _ledger_pushed(conn: Connection) -> int:
    return int(read_setting(conn, LEDGER_PUSHED) or 0)
