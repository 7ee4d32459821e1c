"""What a pull brings in: the rows it applied, and what it set aside.

A pull is applied in one local transaction with foreign keys checked only at its commit,
because rows arrive in any order. So that one row naming something that doesn't exist can't
fail that commit (and every later one), the references of what a pull applies are checked
here first, cheaply, by the few distinct values they name:

- a ledger entry naming a membership (service, client, user, location) this desk doesn't
  hold is set aside before it is inserted;
- once all rows are in, a row naming a row that isn't there, or a row deleted while rows
  here still name it, is set aside, and the pull is tried again from its start without it
  (``Retry``): nothing of the failed try is kept. Rows of the same try may name what the
  set-aside row was, so a try can find more; each finds at least one, so it ends.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from desk.core.errors import quoted
from desk.sync.set_aside import SetAside
from desk.sync.tables import CHUNK, LEDGER_COLUMNS, SYNCED, noun

LEDGER = "ledger_entries"


class Retry(Exception):
    """Something this try applied was set aside after the fact: try the pull again."""


@dataclass(frozen=True)
class ForeignKey:
    table: str
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class Arrival:
    """A row version a pull applied: where it is on the server, and what it names
    (``names`` None: it deleted the row)."""

    seq: int
    hlc: int
    device_id: str
    names: dict | None


class References:
    """The desk's foreign keys (as SQLite declares them), by child and by parent table."""

    def __init__(self, conn: Connection) -> None:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        self.of_child: dict[str, list[ForeignKey]] = defaultdict(list)
        self.of_parent: dict[str, list[ForeignKey]] = defaultdict(list)
        for table in tables:
            for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                key = ForeignKey(table, row[3], row[2], row[4] or "id")
                self.of_child[table].append(key)
                self.of_parent[key.parent].append(key)

    def unknown_in_entries(self, conn: Connection, entries: list[tuple],
                           known: dict[ForeignKey, set]) -> list[tuple]:
        """(entry, reason) for each entry naming a row this desk doesn't hold. ``known``:
        the values known to be here, kept from page to page (a membership's entries come in
        many pages, and rows are not deleted while entries come in)."""
        found = []
        for key in self.of_child[LEDGER]:
            at = LEDGER_COLUMNS.index(key.column)
            seen = known[key]
            named = {e[at] for e in entries} - seen
            named.discard(None)
            if not named:
                continue
            here = existing(conn, key.parent, key.parent_column, named)
            seen |= here
            if missing := named - here:
                found += [(e, _names_nothing(key, e[at])) for e in entries if e[at] in missing]
        return found


@dataclass
class Landing:
    """One pull's arrivals (per try) and set-asides (kept across its tries)."""

    references: References
    aside_rows: dict[int, SetAside] = field(default_factory=dict)  # by server_seq
    aside_entries: dict[str, SetAside] = field(default_factory=dict)  # by entry id
    arrivals: dict[tuple[str, str], Arrival] = field(default_factory=dict)
    named: dict[ForeignKey, set] = field(  # values known to be here, per try
        default_factory=lambda: defaultdict(set))

    def next_try(self) -> None:
        self.arrivals, self.named = {}, defaultdict(set)

    def rows_are_in(self) -> None:
        """After the rows of this try, all checked: what arrived is known to be here (on a
        new desk, every membership and client its entries name)."""
        for (table, row_id), arrival in self.arrivals.items():
            if arrival.names is not None:
                for key in self.references.of_parent[table]:
                    if key.table == LEDGER and SYNCED[table].keys == (key.parent_column,):
                        self.named[key].add(row_id)

    def applied(self, row: dict) -> None:
        """Note a pulled row version written here (the last one noted for a row wins)."""
        deleted = row["deleted"] or row["payload"] is None
        names = None if deleted else {key.column: row["payload"].get(key.column)
                                      for key in self.references.of_child[row["table_name"]]}
        self.arrivals[row["table_name"], row["row_id"]] = Arrival(
            row["server_seq"], row["hlc"], row["device_id"], names)

    def set_aside_row(self, row: dict, reason: str) -> None:
        self.aside_rows[row["server_seq"]] = SetAside(
            row["table_name"], row["row_id"], row["device_id"], row["hlc"], reason,
            row.get("payload"))

    def set_aside_entry(self, entry: tuple, reason: str) -> None:
        self.aside_entries[entry[0]] = SetAside(
            LEDGER, entry[0], entry[LEDGER_COLUMNS.index("device_id")], 0, reason,
            dict(zip(LEDGER_COLUMNS, entry, strict=False)))

    def set_aside_arrival(self, table: str, row_id: str, reason: str) -> None:
        arrival = self.arrivals[table, row_id]
        self.aside_rows[arrival.seq] = SetAside(table, row_id, arrival.device_id, arrival.hlc,
                                                reason)

    def check_references(self, conn: Connection) -> None:
        """Set aside the rows of this try that name a row that isn't here, and the deletions
        of rows still named here; ``Retry`` if there were any."""
        found = self._naming_nothing(conn) + self._deleted_but_named(conn)
        for table, row_id, reason in found:
            self.set_aside_arrival(table, row_id, reason)
        if found:
            raise Retry
        self.rows_are_in()

    def _naming_nothing(self, conn: Connection) -> list[tuple[str, str, str]]:
        named: dict[ForeignKey, set] = defaultdict(set)
        for (table, _), arrival in self.arrivals.items():
            for key in self.references.of_child[table] if arrival.names else ():
                if arrival.names[key.column] is not None:
                    named[key].add(arrival.names[key.column])
        missing = {key: values - existing(conn, key.parent, key.parent_column, values)
                   for key, values in named.items()}
        return [(table, row_id, _names_nothing(key, arrival.names[key.column]))
                for (table, row_id), arrival in self.arrivals.items() if arrival.names
                for key in self.references.of_child[table]
                if arrival.names[key.column] in missing.get(key, ())]

    def _deleted_but_named(self, conn: Connection) -> list[tuple[str, str, str]]:
        gone: dict[str, list[str]] = defaultdict(list)
        for (table, row_id), arrival in self.arrivals.items():
            if arrival.names is None and SYNCED[table].keys == ("id",):
                gone[table].append(row_id)
        found = []
        for table, row_ids in gone.items():
            for key in self.references.of_parent[table]:
                named = existing(conn, key.table, key.column, set(row_ids))
                because = (f"it deletes a {noun(table)} that this desk's "
                           f"{key.table.replace('_', ' ')} still name")
                found += [(table, row_id, because) for row_id in row_ids if row_id in named]
        return found


def existing(conn: Connection, table: str, column: str, values: Iterable) -> set:
    """Which of ``values`` the ``column`` of ``table`` holds."""
    values = list(values)
    raw = conn.connection.driver_connection  # the transaction's own sqlite3 connection
    found: set = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start:start + CHUNK]
        found.update(row[0] for row in raw.execute(
            f'SELECT DISTINCT "{column}" FROM "{table}" '
            f'WHERE "{column}" IN ({", ".join("?" * len(chunk))})', chunk))
    return found


def _names_nothing(key: ForeignKey, value: object) -> str:
    return (f"its {key.column} names a {noun(key.parent)} this desk doesn't have "
            f"({quoted(value)})")
