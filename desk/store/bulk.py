"""Bulk inserts for the bulk paths (import, benchmarks): one statement, executemany.

SQLAlchemy compiles the INSERT once and supplies each column type's bind processor
(money to cents, dates to text, ...); the rows then go to the driver's ``executemany``
in batches, inside the unit of work's transaction. This skips SQLAlchemy's per-row
parameter bookkeeping, which costs more than SQLite's own work on 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.orm import Session

BATCH = 10_000


def bulk_insert(session: Session, model, rows: list[dict]) -> int:
    """Insert ``rows`` (dicts with the same keys, Python values) into ``model``'s table."""
    if not rows:
        return 0
    connection = session.connection()
    dialect = connection.dialect
    table = model.__table__
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = compiled.positiontup
    converters = [(i, convert) for i, convert in enumerate(
        stored_converters(dialect, table, order)) if convert is not None]
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        for start in range(0, len(rows), BATCH):
            batch = []
            for row in rows[start:start + BATCH]:
                values = [row[k] for k in order]
                for i, convert in converters:
                    if values[i] is not None:
                        values[i] = convert(values[i])
                batch.append(values)
            cursor.executemany(str(compiled), batch)
    finally:
        cursor.close()
    return len(rows)


def stored_converters(dialect: Dialect, table: Table, names: Sequence[str]
                      ) -> list[Callable | None]:
    """Each named column's conversion of a Python value (not None) to what SQLite stores
    (None: stored as it is), remembering what it converted."""
    converters: list[Callable | None] = []
    for name in names:
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        converters.append(process and remembering(process))
    return converters


def remembering(process):
    """Bulk rows repeat dates, moments, amounts and deltas: convert each distinct one once."""
    seen: dict = {}

    def convert(value):
        try:
            key = frozenset(value.items()) if isinstance(value, dict) else value  # deltas
            return seen[key]
        except KeyError:
            seen[key] = converted = process(value)
            return converted
        except TypeError:  # unhashable otherwise: convert every time
            return process(value)

    return convert
