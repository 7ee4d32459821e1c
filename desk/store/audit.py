"""The audit trail: ledger entries and administrative changes, chained by hash per device.

Each device numbers what it writes in each chain (``chain_seq`` 1, 2, 3 …) and stores with
each row the hash of its chain's previous row (``prev_hash``) and its own hash
(``entry_hash``): SHA-256 over that previous hash and the row's stored values, in the fixed
order of ``CHAINED``. ``audit_heads`` keeps each chain's last link and is written in the same
transaction as the rows, so a removed last row shows too. Editing, deleting, adding or
reordering a row breaks a hash, the numbering or the head; ``breaks`` names them.

The hashes are over the values exactly as SQLite stores them (cents, ISO text, JSON), so a
desk that pulled another desk's entries checks that desk's chain too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, fields

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from desk.core.ids import new_id
from desk.core.ledger import Stamp
from desk.store import schema as s
from desk.store.bulk import stored_converters

LEDGER, ADMIN = "ledger", "admin"
GENESIS = "0" * 64  # the "previous hash" of a chain's first row
CHAINED = {  # never reorder or rename: stored hashes are computed over exactly these
    LEDGER: ("id", "membership_id", "seq", "kind", "on", "visits", "deltas", "service_id",
             "client_id", "ref_id", "date_value", "amount", "reason", "user_id",
             "location_id", "device_id", "recorded_at", "chain_seq", "prev_hash"),
    ADMIN: ("id", "device_id", "chain_seq", "prev_hash", "at", "user_id", "location_id",
            "action", "table_name", "row_id", "detail"),
}
TABLES = {LEDGER: s.LedgerEntry.__table__, ADMIN: s.AdminChange.__table__}


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _no_default(value):
    raise TypeError(f"{type(value).__name__} is not a stored value")


# the JSON encoder's C core, made once: ``_JSON.encode`` makes a new one for every call,
# which is half the time of hashing an entry (an import hashes 133,000 of them)
_ENCODE = json.encoder.c_make_encoder and json.encoder.c_make_encoder(
    None, _no_default, json.encoder.encode_basestring, None, ":", ",", False, False, True)


def stored_json(stored: list) -> str:
    """``_JSON.encode(stored)``: the text a row's hash is taken over."""
    return "".join(_ENCODE(stored, 0)) if _ENCODE else _JSON.encode(stored)


def digest(stored: Iterable) -> str:
    """The hash of one row's stored values (``prev_hash`` among them)."""
    return hashlib.sha256(stored_json(list(stored)).encode("utf-8")).hexdigest()


def link(session: Session, chain: str, rows: list[dict]) -> None:
    """Give ``rows`` (Python values, in the order they are written, each with its
    ``device_id``) their places in their devices' chain, and move the chains' heads."""
    if not rows:
        return
    to_stored = _stored_form(session, chain)
    heads: dict[str, tuple[int, str]] = {}
    for row in rows:
        device = row["device_id"]
        seq, previous = heads.get(device) or head(session, chain, device)
        row["chain_seq"], row["prev_hash"] = seq + 1, previous
        row["entry_hash"] = digest(to_stored(row))
        heads[device] = (seq + 1, row["entry_hash"])
    for device, (seq, last) in heads.items():
        move_head(session, chain, device, seq, last)


def head(session: Session, chain: str, device: str) -> tuple[int, str]:
    """The last link of a device's chain: its number and hash (none yet: 0 and GENESIS)."""
    found = session.get(s.AuditHead, (device, chain))
    return (found.seq, found.hash) if found else (0, GENESIS)


def move_head(session: Session, chain: str, device: str, seq: int, last: str) -> None:
    """Record the device's chain as ending at entry ``seq`` with hash ``last``."""
    session.merge(s.AuditHead(device_id=device, chain=chain, seq=seq, hash=last))


def _stored_form(session: Session, chain: str):
    """A function from a row of Python values to its chained values as SQLite stores them
    (each column type's own conversion)."""
    names = CHAINED[chain]
    converters = list(zip(names, stored_converters(session.get_bind().dialect, TABLES[chain],
                                                   names), strict=True))

    def stored(row: dict) -> list:
        values = []
        for name, convert in converters:
            value = row.get(name)
            values.append(value if convert is None or value is None else convert(value))
        return values

    return stored


