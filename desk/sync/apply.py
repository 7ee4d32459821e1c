"""Applying pulled rows and entries to the desk's SQLite, and refreshing what they change.

Rows merge last-writer-wins: a pulled row replaces the local one only when its version
(hybrid logical clock, then device id) is greater; the local version then becomes the
pulled one. Rows that would share a unique value (a phone, a name) are settled on the way
in (``desk.sync.clashes``). Ledger entries merge by union: an entry already here is left
alone. A row or entry this desk can't apply is set aside, never applied, and the pull goes
on (``desk.sync.landing``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from desk.store.client_names import refresh_search_keys
from desk.sync.clashes import UNIQUES, restamp, settle
from desk.sync.landing import Landing
from desk.sync.tables import CHUNK, LEDGER_COLUMNS, SYNCED, SyncedTable, columns_of

# derived columns, re-derived after the pull
INSERT_DEFAULTS = {"memberships": {"remaining": 0}, "clients": {"search_key": ""}}
PLAIN = (str, int, float, bool, type(None))  # what a column of a desk's SQLite can hold


def apply_rows(conn: Connection, page: list[dict], landing: Landing) -> list[dict]:
    """Apply the pulled rows that win over the local versions; returns those applied. A
    row that can't be applied is set aside in ``landing`` instead (see ``desk.sync.landing``)."""
    page = _newest(row for row in page if row["table_name"] in SYNCED  # else a newer desk's
                   and row["server_seq"] not in landing.aside_rows)
    local = _local_versions(conn, page)
    applied = [row for row in page if (key := (row["table_name"], row["row_id"])) not in local
               or (row["hlc"], row["device_id"]) > local[key]]  # else: an older (or our) version
    applied = [row for row in applied if not _unreadable(row, landing)]
    if not applied:
        return applied
    # the hybrid logical clock never falls behind a version it has seen; moved first, so
    # that a settlement written below is newer than the rows it settles
    conn.exec_driver_sql("UPDATE sync_clock SET hlc = max(hlc, ?) WHERE id = 1",
                         (max(r["hlc"] for r in applied),))
    by_table: dict[str, list[dict]] = {}
    for row in applied:
        by_table.setdefault(row["table_name"], []).append(row)
    settled = {name: _write_or_set_aside(conn, SYNCED[name], rows, landing)
               for name, rows in by_table.items()}
    applied = [row for row in applied if row["server_seq"] not in landing.aside_rows]
    refresh_search_keys(conn, [r["row_id"] for r in applied if r["table_name"] == "clients"])
    conn.exec_driver_sql(
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "hlc = excluded.hlc, device_id = excluded.device_id, deleted = excluded.deleted",
        [(r["table_name"], r["row_id"], r["hlc"], r["device_id"], r["deleted"])
         for r in applied])
    for name, row_ids in settled.items():
        if row_ids:  # pulled rows settled here: pushed back as this desk's versions
            restamp(conn, name, row_ids)
    for row in applied:
        landing.applied(row)
    return applied


def _newest(rows) -> list[dict]:
    """One version per row: the newest of the page (the store keeps every version)."""
    newest: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (row["table_name"], row["row_id"])
        if key not in newest or (row["hlc"], row["device_id"]) > (
                newest[key]["hlc"], newest[key]["device_id"]):
            newest[key] = row
    return list(newest.values())


def _unreadable(row: dict, landing: Landing) -> bool:
    """Set aside a row this desk can't even read as a row of its table."""
    reason = _shape_problem(SYNCED[row["table_name"]], row)
    if reason:
        landing.set_aside_row(row, reason)
    return reason is not None


def _shape_problem(table: SyncedTable, row: dict) -> str | None:
    payload = row["payload"]
    if row["row_id"].count("|") < len(table.keys) - 1:
        return "its id does not name every key column of its table"
    if row["deleted"] or payload is None:
        return None
    if not isinstance(payload, dict):
        return f"its payload is a JSON {type(payload).__name__}, not an object"
    odd = sorted(name for name, value in payload.items() if not isinstance(value, PLAIN))
    if odd:
        return f"its {odd[0]} is not a plain value"
    if "|".join(str(payload.get(k)) for k in table.keys) != row["row_id"]:
        return "its id does not match its key columns"
    return None


class _Refused(Exception):
    """This database refused a write (a constraint, a value it can't store)."""

    def __init__(self, error: DBAPIError) -> None:
        super().__init__(str(error.orig))
        self.orig = error.orig


def _write_or_set_aside(conn: Connection, table: SyncedTable, rows: list[dict],
                        landing: Landing) -> list[str]:
    """``_write`` the rows of one table; if this database refuses them (a constraint, a
    value it can't store), write them one by one and set aside those it refuses."""
    known = columns_of(conn, table.name)
    try:
        return _savepoint(conn, lambda: _write(conn, table, rows, known))
    except _Refused:
        pass
    changed: list[str] = []
    for row in rows:
        try:
            changed += _savepoint(conn, lambda row=row: _write(conn, table, [row], known))
        except _Refused as error:
            landing.set_aside_row(row, _refusal(error))
    return changed


