"""Rows of two desks that claim one unique value, settled the same way on every desk.

A client's phone is unique in the chain (SPEC §1), and so are the names of locations,
services, active membership types, users and product categories. Two offline desks can
each add "the same" one, and both rows then reach every desk. They are settled by a rule
that depends on the rows alone, never on which desk syncs first, so every desk — and a new
desk reading the server — ends with the same rows, even before the settlements travel:

- the row with the smallest id keeps the value (ids are UUIDv7: the one added first);
- a client that loses is **merged** into the winner, because one phone is one person: its
  memberships move to the winner (a synced change), and so do this desk's visits, bookings
  and payments due. The row itself stays, since ledger entries (append-only) name it, with
  its phone set aside as ``merged-<id>`` and a note saying why;
- any other row that loses is **renamed** ``<name> (<last 4 characters of its id>)``: a
  location or a user can't be merged blindly, so a manager decides what it really is.

A settlement is written like a change made on this desk (versioned, queued, pushed), so the
server converges too, and is recorded in ``row_clashes`` for a manager to review in the
Conflicts view. The record is written at the lowest version (hlc 0), so that a manager's
review — a real write, with a real version — wins over the same record made later by a desk
that had not seen the review yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from desk.core.names import name_key
from desk.sync.tables import CHUNK

MERGED_PHONE = "merged-"  # not digits: never found by a phone search, never a valid phone
LOCAL_CLIENT_REFS = ("visits", "bookings", "payments_due")  # this desk's own, never synced


@dataclass(frozen=True)
class Unique:
    """A column that no two live rows of ``table`` may share."""

    table: str
    column: str
    label: str | None = None  # the display name the column is derived from, if any
    key: Callable[[str], str] = str  # how the column is derived from a (new) name
    active_unless: str | None = None  # a flag that takes a row out of the competition
    enforced: bool = True  # a UNIQUE constraint in SQLite (else only the services check)

    def competes(self, row: dict) -> bool:
        return row.get(self.column) is not None and not (
            self.active_unless and row.get(self.active_unless))


UNIQUES = {u.table: u for u in (
    Unique("clients", "phone"),
    Unique("locations", "name_key", "name", name_key),
    Unique("services", "name_key", "name", name_key),
    Unique("membership_types", "name_key", "name", name_key, active_unless="archived",
           enforced=False),
    Unique("users", "username", key=str.lower),
    Unique("product_categories", "name"),
)}


def settle(conn: Connection, u: Unique, live: list[dict]) -> list[str]:
    """Settle the clashes that the pulled rows ``live`` of ``u.table`` (payloads about to be
    written; a losing one is changed in place) make with each other or with this desk's rows.

    Returns the ids of the pulled rows changed: the caller stamps them as this desk's writes
    once their pulled versions are recorded, so that the settlement is pushed."""
    in_page = {row["id"] for row in live}
    claims: dict[str, list[dict]] = {}
    for row in live:
        if u.competes(row):
            claims.setdefault(row[u.column], []).append(row)
    for row in _local_rows(conn, u, u.column, list(claims)):
        if row["id"] not in in_page and u.competes(row):
            claims[row[u.column]].append(row)
    changed = []
    for value, rows in claims.items():
        if len(rows) < 2:
            continue
        winner, *losers = sorted(rows, key=lambda row: row["id"])
        for loser in losers:
            updates = settled(u, loser)
            if loser["id"] in in_page:
                loser.update(updates)
                changed.append(loser["id"])
            else:
                with local_writes(conn):
                    _update(conn, u.table, loser["id"], updates)
            _record(conn, u, loser["id"], winner["id"], value)
    if u.enforced:
        _park(conn, u, live)
    return changed


def settled(u: Unique, loser: dict) -> dict:
    """The columns a losing row gets: a pure function of the row, so every desk agrees."""
    if u.table == "clients":
        note = (f"Merged into the client with the phone {loser['phone']}: both were added "
                "on different desks.")
        return {"phone": MERGED_PHONE + loser["id"],
                "notes": "\n".join(part for part in (note, loser.get("notes")) if part)}
    renamed = f"{loser[u.label or u.column]} ({loser['id'][-4:].upper()})"
    return {u.column: u.key(renamed)} | ({u.label: renamed} if u.label else {})


def _local_rows(conn: Connection, u: Unique, column: str, wanted: list) -> Iterator[dict]:
    """This desk's rows of ``u.table`` whose ``column`` is one of ``wanted``, as dicts."""
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        result = conn.exec_driver_sql(
            f'SELECT * FROM "{u.table}" WHERE "{column}" IN ({", ".join("?" * len(chunk))})',
            tuple(chunk))
        names = list(result.keys())
        for values in result:
            yield dict(zip(names, values, strict=True))


