"""What chain sync asks of a unit of work beyond its SQL connection: a pull's tries, the
re-derivation of the memberships it touched, and a manager's review of a settled clash.

Sync does its set work with SQL on ``uow.connection()`` (desk/sync); these are the few
steps that need the unit's session (its savepoints, the type repository, ORM rows), kept
here so that nothing outside desk/store reaches for the session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from desk.store import ledger_reads, schema
from desk.store.uow import UnitOfWork


@contextmanager
def attempt(uow: UnitOfWork) -> Iterator[UnitOfWork]:
    """A savepoint of ``uow`` and a unit of work of its own over it: what a try does is
    undone alone if it raises, and nothing the try's unit caches (its types) outlives it."""
    with uow.savepoint():
        yield UnitOfWork(uow.session)


def rederive(uow: UnitOfWork, membership_ids: list[str]) -> None:
    """Refresh the cached columns (and split balances) of these memberships from their
    ledgers; ``NotFound`` when one of them, or its type, is not in the database."""
    ledger_reads.rederive(uow.session, uow.types, membership_ids)


def review_clash(uow: UnitOfWork, table: str, row_id: str, user_id: str | None,
                 at: datetime) -> bool:
    """Mark the settled clash of ``table``'s row ``row_id`` reviewed (a synced change, so
    it leaves every desk's conflicts); False when there is no such clash."""
    row = uow.session.get(schema.RowClash, (table, row_id))
    if row is None:
        return False
    row.reviewed_by, row.reviewed_at = user_id, at
    return True
