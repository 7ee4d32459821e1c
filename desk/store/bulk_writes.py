"""What a bulk write does once for all its rows instead of once per row: the chain-sync
versions of the rows it adds, and the upkeep of the tables' plain indexes.

Migration 0004's triggers stamp each row written to a synced table with a new clock value
and queue it for the next push: three statements per row, over half of an import's
writing time. A bulk write holds them off (the flag a pull sets, ``sync_clock.applying``,
only inside the write transaction) and then versions and queues every row it added with
one statement each, as the triggers would have: in the order the rows were written, each
with the next clock value, the desk's device id, queued once.

Keeping eight indexes up to date row by row costs more than building them once from the
finished table, so a large write drops its tables' non-unique indexes and builds them
again before it returns — inside the same transaction, so a commit that never ends (a
killed process) leaves the indexes exactly as they were, with the rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

# the versioning triggers' clock: microseconds since 1970 (migration 0004)
NOW_MICROS = "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)"
DEVICE_ID = "coalesce((SELECT value FROM settings WHERE key = 'device_id'), '')"


@contextmanager
def versioned_in_bulk(raw: sqlite3.Connection, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` (a synced table keyed by ``id``) inside the block are
    versioned and queued afterwards, set-based, instead of by its per-row triggers."""
    if raw.execute("SELECT applying FROM sync_clock WHERE id = 1").fetchone()[0]:
        yield  # inside a pull: the triggers are off already, and its rows are not ours
        return
    before = raw.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    raw.execute("UPDATE sync_clock SET applying = 1 WHERE id = 1")
    try:
        yield
    finally:  # even after a failure: what was written is versioned, as the triggers would
        raw.execute("UPDATE sync_clock SET applying = 0 WHERE id = 1")
        _version_rows_after(raw, table, before)


def _version_rows_after(raw: sqlite3.Connection, table: str, before: int) -> None:
    """Version and queue the rows of ``table`` past rowid ``before``, in rowid order (the
    order they were inserted): the first takes the clock's next value as a trigger would,
    each later one the value after."""
    added = raw.execute(f'SELECT count(*) FROM "{table}" WHERE rowid > ?', (before,)
                        ).fetchone()[0]
    if not added:
        return
    raw.execute(f"UPDATE sync_clock SET hlc = max(hlc + 1, {NOW_MICROS}) WHERE id = 1")
    raw.execute(
        "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
        f"SELECT ?, id, (SELECT hlc FROM sync_clock WHERE id = 1) - 1 + row_number() OVER "
        f'(ORDER BY rowid), {DEVICE_ID}, 0 FROM "{table}" WHERE rowid > ? ORDER BY rowid '
        "ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id, deleted = excluded.deleted", (table, before))
    raw.execute(f'INSERT INTO sync_outbox (table_name, row_id) SELECT ?, id FROM "{table}" '
                "WHERE rowid > ? ORDER BY rowid", (table, before))
    raw.execute("UPDATE sync_clock SET hlc = hlc + ? WHERE id = 1", (added - 1,))


@contextmanager
def indexes_rebuilt(raw: sqlite3.Connection, tables: Sequence[str], *, large: bool
                    ) -> Iterator[None]:
    """For a ``large`` write, drop the non-unique indexes of ``tables`` for the block and
    build them again after it, in the caller's transaction; otherwise nothing. Unique
    indexes and keys stay: they are what refuses a duplicate while rows go in."""
    if not large:
        yield
        return
    marks = ", ".join("?" * len(tables))
    plain = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
        tuple(tables)).fetchall()
    for name, _ in plain:
        raw.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:  # the schema is whole whatever happened in the block
        for _, sql in plain:
            raw.execute(sql)
