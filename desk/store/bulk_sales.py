"""Writing many new memberships at once (an import): each row made once, as the tuple
SQLite stores, and chained into the audit trail in the same pass.

An import's rows come in few kinds: memberships of one type, sold at one place on one day
with the same dates, differ only in their code, their owner and their visits. So each
kind's membership is worked out once through the core's rules (its ``prototype``) and
converted once to its stored values; every row of that kind is then the prototype's
values with its own ids, code, owner and visits put in. The sync versions and the indexes
are written set-based around the inserts (``desk.store.bulk_writes``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple

from sqlalchemy.orm import Session

from desk.collector import collector_paused
from desk.core.codes import code_key
from desk.core.ids import new_ids
from desk.core.membership_types import OVERALL_KEY
from desk.core.memberships import Membership
from desk.store import audit
from desk.store import schema as s
from desk.store.bulk import stored_converters
from desk.store.bulk_writes import indexes_rebuilt, versioned_in_bulk
from desk.store.repos.memberships import SaleTerms, cache_values, entry_row, membership_row

LARGE = 10_000  # rows from which building the indexes afresh beats keeping them up to date
BATCH = 10_000  # memberships made, then written, at a time: memory stays bounded
MEMBERSHIP_COLUMNS = tuple(c.name for c in s.Membership.__table__.columns)
LEDGER_COLUMNS = (*audit.CHAINED[audit.LEDGER], "entry_hash")


class Copy(NamedTuple):
    """A new membership like ``prototype`` (a new overall membership whose ledger opens
    with the entry giving its visits) but for its own code, owner and visits."""

    prototype: Membership
    code: str | None
    client_id: str | None
    remaining: int


def add_copies(session: Session, copies: Iterable[Copy], count: int, terms: SaleTerms) -> int:
    """Write ``count`` memberships (``copies``, read once) with their ledgers, chained in
    the desk's audit trail, in the session's transaction; returns how many were written."""
    raw: sqlite3.Connection = session.connection().connection.driver_connection
    maker = _RowMaker(session, terms)
    rows = iter(copies)
    with collector_paused(), versioned_in_bulk(raw, "memberships"), \
            indexes_rebuilt(raw, ("memberships", "ledger_entries"), large=count >= LARGE):
        while batch := list(islice(rows, BATCH)):
            memberships, entries = maker.rows(batch)
            raw.executemany(_insert("memberships", MEMBERSHIP_COLUMNS), memberships)
            raw.executemany(_insert("ledger_entries", LEDGER_COLUMNS), entries)
    maker.move_heads()
    return maker.written


def _insert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


class _Kind(NamedTuple):
    """A prototype's stored values, and where each copy's own values go."""

    membership: list
    entries: list[list]  # chained values, chain_seq and prev_hash left to fill
    client_entries: tuple[int, ...]  # the entries naming the owner
    visits_entries: tuple[int, ...]  # the entries carrying the visits


_M = {name: i for i, name in enumerate(MEMBERSHIP_COLUMNS)}
_E = {name: i for i, name in enumerate(LEDGER_COLUMNS)}


class _RowMaker:
    """Stored rows of copies, chained as they are made."""

    def __init__(self, session: Session, terms: SaleTerms) -> None:
        self.session, self.terms = session, terms
        dialect = session.get_bind().dialect
        self.to_membership = stored_converters(dialect, s.Membership.__table__,
                                               MEMBERSHIP_COLUMNS)
        self.to_entry = stored_converters(dialect, s.LedgerEntry.__table__,
                                          LEDGER_COLUMNS[:-1])
        self.kinds: dict[int, tuple[Membership, _Kind]] = {}  # by id(prototype), kept alive
        self.deltas: dict[int, str] = {}  # visits -> stored deltas
        self.heads: dict[str, tuple[int, str]] = {}  # device -> (seq, hash) of its chain
        self.written = 0

    def rows(self, copies: list[Copy]) -> tuple[list[tuple], list[tuple]]:
        """The stored membership rows and ledger rows of ``copies``, in writing order."""
        entry_count = sum(len(c.prototype.entries) for c in copies)
        ids = iter(new_ids(len(copies) + entry_count))
        memberships, entries = [], []
        for copy in copies:
            kind = self._kind(copy.prototype)
            membership_id = next(ids)
            memberships.append(self._membership(kind, copy, membership_id))
            for i, template in enumerate(kind.entries):
                entries.append(self._entry(kind, i, template, copy, membership_id, next(ids)))
        self.written += len(copies)
        return memberships, entries

    def _membership(self, kind: _Kind, copy: Copy, membership_id: str) -> tuple:
        values = kind.membership.copy()
        values[_M["id"]] = membership_id
        values[_M["code"]] = copy.code
        values[_M["code_key"]] = code_key(copy.code) if copy.code else None
        values[_M["client_id"]] = values[_M["owner_id"]] = copy.client_id
        values[_M["remaining"]] = copy.remaining
        return tuple(values)

    def _entry(self, kind: _Kind, index: int, template: list, copy: Copy,
               membership_id: str, entry_id: str) -> tuple:
        values = template.copy()
        values[_E["id"]], values[_E["membership_id"]] = entry_id, membership_id
        if index in kind.client_entries:
            values[_E["client_id"]] = copy.client_id
        if index in kind.visits_entries:
            values[_E["deltas"]] = self._deltas(copy.remaining)
        device = values[_E["device_id"]]
        seq, previous = self.heads.get(device) or audit.head(self.session, audit.LEDGER, device)
        values[_E["chain_seq"]], values[_E["prev_hash"]] = seq + 1, previous
        entry_hash = audit.digest(values)
        self.heads[device] = (seq + 1, entry_hash)
        values.append(entry_hash)
        return tuple(values)

    def _deltas(self, visits: int) -> str:
        stored = self.deltas.get(visits)
        if stored is None:
            stored = self.deltas[visits] = _stored(self.to_entry[_E["deltas"]],
                                                   {OVERALL_KEY: visits})
        return stored

    def _kind(self, prototype: Membership) -> _Kind:
        found = self.kinds.get(id(prototype))
        if found is None:
            found = self.kinds[id(prototype)] = (prototype, self._make_kind(prototype))
        return found[1]

    def _make_kind(self, m: Membership) -> _Kind:
        row = membership_row(m.sale, self.terms, cache_values(m))
        membership = [_stored(convert, row[name])
                      for name, convert in zip(MEMBERSHIP_COLUMNS, self.to_membership,
                                               strict=True)]
        entries = []
        for seq, e in enumerate(m.entries):
            values = entry_row(e, seq) | {"chain_seq": None, "prev_hash": None}
            entries.append([_stored(convert, values[name]) for name, convert
                            in zip(LEDGER_COLUMNS[:-1], self.to_entry, strict=True)])
        owner = m.sale.client_id
        return _Kind(membership, entries,
                     tuple(i for i, e in enumerate(m.entries)
                           if owner is not None and e.client_id == owner),
                     tuple(i for i, e in enumerate(m.entries) if e.deltas))

    def move_heads(self) -> None:
        for device, (seq, last) in self.heads.items():
            audit.move_head(self.session, audit.LEDGER, device, seq, last)


def _stored(convert, value):
    return value if convert is None or value is None else convert(value)