def _savepoint(conn: Connection, work: Callable[[], list[str]]) -> list[str]:
    """``work`` in a savepoint: undone, and raised as ``_Refused``, when the database
    refuses what it writes (a failing disk or a lost lock is raised as it is)."""
    conn.exec_driver_sql("SAVEPOINT pulled_rows")
    try:
        done = work()
    except DBAPIError as error:
        conn.exec_driver_sql("ROLLBACK TO pulled_rows")
        conn.exec_driver_sql("RELEASE pulled_rows")
        if isinstance(error.orig, sqlite3.OperationalError):
            raise
        raise _Refused(error) from error
    conn.exec_driver_sql("RELEASE pulled_rows")
    return done


def _refusal(error: _Refused) -> str:
    detail = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else "refused"
    return f"this desk's database refuses it ({detail})"


def _local_versions(conn: Connection, page: list[dict]) -> dict[tuple[str, str], tuple]:
    by_table: dict[str, list[str]] = {}
    for row in page:
        by_table.setdefault(row["table_name"], []).append(row["row_id"])
    found = {}
    for table, row_ids in by_table.items():
        for start in range(0, len(row_ids), CHUNK):
            chunk = row_ids[start:start + CHUNK]
            for row_id, hlc, device in conn.exec_driver_sql(
                    "SELECT row_id, hlc, device_id FROM row_versions WHERE table_name = ? "
                    f"AND row_id IN ({', '.join('?' * len(chunk))})", (table, *chunk)):
                found[table, row_id] = (hlc, device)
    return found


def _write(conn: Connection, table: SyncedTable, rows: list[dict],
           known: list[str]) -> list[str]:
    """Delete the tombstoned rows of one table and upsert the live ones, settling their
    clashes over unique values first; returns the ids of the pulled rows settled."""
    where = " AND ".join(f'"{k}" = ?' for k in table.keys)
    gone = [table.split(r["row_id"]) for r in rows if r["deleted"] or r["payload"] is None]
    if gone:
        conn.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE {where}', gone)
    defaults = INSERT_DEFAULTS.get(table.name, {})
    live = [{**defaults, **{k: v for k, v in r["payload"].items()
                            if k in known and k not in table.derived}}
            for r in rows if not (r["deleted"] or r["payload"] is None)]
    unique = UNIQUES.get(table.name)
    changed = settle(conn, unique, live) if unique else []
    by_shape: dict[tuple[str, ...], list[dict]] = {}
    for values in live:
        by_shape.setdefault(tuple(values), []).append(values)
    for names, group in by_shape.items():
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in names
                            if c not in table.keys and c not in defaults)
        quoted = ", ".join(f'"{c}"' for c in names)
        sql = (f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))}) '
               f"ON CONFLICT ({', '.join(table.keys)}) "
               + (f"DO UPDATE SET {updates}" if updates else "DO NOTHING"))
        conn.exec_driver_sql(sql, [tuple(v.values()) for v in group])
    return changed


def apply_entries(conn: Connection, page: list[tuple], device_id: str,
                  landing: Landing) -> tuple[int, set[str]]:
    """Insert the pulled entries (tuples in ``LEDGER_COLUMNS`` order, then the server's
    columns) this desk doesn't hold yet. Returns how many were new and the memberships they
    touch. Only this desk's own entries are looked up first: they are the ones that usually
    come back, and re-deriving their memberships for nothing would cost every push. An entry
    naming a membership (service, client, user, location) this desk doesn't have is set aside
    in ``landing``, not applied."""
    width, device = len(LEDGER_COLUMNS), LEDGER_COLUMNS.index("device_id")
    raw = conn.connection.driver_connection  # this transaction's own sqlite3 connection
    own = [e[0] for e in page if e[device] == device_id]
    have: set[str] = set()
    for start in range(0, len(own), CHUNK):
        chunk = own[start:start + CHUNK]
        have.update(row[0] for row in raw.execute(
            f"SELECT id FROM ledger_entries WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    new = [e[:width] for e in page if e[0] not in have and e[0] not in landing.aside_entries]
    for entry, reason in landing.references.unknown_in_entries(conn, new, landing.named):
        landing.set_aside_entry(entry, reason)
    if landing.aside_entries:
        new = [e for e in new if e[0] not in landing.aside_entries]
    before = raw.total_changes
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    raw.executemany(f"INSERT OR IGNORE INTO ledger_entries ({names}) "
                    f"VALUES ({', '.join('?' * width)})", new)
    added = raw.total_changes - before
    if added < len(new):  # some were here already, or this database refused them
        _set_aside_refused(raw, new, landing)
    return added, {e[1] for e in new if e[0] not in landing.aside_entries}


def _set_aside_refused(raw: sqlite3.Connection, entries: list[tuple], landing: Landing) -> None:
    """``INSERT OR IGNORE`` skips an entry that is here already and one that breaks a
    constraint alike: the ones still missing are the refused ones."""
    ids = [e[0] for e in entries]
    here: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        here.update(row[0] for row in raw.execute(
            f"SELECT id FROM ledger_entries WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    for entry in entries:
        if entry[0] not in here:
            landing.set_aside_entry(
                entry, "this desk's database refuses it (a value missing or out of range)")
