"""What chain sync moves, in the desks' storage form (raw SQLite values: cents, ISO text).

Versioned rows travel whole (minus the cache columns, which each desk re-derives from the
ledger); a row's id is its key columns joined by ``|``. The triggers of store migrations
0004 and 0006 version and queue exactly these tables (a test keeps the two lists equal).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection


@dataclass(frozen=True)
class SyncedTable:
    name: str
    keys: tuple[str, ...] = ("id",)
    derived: tuple[str, ...] = ()  # cache columns: never sent, re-derived after a pull

    def key_expr(self) -> str:
        """SQL for the row id, e.g. ``type_id || '|' || service_id``."""
        return " || '|' || ".join(self.keys)

    def split(self, row_id: str) -> tuple[str, ...]:
        return tuple(row_id.split("|", len(self.keys) - 1))


MEMBERSHIP_CACHE = ("remaining", "activated_on", "expires_on", "frozen_from", "frozen_until",
                    "owner_id", "debited")
CLIENT_SEARCH = ("search_key",)  # derived from the name on each desk (desk.store.client_names)
TYPE_TABLES = ("membership_types", "membership_type_services", "membership_type_visits",
               "membership_type_locations", "membership_type_notices")
SYNCED = {t.name: t for t in (
    SyncedTable("chains"), SyncedTable("locations"), SyncedTable("storages"),
    SyncedTable("service_categories"), SyncedTable("services"),
    SyncedTable("clients", derived=CLIENT_SEARCH),
    SyncedTable("users"), SyncedTable("product_categories"), SyncedTable("products"),
    SyncedTable("membership_types"),
    SyncedTable("membership_type_services", ("type_id", "service_id")),
    SyncedTable("membership_type_visits", ("type_id", "balance_key")),
    SyncedTable("membership_type_locations", ("type_id", "location_id")),
    SyncedTable("membership_type_notices", ("type_id", "kind")),
    SyncedTable("memberships", derived=MEMBERSHIP_CACHE),
    SyncedTable("row_clashes", ("table_name", "row_id")),
    SyncedTable("renewal_cancellations", ("membership_id",)),
    SyncedTable("payments_due"),
)}
# an entry travels with its place in its device's audit chain, so every desk checks them all
LEDGER_COLUMNS = ("id", "membership_id", "seq", "kind", "on", "visits", "deltas", "service_id",
                  "client_id", "ref_id", "date_value", "amount", "reason", "user_id",
                  "location_id", "device_id", "recorded_at", "chain_seq", "prev_hash",
                  "entry_hash")
CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


def columns_of(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


def read_rows(conn: Connection, table: SyncedTable, row_ids: list[str]) -> dict[str, dict]:
    """The current rows by row id, as {column: raw value} without the derived columns."""
    found: dict[str, dict] = {}
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        result = conn.exec_driver_sql(
            f'SELECT {table.key_expr()} AS "_row_id", * FROM "{table.name}" '
            f"WHERE {table.key_expr()} IN ({marks})", tuple(chunk))
        names = list(result.keys())
        for values in result:
            row = dict(zip(names, values, strict=True))
            found[row.pop("_row_id")] = {k: v for k, v in row.items() if k not in table.derived}
    return found


def noun(table: str) -> str:
    """A table's rows as a message names one: ``service_categories`` → "service category"."""
    if table.endswith("_due"):
        return f"{noun(table.removesuffix('_due'))} due"
    words = table.split("_")
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("shes", "sses")):
        last = last[:-2]
    else:
        last = last.removesuffix("s")
    return " ".join([*words[:-1], last])
