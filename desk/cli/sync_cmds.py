"""`desk sync` (one round with the chain server) and `desk server init URL` (SPEC §10)."""

from __future__ import annotations

import sys

from desk.cli.context import emit, open_db
from desk.services import sync


def sync_round(args) -> int:
    """One round: what moved, what waits, and the conflicts a manager should resolve. What
    has moved so far goes to stderr as the round goes (a desk's first push can be long)."""
    db = open_db(args)
    result = sync.sync_now(db, args.server, progress=_to_stderr)
    lines = [f"sent {result.pushed_entries} ledger entries and {result.pushed_rows} rows; "
             f"received {result.pulled_entries} ledger entries and {result.pulled_rows} rows; "
             f"{result.pending} waiting to be sent"]
    lines += [f"conflict: {c.detail}" for c in result.conflicts] or ["no conflicts"]
    emit(args, result.as_json(), "\n".join(lines))
    return 0


def server_init(args) -> int:
    """Create the central schema and the desks' least-privilege role."""
    done = sync.init_server(args.url, role=args.role, password=args.password)
    emit(args, done, f"chain server ready: schema {done['schema']} at revision "
                     f"{done['revision']}; desks connect as role {done['role']}")
    return 0


def _to_stderr(what: str) -> None:
    print(what, file=sys.stderr, flush=True)
