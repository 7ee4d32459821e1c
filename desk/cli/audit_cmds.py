"""``desk audit verify``: are the ledger and the administrative changes as they were written?"""

from __future__ import annotations

from desk.cli.context import actor, emit, open_db
from desk.services.audit import verify_audit


def verify(args) -> int:
    """Exit 0 when every chain is whole; 1 naming the first break (and how many there are)."""
    db = open_db(args)
    check = verify_audit(db, actor(db, args))
    data = {"whole": check.whole, "entries": check.entries, "changes": check.changes,
            "devices": check.devices, "breaks": check.problems()}
    if check.whole:
        emit(args, data, f"The audit trail is whole: {check.entries} ledger entries and "
                         f"{check.changes} administrative changes from {check.devices} "
                         "device(s), each chain unbroken, every cached value what the ledger "
                         "says.")
        return 0
    problems = check.problems()
    more = len(problems) - 1
    emit(args, data, f"error: the audit trail is broken: {problems[0]}"
                     + (f" (and {more} more)" if more else "")
                     + ". Restore a backup taken before it, and tell support.")
    return 1
