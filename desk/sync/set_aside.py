"""Rows set aside: what a desk could not apply from the server, or may not send to it.

One bad row must never stop a chain's sync: a pulled row or ledger entry this desk can't
apply (it names a membership that doesn't exist, its payload is not a JSON object, it
breaks a constraint here) is kept in ``sync_set_aside`` with the reason, not applied, and
the pull goes on past it. A change made here that the server would refuse (a user or the
chain's settings edited on a desk that is not an admin desk) is kept there too, and not
sent. Both are listed in Sync conflicts (``desk.sync.conflicts``) until a manager marks them
reviewed. The table is the desk's own (store migration 0010): never synced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection

from desk.core.dates import utc_now

IN, OUT = "in", "out"  # pulled and not applied; written here and not sent
KEPT_AT_MOST = 10_000  # characters of a pulled row kept for a manager or support to read


@dataclass(frozen=True)
class SetAside:
    """One row version (or ledger entry: ``table`` "ledger_entries", ``hlc`` 0) and why."""

    table: str
    row_id: str
    device_id: str
    hlc: int
    reason: str
    data: object = None


def keep(conn: Connection, direction: str, items: list[SetAside]) -> None:
    """Record ``items``; one already recorded stays as it was (and as reviewed, if it was)."""
    if not items:
        return
    if direction == OUT:  # only a row's latest unsent change matters
        conn.exec_driver_sql(
            "DELETE FROM sync_set_aside WHERE direction = 'out' AND table_name = ? "
            "AND row_id = ?", [(i.table, i.row_id) for i in items])
    now = utc_now().isoformat()
    conn.exec_driver_sql(
        "INSERT INTO sync_set_aside (direction, table_name, row_id, hlc, device_id, reason, "
        "data, set_aside_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(direction, str(i.table)[:40], str(i.row_id), int(i.hlc), str(i.device_id)[:36],
          i.reason, _kept(i.data), now) for i in items])


def _kept(data: object) -> str | None:
    if data is None:
        return None
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text if len(text) <= KEPT_AT_MOST else text[:KEPT_AT_MOST] + "…"


def review(conn: Connection, item_id: int, user_id: str | None) -> bool:
    """A manager has seen it: it leaves the conflicts. False if there is no such item."""
    return bool(conn.exec_driver_sql(
        "UPDATE sync_set_aside SET reviewed_by = coalesce(reviewed_by, ?), "
        "reviewed_at = coalesce(reviewed_at, ?) WHERE id = ?",
        (user_id, utc_now().isoformat(), item_id)).rowcount)
