"""Sync conflicts, derived from the data (never stored loosely, so never stale):

- **overdraft**: a balance below zero, which only a merge of desks' offline entries can
  make (each desk refused to go below zero on its own). One flag per overdrawn membership,
  gone once a manager's resolution entry brings it back to zero.
- **duplicate code**: two memberships sold with the same typed code on two offline desks.
- **duplicate client** / **duplicate name**: rows of two desks that claimed one phone or
  name, settled by ``desk.sync.clashes`` (merged or renamed), until a manager reviews them.
- **set aside**: a pulled row or entry this desk could not apply, or a change made here
  that the server would not take (``desk.sync.set_aside``), until a manager reviews it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from desk.core.errors import quoted
from desk.core.ledger import EntryKind
from desk.core.phones import display_phone
from desk.sync.tables import noun

REDEMPTIONS = (EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value)
CLASH_WHAT = {"locations": ("location", "name"), "services": ("service", "name"),
              "membership_types": ("membership type", "name"), "users": ("user", "username"),
              "product_categories": ("product category", "name")}


@dataclass(frozen=True)
class Conflict:
    kind: str  # "overdraft", "duplicate_code", "duplicate_client", "duplicate_name", "set_aside"
    membership_ids: tuple[str, ...]
    code: str | None
    detail: str
    # what a manager marks reviewed: a settled clash ("<table>|<row id>" of the row that
    # lost) or a set-aside row ("set_aside|<its number>")
    clash: str | None = None


def find_conflicts(conn: Connection) -> list[Conflict]:
    """Every open conflict: overdrafts first, then duplicate codes, settled clashes, and
    rows set aside."""
    return overdrafts(conn) + duplicate_codes(conn) + clashes(conn) + set_aside(conn)


def overdrafts(conn: Connection) -> list[Conflict]:
    # the desks that redeemed it: the overdraft is theirs together, however many they are
    desks = (f"SELECT count(DISTINCT e.device_id) FROM ledger_entries e "
             f"WHERE e.membership_id = m.id AND e.kind IN {REDEMPTIONS} AND e.id NOT IN "
             "(SELECT u.ref_id FROM ledger_entries u WHERE u.membership_id = m.id "
             f"AND u.kind = '{EntryKind.PAYMENT_UNDO.value}' AND u.ref_id IS NOT NULL)")
    found = conn.exec_driver_sql(
        f"SELECT m.id, m.code, t.name, min(coalesce(b.remaining, m.remaining)), "
        f"sum(min(coalesce(b.remaining, m.remaining), 0)), ({desks}) "
        "FROM memberships m JOIN membership_types t ON t.id = m.type_id "
        "LEFT JOIN membership_balances b ON b.membership_id = m.id "
        # the few overdrawn ones first, by a look at each table, not a join of all of them
        "WHERE m.id IN (SELECT id FROM memberships WHERE remaining < 0 UNION "
        "SELECT membership_id FROM membership_balances WHERE remaining < 0) "
        "GROUP BY m.id ORDER BY m.sold_on, m.id").all()
    return [Conflict("overdraft", (mid,), code, _overdraft_text(
        code or f"{name} (no code)", lowest, -short, desks))
        for mid, code, name, lowest, short, desks in found]


def _overdraft_text(name: str, lowest: int, visits: int, desks: int) -> str:
    where = f"on {desks} desks" if desks > 1 else "on one desk"
    return (f"{name}: balance {lowest}, {visits} visit{'s' * (visits != 1)} more than it held, "
            f"redeemed {where} before they synced")


def duplicate_codes(conn: Connection) -> list[Conflict]:
    # the keys sold twice by the code index alone (it covers the count), then their rows: a
    # grouping of the memberships themselves would sort them all, every status line's read
    found = conn.exec_driver_sql(
        "SELECT code_key, code, id FROM memberships WHERE code_key IN (SELECT code_key "
        "FROM memberships WHERE code_key IS NOT NULL GROUP BY code_key HAVING count(*) > 1) "
        "ORDER BY code_key, id").all()
    sold: dict[str, list[tuple[str, str]]] = {}
    for key, code, membership_id in found:
        sold.setdefault(key, []).append((code, membership_id))
    return [_duplicate_code(rows) for rows in sold.values()]


def _duplicate_code(rows: list[tuple[str, str]]) -> Conflict:
    """One code sold several times: its (code as typed, membership id) rows, by id."""
    code = min(typed for typed, _ in rows)
    return Conflict("duplicate_code", tuple(mid for _, mid in rows), code,
                    f"code {code} was sold {len(rows)} times on different desks")


def clashes(conn: Connection) -> list[Conflict]:
    """The settled clashes no manager has reviewed yet, described with the rows as they are."""
    found = conn.exec_driver_sql(
        "SELECT table_name, row_id, winner_id, value FROM row_clashes "
        "WHERE reviewed_at IS NULL ORDER BY table_name, value, row_id").all()
    return [_clash(conn, *row) for row in found]


def _clash(conn: Connection, table: str, loser: str, winner: str, value: str) -> Conflict:
    key = f"{table}|{loser}"
    if table == "clients":
        names = dict(conn.exec_driver_sql(
            "SELECT id, name FROM clients WHERE id IN (?, ?)", (loser, winner)).all())
        kept = names.get(winner, "another client")
        return Conflict("duplicate_client", (), None,
                        f"{names.get(loser, 'A client')} and {kept} were both added with the "
                        f"phone {display_phone(value)} on different desks: merged into {kept}, who "
                        "now has the memberships of both", key)
    what, column = CLASH_WHAT.get(table, (table, "name"))
    names = dict(conn.exec_driver_sql(
        f'SELECT id, "{column}" FROM "{table}" WHERE id IN (?, ?)', (loser, winner)).all())
    return Conflict("duplicate_name", (), None,
                    f"two {what}s named {names.get(winner, value)!r} were added on different "
                    f"desks; the later one is now {names.get(loser, '?')!r} — rename it, or "
                    "keep it and mark this reviewed", key)


SET_ASIDE = "set_aside"


def set_aside(conn: Connection) -> list[Conflict]:
    """Rows set aside that no manager has reviewed yet, oldest first."""
    found = conn.exec_driver_sql(
        "SELECT id, direction, table_name, row_id, device_id, reason, "
        "CASE WHEN table_name = 'ledger_entries' AND json_valid(data) "
        "THEN json_extract(data, '$.membership_id') END "
        "FROM sync_set_aside WHERE reviewed_at IS NULL ORDER BY id").all()
    return [Conflict(SET_ASIDE, (membership,) if isinstance(membership, str) else (), None,
                     _set_aside_text(direction, table, row_id, device, reason),
                     f"{SET_ASIDE}|{item}")
            for item, direction, table, row_id, device, reason, membership in found]


def _set_aside_text(direction: str, table: str, row_id: str, device: str, reason: str) -> str:
    what = noun(table)
    if direction == "out":
        return f"a change to the {what} {quoted(row_id)} made here was not sent: {reason}"
    return (f"a {what} from the chain server ({quoted(row_id)}, written by device "
            f"{quoted(device[:8])}) was set aside, not applied: {reason}")
