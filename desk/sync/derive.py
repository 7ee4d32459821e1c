"""Re-deriving the cached membership columns after a pull, in bulk.

A pull may bring a whole chain (100,000 entries and more), so the ledgers are read here as
raw rows straight into core objects — the same ordering and conversions as the membership
repository, without the ORM's per-row bookkeeping — and the caches are written back with
one executemany per chunk. Decoded ``deltas`` are shared between entries (there are only a
handful of distinct ones), as the fold only reads them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection

from desk.core.errors import DeskError, NotFound
from desk.core.ledger import EntryKind, LedgerEntry, Stamp
from desk.core.memberships import Membership, Sale
from desk.core.money import from_cents, to_cents
from desk.store.repos.memberships import balance_rows, cache_values
from desk.store.uow import UnitOfWork
from desk.sync.tables import CHUNK

_KINDS = {kind.value: kind for kind in EntryKind}
_SALES = ("SELECT id, type_id, code, client_id, location_id, sold_on, price, imported "
          "FROM memberships WHERE id IN ({marks})")
_ENTRY_COLUMNS = ("id", "membership_id", "kind", "on", "deltas", "service_id", "client_id",
                  "ref_id", "date_value", "amount", "reason", "user_id", "location_id",
                  "device_id", "recorded_at")
_ENTRIES = ("SELECT " + ", ".join(f'"{c}"' for c in _ENTRY_COLUMNS)
            + " FROM ledger_entries WHERE membership_id IN ({marks}) "
            "ORDER BY membership_id, seq, recorded_at, id")


def rederive(uow: UnitOfWork, membership_ids: list[str]) -> None:
    """Refresh the cached columns (and split balances) of these memberships from their
    ledgers."""
    conn = uow.session.connection()
    deltas: dict[str, dict] = {}
    for start in range(0, len(membership_ids), CHUNK):
        chunk = membership_ids[start:start + CHUNK]
        memberships = _load(uow, conn, chunk, deltas)
        updates = [cache_values(m) | {"id": m.id} for m in memberships]
        if updates:
            columns = [c for c in updates[0] if c != "id"]
            conn.exec_driver_sql(
                f"UPDATE memberships SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [tuple(_raw(u[c]) for c in [*columns, "id"]) for u in updates])
        conn.exec_driver_sql("DELETE FROM membership_balances WHERE membership_id IN "
                             f"({', '.join('?' * len(chunk))})", tuple(chunk))
        balances = [r for m in memberships for r in balance_rows(m)]
        if balances:
            conn.exec_driver_sql(
                "INSERT INTO membership_balances (membership_id, balance_key, remaining) "
                "VALUES (?, ?, ?)",
                [(b["membership_id"], b["balance_key"], b["remaining"]) for b in balances])


def _load(uow: UnitOfWork, conn: Connection, ids: list[str],
          deltas: dict[str, dict]) -> list[Membership]:
    marks = ", ".join("?" * len(ids))
    raw = conn.connection.driver_connection  # this transaction's own sqlite3 connection
    sales = raw.execute(_SALES.format(marks=marks), ids).fetchall()
    missing = sorted(set(ids) - {row[0] for row in sales})
    try:
        if missing:  # entries whose sale is still on its way: the next round brings it
            raise NotFound("membership_unknown", "A membership is missing.", value=missing[0])
        types = uow.types.get_many(row[1] for row in sales)
    except NotFound as error:  # likewise a type still on its way
        raise DeskError("sync_incomplete", "Part of the chain's data is still on its way; "
                        "nothing was applied.", value=error.value,
                        hint="Sync again in a moment.") from error
    entries: dict[str, list[LedgerEntry]] = {row[0]: [] for row in sales}
    for row in raw.execute(_ENTRIES.format(marks=marks), ids).fetchall():
        entries[row[1]].append(_entry(row, deltas))
    return [Membership(Sale(mid, type_id, code, client, location, date.fromisoformat(sold_on),
                            from_cents(price), bool(imported)), types[type_id],
                       tuple(entries[mid]))
            for mid, type_id, code, client, location, sold_on, price, imported in sales]


def _entry(row, deltas: dict[str, dict]) -> LedgerEntry:
    (entry_id, membership_id, kind, on, raw_deltas, service_id, client_id, ref_id, date_value,
     amount, reason, user_id, location_id, device_id, recorded_at) = row
    decoded = deltas.get(raw_deltas)
    if decoded is None:
        decoded = deltas[raw_deltas] = _deltas(raw_deltas)
    return LedgerEntry(
        id=entry_id, membership_id=membership_id, kind=_KINDS[kind],
        on=date.fromisoformat(on),
        stamp=Stamp(user_id, location_id, device_id, datetime.fromisoformat(recorded_at)),
        deltas=decoded, service_id=service_id, client_id=client_id, ref_id=ref_id,
        date_value=date.fromisoformat(date_value) if date_value else None,
        amount=None if amount is None else from_cents(amount), reason=reason)


def _deltas(raw: str | None) -> dict:
    decoded = json.loads(raw) if raw else {}
    if not isinstance(decoded, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in decoded.values()):
        raise ValueError(f"deltas {raw[:80]!r} are not visits by balance")
    return decoded


def parse_entry(values: dict) -> LedgerEntry:
    """One ledger row (a dict by column name) as the re-derivation reads it; raises as it
    would on a value it can't read."""
    return _entry(tuple(values[name] for name in _ENTRY_COLUMNS), {})


def _raw(value):
    """Dates and money as SQLite stores them (ISO text, cents); the other cache values are
    already raw."""
    if isinstance(value, date):
        return value.isoformat()
    return to_cents(value) if isinstance(value, Decimal) else value
