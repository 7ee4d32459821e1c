"""Backing up and restoring the desk database from the command line."""

from __future__ import annotations

from desk.cli.context import actor, db_path, open_db
from desk.services.backups import backup_now, restore_backup


def backup(args) -> int:
    """``desk backup OUT.sqlite``: a consistent copy, taken while the desk may be working."""
    db = open_db(args)
    out = backup_now(db, actor(db, args), args.out, force=args.force)
    print(f"Backed up {db_path(args)} to {out}.")
    return 0


def restore(args) -> int:
    """``desk restore IN.sqlite``: replace the database with a backup that passes every check,
    keeping the current database next to it first."""
    target = db_path(args)
    done = restore_backup(target, args.source, getattr(args, "user", None))
    kept = f" The previous database was kept as {done.kept}." if done.kept else ""
    print(f"Restored {target} from {done.source}.{kept}")
    return 0
