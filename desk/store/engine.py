"""Opening a desk database: SQLite pragmas for safety, BEGIN IMMEDIATE for writes."""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import re
import sqlite3
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from desk.core.errors import DeskError

BUSY_TIMEOUT_MS = 10_000
DRIVE_REMOTE = 4  # GetDriveTypeW: a drive letter mapped to a network share
# a writer waiting for the write lock tries again every few milliseconds (with jitter) until
# BUSY_TIMEOUT_MS has passed; SQLite's own busy handler would sleep up to 100 ms between
# tries, leaving the lock idle while every waiter sleeps, and busy desks slowed to a crawl
RETRY_FIRST_S, RETRY_MAX_S = 0.0005, 0.005


def open_engine(path: str | Path) -> Engine:
    """An engine on the SQLite file ``path`` (``":memory:"`` for a private in-memory one)."""
    memory = str(path) == ":memory:"
    if not memory:
        _refuse_network_share(Path(path))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        _keep_private(Path(path))
    engine = create_engine(
        "sqlite://" if memory else f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=StaticPool if memory else None,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _keep_private(path: Path) -> None:
    """A database (and its WAL and shared memory, which SQLite makes with the database's
    permissions) readable by its user alone, also one an older Desk made readable by all."""
    if os.name != "posix" or not path.exists():
        return
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):  # another user's file: SQLite will say so
            if part.exists() and part.stat().st_mode & 0o077:
                part.chmod(0o600)


def _on_connect(dbapi_connection, _record) -> None:
    # let SQLAlchemy, not the driver, decide when a transaction begins (see _on_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # wal_autocheckpoint=0: SQLite would otherwise copy the WAL into the file inside
    # whichever commit crosses 1,000 pages, making that receptionist wait; Database
    # checkpoints when the desk is idle, on close, and past a size cap instead
    # cache_size: 64 MB (default 2 MB) keeps the indexes a bulk import touches in memory
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL",
                   f"busy_timeout={BUSY_TIMEOUT_MS}", "wal_autocheckpoint=0",
                   "cache_size=-65536"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_begin(connection) -> None:
    # a writer takes the write lock up front so it never fails half-way on a lock upgrade;
    # readers ask for DEFERRED so they never wait for one another
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    if mode == "IMMEDIATE":
        _begin_immediate(connection.connection.dbapi_connection)
    else:
        connection.exec_driver_sql(f"BEGIN {mode}")


def _begin_immediate(raw: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, retried with a short bounded backoff while another writer holds the
    lock; ``database_busy`` (nothing done) once BUSY_TIMEOUT_MS has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout=0")
    try:
        for attempt in itertools.count():
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY,
                                                         sqlite3.SQLITE_LOCKED):
                    raise
                if time.monotonic() >= deadline:
                    raise _busy_for_too_long() from error
            time.sleep(min(RETRY_MAX_S, RETRY_FIRST_S * 2**attempt) * random.uniform(0.5, 1.5))
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _busy_for_too_long() -> DeskError:
    return DeskError("database_busy", "The database stayed busy with another program's change "
                     "for too long; nothing was changed.",
                     hint="Try again; if it repeats, close other programs using the database "
                          "(another Desk window, a backup tool).")


def _refuse_network_share(path: Path) -> None:
    text = str(path)
    if text.startswith(("\\\\", "//")) or _on_network_mount(path) or _on_remote_drive(path):
        raise DeskError(
            "database_on_network_share",
            f"The database {text} is on a network share, where SQLite can lose data.",
            value=text,
            hint="Keep the database on this PC's own disk and use chain sync to share it.",
        )


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space, tab, newline or backslash as an octal escape."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _on_remote_drive(path: Path) -> bool:
    """Windows: whether the drive letter is mapped to a network share."""
    if sys.platform != "win32":
        return False
    import ctypes

    drive = path.resolve().anchor
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def _on_network_mount(path: Path, mounts: list[str] | None = None) -> bool:
    """Whether ``path`` lies on a network file system, by the mount table (``mounts``:
    lines in /proc/mounts' format; the system's own table by default)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return False
    target = path.resolve()
    best = ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])  # "/media/shop\040files": a space in the name
        if target.is_relative_to(point) and len(point) > len(best[0]):
            best = (point, parts[2])
    return best[1] in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "sshfs", "fuse.sshfs"}