@dataclass(frozen=True)
class Break:
    """Where a chain is broken, in words a support person can act on."""

    chain: str
    device_id: str
    seq: int | None
    row_id: str | None
    what: str

    def __str__(self) -> str:
        where = f"entry {self.seq}" if self.seq is not None else "an entry"
        of = "ledger" if self.chain == LEDGER else "administrative changes"
        row = f" ({self.row_id})" if self.row_id else ""
        return f"{of} of device {self.device_id}, {where}{row}: {self.what}"


def breaks(conn: Connection, own_device: str) -> list[Break]:
    """Every break in every chain of the database, in chain order (empty: all is whole).
    Only this desk's own heads are known here; other desks' chains are checked up to
    their last row this desk holds."""
    found: list[Break] = []
    for chain in (LEDGER, ADMIN):
        heads = {device: (seq, last) for device, seq, last in conn.exec_driver_sql(
            "SELECT device_id, seq, hash FROM audit_heads WHERE chain = ?", (chain,))}
        found += _unchained(conn, chain)
        ends = _walk(conn, chain, found)
        for device, head in heads.items():
            if ends.get(device, (0, GENESIS)) != head and (device == own_device
                                                         or device in ends):
                seq = ends.get(device, (0, GENESIS))[0]
                found.append(Break(chain, device, seq + 1, None,
                                   f"missing: the chain goes on to entry {head[0]}"))
    return found


def _unchained(conn: Connection, chain: str) -> list[Break]:
    table = TABLES[chain].name
    return [Break(chain, device, None, row_id, "not in the chain (added outside Desk)")
            for row_id, device in conn.exec_driver_sql(
                f'SELECT id, device_id FROM "{table}" WHERE entry_hash IS NULL '
                "OR chain_seq IS NULL OR prev_hash IS NULL")]


def _walk(conn: Connection, chain: str, found: list[Break]) -> dict[str, tuple[int, str]]:
    """Check each device's rows in chain order; returns each device's last (seq, hash)."""
    table, columns = TABLES[chain].name, CHAINED[chain]
    seq_at, prev_at = columns.index("chain_seq"), columns.index("prev_hash")
    quoted = ", ".join(f'"{c}"' for c in columns)
    ends: dict[str, tuple[int, str]] = {}
    rows = conn.exec_driver_sql(
        f'SELECT {quoted}, entry_hash FROM "{table}" WHERE entry_hash IS NOT NULL '
        "AND chain_seq IS NOT NULL AND prev_hash IS NOT NULL ORDER BY device_id, chain_seq")
    for *values, stored_hash in rows:
        device, seq, row_id = values[columns.index("device_id")], values[seq_at], values[0]
        last_seq, last_hash = ends.get(device, (0, GENESIS))
        if digest(values) != stored_hash:
            found.append(Break(chain, device, seq, row_id, "changed after it was written"))
        elif seq != last_seq + 1:
            found.append(Break(chain, device, seq, row_id,
                               "out of place: the entry before it is missing or moved"
                               if seq > last_seq + 1 else "a second entry with this number"))
        elif values[prev_at] != last_hash:
            found.append(Break(chain, device, seq, row_id,
                               "the entry before it was changed, removed or moved"))
        ends[device] = (seq, stored_hash)
    return ends


def record(session: Session, stamp: Stamp, action: str, table: str, row_id: str | None,
           detail: dict) -> None:
    """Write an administrative change (who, where, when, what) at the end of the device's
    administrative chain. ``detail`` holds plain values; never put a secret in it."""
    row = {"id": new_id(), "device_id": stamp.device_id, "at": stamp.recorded_at,
           "user_id": stamp.user_id, "location_id": stamp.location_id, "action": action,
           "table_name": table, "row_id": row_id,
           "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)}
    link(session, ADMIN, [row])
    session.execute(insert(s.AdminChange), [row])


def changed_fields(before, after) -> dict[str, list[str]]:
    """{field: [old, new]} for the fields of two dataclasses that differ (as text)."""
    return {f.name: [str(getattr(before, f.name)), str(getattr(after, f.name))]
            for f in fields(after) if getattr(before, f.name) != getattr(after, f.name)}
