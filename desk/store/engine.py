"""Opening a desk database: SQLite pragmas for safety, BEGIN IMMEDIATE for writes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from desk.core.errors import DeskError

BUSY_TIMEOUT_MS = 10_000


def open_engine(path: str | Path) -> Engine:
    """An engine on the SQLite file ``path`` (``":memory:"`` for a private in-memory one)."""
    memory = str(path) == ":memory:"
    if not memory:
        _refuse_network_share(Path(path))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        "sqlite://" if memory else f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=StaticPool if memory else None,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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
    connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_network_share(path: Path) -> None:
    text = str(path)
    if text.startswith(("\\\\", "//")) or _on_network_mount(path):
        raise DeskError(
            "database_on_network_share",
            f"The database {text} is on a network share, where SQLite can lose data.",
            value=text,
            hint="Keep the database on this PC's own disk and use chain sync to share it.",
        )


def _on_network_mount(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    target = path.resolve()
    best = ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and str(target).startswith(parts[1]) and len(parts[1]) > len(best[0]):
            best = (parts[1], parts[2])
    return best[1] in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "sshfs", "fuse.sshfs"}
