"""Sync conflicts, derived from the data (never stored loosely, so never stale):

- **overdraft**: a balance below zero, which only a merge of two desks' offline entries can
  make (each desk refused to go below zero on its own). One flag per overdrawn membership,
  gone once a manager's resolution entry brings it back to zero.
- **duplicate code**: two memberships sold with the same typed code on two offline desks.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection


@dataclass(frozen=True)
class Conflict:
    kind: str  # "overdraft" or "duplicate_code"
    membership_ids: tuple[str, ...]
    code: str | None
    detail: str


def find_conflicts(conn: Connection) -> list[Conflict]:
    """Every open conflict: overdrafts first, then duplicate codes."""
    return overdrafts(conn) + duplicate_codes(conn)


def overdrafts(conn: Connection) -> list[Conflict]:
    found = conn.exec_driver_sql(
        "SELECT m.id, m.code, t.name, min(coalesce(b.remaining, m.remaining)) AS lowest "
        "FROM memberships m JOIN membership_types t ON t.id = m.type_id "
        "LEFT JOIN membership_balances b ON b.membership_id = m.id "
        "WHERE m.remaining < 0 OR b.remaining < 0 GROUP BY m.id ORDER BY m.sold_on, m.id").all()
    return [Conflict("overdraft", (mid,), code,
                     f"{code or name + ' (no code)'}: balance {lowest}, overdrawn by two desks")
            for mid, code, name, lowest in found]


def duplicate_codes(conn: Connection) -> list[Conflict]:
    found = conn.exec_driver_sql(
        "SELECT min(code), group_concat(id, ' ') FROM "
        "(SELECT code, code_key, id FROM memberships WHERE code_key IS NOT NULL ORDER BY id) "
        "GROUP BY code_key HAVING count(*) > 1 ORDER BY code_key").all()
    return [Conflict("duplicate_code", tuple(ids.split(" ")), code,
                     f"code {code} was sold {len(ids.split(' '))} times on different desks")
            for code, ids in found]
