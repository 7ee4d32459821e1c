"""Consistent online backups with SQLite's backup API (writers may go on meanwhile)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from desk.core.errors import DeskError
from desk.store.engine import BUSY_TIMEOUT_MS


def backup_to(engine: Engine, out: str | Path) -> Path:
    """Copy the live database into the file ``out`` (a new or empty file: the caller makes
    it, see desk/files.py) and check the copy; returns the path written."""
    target = Path(out)
    raw = engine.raw_connection()
    try:
        with closing(sqlite3.connect(target)) as dest:
            _copy(raw.driver_connection, dest)
    finally:
        raw.close()
    with closing(sqlite3.connect(target)) as check:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DeskError("backup_corrupt", f"The backup {target} failed its integrity check.",
                            hint="Try again; if it repeats, the disk may be failing.")
    return target


def copy_database(source: str | Path, dest: str | Path, *, read_only: bool = False) -> None:
    """Copy the database file ``source`` into ``dest`` (created, or replaced as one
    transaction that other connections to ``dest`` wait for). Raises sqlite3.DatabaseError
    when either is not a database."""
    uri = Path(source).resolve().as_uri() + ("?mode=ro" if read_only else "")
    with (closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as src,
          closing(sqlite3.connect(dest, timeout=BUSY_TIMEOUT_MS / 1000)) as target):
        _copy(src, target)


def _copy(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    # all pages in one step: the copy reads one snapshot; copying in slices would start
    # over whenever another connection writes, and a busy desk could keep it from finishing
    source.backup(dest, pages=-1)
