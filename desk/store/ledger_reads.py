"""Ledgers read in bulk, and the cached membership columns they derive: re-derived after a
chain sync pull, and checked against the cache by ``desk audit verify`` and a restore.

A pull may bring a whole chain (100,000 entries and more), and the check reads every
membership, so the ledgers are read here as raw rows straight into core objects (the same
ordering and conversions as the membership repository, without the ORM's per-row
bookkeeping), and caches are written with one executemany per chunk. Decoded ``deltas``
are shared between entries (there are only a handful of distinct ones), as the fold only
reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from desk.core.errors import NotFound
from desk.core.ledger import EntryKind, LedgerEntry, Stamp
from desk.core.memberships import Membership, Sale
from desk.core.money import from_cents, to_cents
from desk.store import audit
from desk.store import schema as s
from desk.store.repos.memberships import balance_rows, cache_values, entry_row
from desk.store.repos.types import TypeRepo

CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters
_KINDS = {kind.value: kind for kind in EntryKind}
_SALES = ("SELECT id, type_id, code, client_id, location_id, sold_on, price, imported "
          "FROM memberships WHERE id IN ({marks})")
ENTRY_COLUMNS = ("id", "membership_id", "kind", "on", "deltas", "service_id", "client_id",
                 "ref_id", "date_value", "amount", "reason", "user_id", "location_id",
                 "device_id", "recorded_at")
_ENTRIES = ("SELECT " + ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
            + " FROM ledger_entries WHERE membership_id IN ({marks}) "
            "ORDER BY membership_id, seq, recorded_at, id")


def load_memberships(session: Session, types: TypeRepo, ids: list[str],
                     deltas: dict[str, dict] | None = None) -> list[Membership]:
    """The memberships of ``ids`` with their types and ledgers; ``NotFound`` when one of
    them, or its type, is not in the database."""
    deltas = {} if deltas is None else deltas
    raw = _raw_connection(session)
    marks = ", ".join("?" * len(ids))
    sales = raw.execute(_SALES.format(marks=marks), ids).fetchall()
    missing = sorted(set(ids) - {row[0] for row in sales})
    if missing:
        raise NotFound("membership_unknown", "A membership is missing.", value=missing[0])
    found = types.get_many(row[1] for row in sales)
    entries: dict[str, list[LedgerEntry]] = {row[0]: [] for row in sales}
    for row in raw.execute(_ENTRIES.format(marks=marks), ids).fetchall():
        entries[row[1]].append(_entry(row, deltas))
    return [Membership(Sale(mid, type_id, code, client, location, date.fromisoformat(sold_on),
                            from_cents(price), bool(imported)), found[type_id],
                       tuple(entries[mid]))
            for mid, type_id, code, client, location, sold_on, price, imported in sales]


def rederive(session: Session, types: TypeRepo, membership_ids: list[str]) -> None:
    """Refresh the cached columns (and split balances) of these memberships from their
    ledgers."""
    deltas: dict[str, dict] = {}
    for chunk in _chunks(membership_ids):
        write_caches(session, load_memberships(session, types, chunk, deltas))


def load_in_chunks(session: Session, types: TypeRepo, ids: list[str]) -> list[Membership]:
    """``load_memberships`` for any number of ids (a location's closure reads thousands)."""
    deltas: dict[str, dict] = {}
    return [m for chunk in _chunks(ids) for m in load_memberships(session, types, chunk, deltas)]


def write_caches(session: Session, memberships: list[Membership]) -> None:
    """Write the cached columns (and split balances) of these memberships, as derived."""
    conn = session.connection()
    for start in range(0, len(memberships), CHUNK):
        chunk = memberships[start:start + CHUNK]
        updates = [cache_values(m) | {"id": m.id} for m in chunk]
        if not updates:
            continue
        columns = [c for c in updates[0] if c != "id"]
        conn.exec_driver_sql(
            f"UPDATE memberships SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [tuple(_stored(u[c]) for c in [*columns, "id"]) for u in updates])
        ids = tuple(m.id for m in chunk)
        conn.exec_driver_sql("DELETE FROM membership_balances WHERE membership_id IN "
                             f"({', '.join('?' * len(ids))})", ids)
        balances = [r for m in chunk for r in balance_rows(m)]
        if balances:
            conn.exec_driver_sql(
                "INSERT INTO membership_balances (membership_id, balance_key, remaining) "
                "VALUES (?, ?, ?)",
                [(b["membership_id"], b["balance_key"], b["remaining"]) for b in balances])


def append_in_bulk(session: Session, changes: list[tuple[Membership, list[LedgerEntry]]],
                   ) -> list[Membership]:
    """Append entries to many memberships at once and write their caches: one pass of the
    audit chain, one insert, one update per chunk (the repository's ``append`` does one
    membership through the ORM)."""
    rows = [entry_row(e, len(m.entries) + i) for m, new in changes for i, e in enumerate(new)]
    if rows:
        audit.link(session, audit.LEDGER, rows)
        session.execute(insert(s.LedgerEntry), rows)
    updated = [Membership(m.sale, m.type, m.entries + tuple(new)) for m, new in changes]
    write_caches(session, updated)
    return updated


@dataclass(frozen=True)
class CacheDisagreement:
    """A cached value of a membership that is not what its ledger derives."""

    membership: str  # its code, or its id
    column: str
    cached: object
    derived: object

    def __str__(self) -> str:
        return (f"membership {self.membership}: {self.column} is {self.cached!r} in the "
                f"database but {self.derived!r} by its ledger")


def cache_disagreements(session: Session, types: TypeRepo) -> Iterator[CacheDisagreement]:
    """Every cached column and split balance that differs from what the ledger derives (as
    stored: cents, ISO dates), and every membership whose sale facts differ from its
    chained sale or import entry (its client, day, price and place)."""
    raw, deltas = _raw_connection(session), {}
    ids = [row[0] for row in raw.execute("SELECT id FROM memberships ORDER BY id")]
    for chunk in _chunks(ids):
        memberships = load_memberships(session, types, chunk, deltas)
        marks = ", ".join("?" * len(chunk))
        columns = list(cache_values(memberships[0])) if memberships else []
        cached = {row[0]: dict(zip(columns, row[1:], strict=True)) for row in raw.execute(
            f"SELECT id, {', '.join(columns)} FROM memberships WHERE id IN ({marks})",
            chunk)} if columns else {}
        balances: dict[str, dict[str, int]] = {}
        for mid, key, left in raw.execute("SELECT membership_id, balance_key, remaining FROM "
                                          f"membership_balances WHERE membership_id IN "
                                          f"({marks})", chunk):
            balances.setdefault(mid, {})[key] = left
        for m in memberships:
            yield from _disagreements(m, cached[m.id], balances.get(m.id, {}))


def _disagreements(m: Membership, cached: dict, balances: dict[str, int]
                   ) -> Iterator[CacheDisagreement]:
    name = m.code or m.id
    for column, value in cache_values(m).items():
        if cached[column] != _stored(value):
            yield CacheDisagreement(name, column, cached[column], _stored(value))
    derived = {b["balance_key"]: b["remaining"] for b in balance_rows(m)}
    if balances != derived:
        yield CacheDisagreement(name, "balances", balances, derived)
    yield from _sale_disagreements(m)


def _sale_disagreements(m: Membership) -> Iterator[CacheDisagreement]:
    """The sale's facts as the ledger chained them: a sale entry names the client, the day,
    the price and the place; an import the client and the day."""
    first = next((e for e in m.entries if e.kind in (EntryKind.SALE, EntryKind.IMPORT)), None)
    name, sale = m.code or m.id, m.sale
    if first is None:
        yield CacheDisagreement(name, "sale", "a membership", "no sale or import entry")
        return
    facts = {"client_id": (sale.client_id, first.client_id), "sold_on": (sale.sold_on, first.on)}
    if first.kind is EntryKind.SALE:
        facts |= {"price": (sale.price, first.amount),
                  "location_id": (sale.location_id, first.stamp.location_id)}
    for column, (held, chained) in facts.items():
        if held != chained:
            yield CacheDisagreement(name, column, _stored(held), _stored(chained))


def parse_entry(values: dict) -> LedgerEntry:
    """One ledger row (a dict by column name) as the bulk reader reads it; raises as it
    would on a value it can't read."""
    return _entry(tuple(values[name] for name in ENTRY_COLUMNS), {})


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


def _stored(value):
    """Dates and money as SQLite stores them (ISO text, cents); the other values are
    already raw."""
    if isinstance(value, date):
        return value.isoformat()
    return to_cents(value) if isinstance(value, Decimal) else value


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _raw_connection(session: Session):
    """This transaction's own sqlite3 connection."""
    conn: Connection = session.connection()
    return conn.connection.driver_connection
