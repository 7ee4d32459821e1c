"""`desk sync` (one round with the chain server) and `desk server init|add-desk|revoke-desk`
(SPEC §10), the latter run by the chain server's owner."""

from __future__ import annotations

import sys

from desk.cli.context import actor, emit, open_db
from desk.core.errors import DeskError
from desk.services import sync


def sync_round(args) -> int:
    """One round: what moved, what waits, and the conflicts a manager should resolve. What
    has moved so far goes to stderr as the round goes (a desk's first push can be long)."""
    # a new desk joins its chain by a first sync with the server named: that may make the file
    db = open_db(args, create=bool(args.server))
    result = sync.sync_now(db, args.server, progress=_to_stderr, actor=actor(db, args))
    lines = [f"sent {result.pushed_entries} ledger entries and {result.pushed_rows} rows; "
             f"received {result.pulled_entries} ledger entries and {result.pulled_rows} rows; "
             f"{result.pending} waiting to be sent"]
    lines += [f"conflict: {c.detail}" for c in result.conflicts] or ["no conflicts"]
    emit(args, result.as_json(), "\n".join(lines))
    return 0


def server_command(args) -> int:
    return {"init": server_init, "add-desk": add_desk,
            "revoke-desk": revoke_desk}[args.action](args)


def server_init(args) -> int:
    """Create or upgrade the central schema and the chain's desks' role."""
    done = sync.init_server(args.url, role=args.role)
    emit(args, done, f"chain server ready: schema {done['schema']} at revision "
                     f"{done['revision']}; the desks' role is {done['role']}: add each desk "
                     "with `desk server add-desk URL NAME`")
    return 0


def add_desk(args) -> int:
    """A login for one desk; its connection string is printed this once."""
    done = sync.add_desk(args.url, _name(args), admin=args.admin, device=args.device)
    kind = "an admin desk" if done["admin"] else "a desk"
    lines = [f"added {kind} {done['desk']} (role {done['role']}); set this connection string "
             "on that desk (Settings › Chain server), it is shown only now:",
             f"  {done['url']}",
             "  (use the server's address as the desks reach it, if it differs)"]
    if done["other_databases"]:
        lines.append(f"warning: the role may also connect to {', '.join(done['other_databases'])}"
                     f": revoke CONNECT on them from PUBLIC, or in pg_hba.conf let "
                     f"+{done['desks_role']} reach only this database")
    if done["temporary_tables"]:
        lines.append("warning: the role may make temporary tables here: as the database's "
                     "owner, REVOKE TEMPORARY ON DATABASE … FROM PUBLIC")
    emit(args, done, "\n".join(lines))
    return 0


def revoke_desk(args) -> int:
    done = sync.revoke_desk(args.url, _name(args))
    emit(args, done, f"revoked the desk {done['desk']} (role {done['role']}): it can no longer "
                     f"sync; {done['sessions_ended']} open session(s) ended")
    return 0


def _name(args) -> str:
    if not args.name:
        raise DeskError("sync_desk_name_missing", f"`desk server {args.action}` needs the "
                        "desk's name.", hint=f"desk server {args.action} URL NAME")
    return args.name


def _to_stderr(what: str) -> None:
    print(what, file=sys.stderr, flush=True)
