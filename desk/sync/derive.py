"""Re-deriving the cached membership columns after a pull, in bulk (desk/store/ledger_reads.py
reads the ledgers and writes the caches, through the unit of work's memberships)."""

from __future__ import annotations

from desk.core.errors import DeskError, NotFound
from desk.store.ledger_reads import parse_entry
from desk.store.uow import UnitOfWork

__all__ = ["parse_entry", "rederive"]


def rederive(uow: UnitOfWork, membership_ids: list[str]) -> None:
    """Refresh the cached columns (and split balances) of these memberships from their
    ledgers; ``sync_incomplete`` (nothing applied) when a membership or its type is still
    on its way."""
    try:
        uow.memberships.rederive(membership_ids)
    except NotFound as error:
        raise DeskError("sync_incomplete", "Part of the chain's data is still on its way; "
                        "nothing was applied.", value=error.value,
                        hint="Sync again in a moment.") from error
