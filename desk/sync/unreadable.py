"""Memberships a pull can't work out, and the pulled rows to blame.

After a pull, the memberships it touched are re-derived from their ledgers
(``desk.sync.derive``). A pulled entry whose values this desk can't read (a kind it doesn't
know, a date that isn't one, deltas that aren't numbers), or a pulled membership row or type
it can't read, would make that fail for every later pull too. So when it fails, the
memberships that fail are found (by halves: a few bad ones among thousands cost a few
tries), what this try pulled for them is set aside, and the pull is tried again without it
(``desk.sync.landing.Retry``).
"""

from __future__ import annotations

from sqlalchemy import Connection

from desk.core.errors import DeskError, quoted
from desk.store.uow import UnitOfWork
from desk.sync.derive import parse_entry, rederive
from desk.sync.landing import Landing, Retry
from desk.sync.tables import LEDGER_COLUMNS, TYPE_TABLES

# what reading a ledger, a sale or a type can raise when a value is not what it should be
UNREADABLE = (DeskError, ValueError, KeyError, TypeError, AttributeError, ArithmeticError)


def rederive_or_retry(uow: UnitOfWork, ids: list[str], landing: Landing,
                      ledger_before: int) -> None:
    """``rederive`` these memberships; if some can't be worked out, set aside what this try
    pulled for them and raise ``Retry``. Raises the failure itself if nothing pulled is to
    blame (this desk's own data is then at fault, and no pull can mend it)."""
    try:
        rederive(uow, ids)
        return
    except UNREADABLE:
        failing = _failing(uow, ids)
    conn = uow.connection()
    blamed = [_blame(conn, landing, membership, error, ledger_before)
              for membership, error in failing]
    if not all(blamed):
        raise next(error for (_, error), found in zip(failing, blamed, strict=True)
                   if not found)
    raise Retry


def _failing(uow: UnitOfWork, ids: list[str]) -> list[tuple[str, Exception]]:
    try:
        rederive(uow, ids)
        return []
    except UNREADABLE as error:
        if len(ids) == 1:
            return [(ids[0], error)]
    half = len(ids) // 2
    return _failing(uow, ids[:half]) + _failing(uow, ids[half:])


def _blame(conn: Connection, landing: Landing, membership: str, error: Exception,
           ledger_before: int) -> bool:
    """Set aside what this try pulled that keeps ``membership`` from being worked out:
    its unreadable entries, else its sale row or its type, else all its new entries."""
    because = (f"its membership can't be worked out with it "
               f"({type(error).__name__}: {quoted(error)})")
    entries = _pulled_entries(conn, membership, ledger_before)
    unreadable = [(e, reason) for e in entries if (reason := _unreadable(e))]
    for entry, reason in unreadable:
        landing.set_aside_entry(entry, reason)
    if unreadable:
        return True
    rows = [key for key in landing.arrivals if key == ("memberships", membership)]
    type_id = conn.exec_driver_sql("SELECT type_id FROM memberships WHERE id = ?",
                                   (membership,)).scalar()
    rows = rows or [key for key in landing.arrivals if key[0] in TYPE_TABLES
                    and key[1].split("|")[0] == type_id]
    for table, row_id in rows:
        landing.set_aside_arrival(table, row_id, because)
    for entry in [] if rows else entries:
        landing.set_aside_entry(entry, because)
    return bool(rows or entries)


def _pulled_entries(conn: Connection, membership: str, ledger_before: int) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    return [tuple(row) for row in conn.exec_driver_sql(
        f"SELECT {names} FROM ledger_entries WHERE membership_id = ? AND rowid > ?",
        (membership, ledger_before))]


def _unreadable(entry: tuple) -> str | None:
    try:
        parse_entry(dict(zip(LEDGER_COLUMNS, entry, strict=True)))
    except UNREADABLE as error:
        return f"this desk can't read it ({type(error).__name__}: {quoted(error)})"
    return None
