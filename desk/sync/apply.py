"""Applying pulled rows and entries to the desk's SQLite, and refreshing what they change.

Rows merge last-writer-wins: a pulled row replaces the local one only when its version
(hybrid logical clock, then device id) is greater; the local version then becomes the
pulled one. Rows that would share a unique value (a phone, a name) are settled on the way
in (``desk.sync.clashes``). Ledger entries merge by union: an entry already here is left
alone.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from desk.core.errors import DeskError
from desk.sync.clashes import UNIQUES, restamp, settle
from desk.sync.tables import CHUNK, LEDGER_COLUMNS, SYNCED, SyncedTable, columns_of

INSERT_DEFAULTS = {"memberships": {"remaining": 0}}  # cache columns, re-derived after the pull


def apply_rows(conn: Connection, page: list[dict]) -> list[dict]:
    """Apply the pulled rows that win over the local versions; returns those applied."""
    local = _local_versions(conn, page)
    applied = [row for row in page if row["table_name"] in SYNCED and (
        (key := (row["table_name"], row["row_id"])) not in local
        or (row["hlc"], row["device_id"]) > local[key])]  # else: an older (or our) version
    if not applied:
        return applied
    # the hybrid logical clock never falls behind a version it has seen; moved first, so
    # that a settlement written below is newer than the rows it settles
    conn.exec_driver_sql("UPDATE sync_clock SET hlc = max(hlc, ?) WHERE id = 1",
                         (max(r["hlc"] for r in applied),))
    by_table: dict[str, list[dict]] = {}
    for row in applied:  # a table this desk doesn't know (a newer desk's) is left out above
        by_table.setdefault(row["table_name"], []).append(row)
    settled = {name: _write(conn, SYNCED[name], rows, columns_of(conn, name))
               for name, rows in by_table.items()}
    conn.exec_driver_sql(
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "hlc = excluded.hlc, device_id = excluded.device_id, deleted = excluded.deleted",
        [(r["table_name"], r["row_id"], r["hlc"], r["device_id"], r["deleted"])
         for r in applied])
    for name, row_ids in settled.items():
        if row_ids:  # pulled rows settled here: pushed back as this desk's versions
            restamp(conn, name, row_ids)
    return applied


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
        try:
            conn.exec_driver_sql(sql, [tuple(v.values()) for v in group])
        except IntegrityError as error:
            raise _clash(table, group, error) from error
    return changed


def _clash(table: SyncedTable, group: list[dict], error: IntegrityError) -> DeskError:
    detail = str(error.orig)  # e.g. "UNIQUE constraint failed: clients.phone"
    column = detail.rsplit(".", 1)[-1] if "UNIQUE" in detail else None
    values = sorted({str(v.get(column)) for v in group if column and v.get(column)})[:3]
    what = table.name.removesuffix("s").replace("_", " ")
    return DeskError(
        "sync_row_clash",
        f"A {what} from another desk clashes with one here ({detail}"
        + (f"; {column} {', '.join(values)}" if values else "") + ").",
        value=", ".join(values) or None,
        hint="Two desks created the same thing while offline; a manager should keep one of "
             "them on one desk (rename or change it), then sync again.")


def apply_entries(conn: Connection, page: list[tuple], device_id: str) -> tuple[int, set[str]]:
    """Insert the pulled entries (tuples in ``LEDGER_COLUMNS`` order, then the server's
    columns) this desk doesn't hold yet. Returns how many were new and the memberships they
    touch. Only this desk's own entries are looked up first: they are the ones that usually
    come back, and re-deriving their memberships for nothing would cost every push."""
    width, device = len(LEDGER_COLUMNS), LEDGER_COLUMNS.index("device_id")
    raw = conn.connection.driver_connection  # this transaction's own sqlite3 connection
    own = [e[0] for e in page if e[device] == device_id]
    have: set[str] = set()
    for start in range(0, len(own), CHUNK):
        chunk = own[start:start + CHUNK]
        have.update(row[0] for row in raw.execute(
            f"SELECT id FROM ledger_entries WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    before = raw.total_changes
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    raw.executemany(f"INSERT OR IGNORE INTO ledger_entries ({names}) "
                    f"VALUES ({', '.join('?' * width)})",
                    [e[:width] for e in page if e[0] not in have])
    return raw.total_changes - before, {e[1] for e in page if e[0] not in have}
