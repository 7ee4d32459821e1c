"""Consistent online backups with SQLite's backup API (writers may go on meanwhile)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desk.core.errors import DeskError


def backup_to(engine: Engine, out: str | Path) -> Path:
    """Copy the live database to ``out`` page by page; returns the path written."""
    target = Path(out)
    if target.exists():
        raise DeskError("backup_exists", f"{target} already exists.", value=str(target),
                        hint="Choose a new file name; backups never overwrite.")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        with sqlite3.connect(target) as dest:
            source.backup(dest, pages=1024)
        dest.close()
    finally:
        raw.close()
    check = sqlite3.connect(target)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DeskError("backup_corrupt", f"The backup {target} failed its integrity check.",
                            hint="Try again; if it repeats, the disk may be failing.")
    finally:
        check.close()
    return target
