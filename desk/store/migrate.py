"""Bringing a database to the current schema, programmatically, after a backup.

Alembic is imported only when a database actually needs upgrading: opening a current
database asks SQLite for its revision and compares it with ``HEAD`` (a test keeps ``HEAD``
equal to the newest script), so every start-up doesn't pay for Alembic's import.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0008"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration script's revision, read from the scripts themselves."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, db_path: str | Path | None = None) -> Path | None:
    """Migrate to head; a file that already holds data is first copied aside.

    Returns the path of the copy made, if any.
    """
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command

    backup = None
    if current is not None and db_path and Path(db_path).exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = Path(db_path).with_suffix(f".before-{HEAD}-{stamp}.sqlite")
        with engine.connect() as conn:  # a consistent copy even with the WAL in use
            # on the driver's connection: VACUUM refuses to run inside the transaction
            # that SQLAlchemy (and engine.py's BEGIN IMMEDIATE) would open around it
            conn.connection.dbapi_connection.execute(f"VACUUM INTO '{backup}'")
    with engine.connect() as conn:
        # Alembic's batch mode rebuilds a table (copy, drop, rename) to alter it, and the
        # drop would break the foreign keys that point at it: SQLite's documented recipe is
        # to turn them off (outside the transaction, where the pragma has effect), migrate,
        # and check them all before committing.
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"the upgrade would break a reference: {tuple(broken)}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return backup