def _park(conn: Connection, u: Unique, live: list[dict]) -> None:
    """Rows of the page that move off a value free it before the page is written: SQLite
    checks UNIQUE row by row, so a row taking a value another is leaving in the same page
    (a swap, a rename and a new row with the old name) would otherwise fail."""
    final = {row["id"]: row.get(u.column) for row in live}
    moving = [(f"\x00{row['id']}", row["id"])
              for row in _local_rows(conn, u, "id", list(final))
              if row[u.column] != final[row["id"]]]
    if moving:
        conn.exec_driver_sql(f'UPDATE "{u.table}" SET "{u.column}" = ? WHERE id = ?', moving)


def _update(conn: Connection, table: str, row_id: str, updates: dict) -> None:
    assignments = ", ".join(f'"{column}" = ?' for column in updates)
    conn.exec_driver_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                         (*updates.values(), row_id))


def _record(conn: Connection, u: Unique, loser_id: str, winner_id: str, value: str) -> None:
    resolution = "merged" if u.table == "clients" else "renamed"
    inserted = conn.exec_driver_sql(
        "INSERT INTO row_clashes (table_name, row_id, winner_id, field, value, resolution) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (u.table, loser_id, winner_id, u.column, value, resolution)).rowcount
    if inserted:  # at the lowest version, and queued for the server (see the module's doc)
        row_id = f"{u.table}|{loser_id}"
        conn.exec_driver_sql(
            "INSERT INTO row_versions (table_name, row_id, hlc, device_id, deleted) "
            "VALUES ('row_clashes', ?, 0, '', 0) ON CONFLICT DO NOTHING", (row_id,))
        conn.exec_driver_sql("INSERT INTO sync_outbox (table_name, row_id) "
                             "VALUES ('row_clashes', ?)", (row_id,))


@contextmanager
def local_writes(conn: Connection) -> Iterator[None]:
    """Inside a pull (where the versioning triggers are off), write as this desk: the rows
    written get this desk's versions and wait in the outbox for the next push."""
    conn.exec_driver_sql("UPDATE sync_clock SET applying = 0 WHERE id = 1")
    try:
        yield
    finally:
        conn.exec_driver_sql("UPDATE sync_clock SET applying = 1 WHERE id = 1")


def restamp(conn: Connection, table: str, row_ids: list[str]) -> None:
    """Version and queue rows as this desk's writes (their content stays as it is)."""
    column = UNIQUES[table].column
    with local_writes(conn):
        for start in range(0, len(row_ids), CHUNK):
            chunk = row_ids[start:start + CHUNK]
            conn.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = "{column}" '
                                 f"WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))


def repoint_merged(conn: Connection) -> list[str]:
    """Move what still points at a merged client to the client it was merged into: its
    memberships (including a gift first used by it) as synced changes, and this desk's
    visits, bookings and payments due. Returns the memberships moved (to re-derive)."""
    roots = merged_clients(conn)
    losers = list(roots)
    moved: list[tuple[str, str]] = []
    for start in range(0, len(losers), CHUNK):
        chunk = losers[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        moved += [(roots[client], membership) for membership, client in conn.exec_driver_sql(
            "SELECT id, coalesce(client_id, owner_id) FROM memberships "
            f"WHERE client_id IN ({marks}) OR (client_id IS NULL AND owner_id IN ({marks}))",
            (*chunk, *chunk))]
    if moved:
        with local_writes(conn):
            conn.exec_driver_sql("UPDATE memberships SET client_id = ? WHERE id = ?", moved)
    if roots:
        for table in LOCAL_CLIENT_REFS:
            conn.exec_driver_sql(f"UPDATE {table} SET client_id = ? WHERE client_id = ?",
                                 [(root, loser) for loser, root in roots.items()])
    return [membership for _, membership in moved]


def merged_clients(conn: Connection) -> dict[str, str]:
    """Each merged client → the client that holds its phone now (following merges of
    merges: a client that won once may lose later to one added even earlier)."""
    winner_of = dict(conn.exec_driver_sql(
        "SELECT row_id, winner_id FROM row_clashes "
        "WHERE table_name = 'clients' AND resolution = 'merged'").all())
    roots = {}
    for loser in winner_of:
        root, seen = winner_of[loser], {loser}
        while root in winner_of and root not in seen:  # winners have smaller ids: no cycle
            seen.add(root)
            root = winner_of[root]
        roots[loser] = root
    return roots
