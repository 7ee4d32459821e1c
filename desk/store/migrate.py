"""Bringing a database to the current schema, programmatically, after a backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: str | Path | None = None) -> Path | None:
    """Migrate to head; a file that already holds data is first copied aside.

    Returns the path of the copy made, if any.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_path and Path(db_path).exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = Path(db_path).with_suffix(f".before-{head_revision()}-{stamp}.sqlite")
        with engine.connect() as conn:  # a consistent copy even with the WAL in use
            conn.exec_driver_sql(f"VACUUM INTO '{backup}'")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


