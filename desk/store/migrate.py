"""Bringing a database to the current schema, programmatically, after a backup.

Alembic is imported only when a database actually needs upgrading: opening a current
database asks SQLite for its revision and compares it with ``HEAD`` (a test keeps ``HEAD``
equal to the newest script), so every start-up doesn't pay for Alembic's import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect

from desk.core.errors import DeskError

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0013"


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


@dataclass(frozen=True)
class Upgraded:
    """A database brought from schema ``before`` (None: a new file) to the current one;
    ``backup``: the copy kept of it as it was."""

    before: str | None
    after: str
    backup: Path | None

    def __str__(self) -> str:
        kept = f"; the previous file is kept at {self.backup}" if self.backup else ""
        return f"Database upgraded from schema {_shown(self.before)} to {_shown(self.after)}{kept}."


def _shown(revision: str | None) -> str:
    return str(int(revision)) if revision and revision.isdigit() else str(revision)


def refuse_newer(current: str | None, path: str | Path | None) -> None:
    """A database from a newer Desk (a schema this one has no script for) is refused, before
    anything is written to it: an older Desk would misread what it does not know."""
    if current is None or current == HEAD:
        return
    if not (current.isdigit() and int(current) <= int(HEAD)):
        raise DeskError("database_too_new", f"The database {path or ''} was made by a newer "
                        f"Desk (schema {_shown(current)}); this Desk knows schema "
                        f"{_shown(HEAD)} at most. Nothing was changed.",
                        value=current, hint="Install the newer Desk on this computer (or "
                        "open the database on the computer that made it).")


def upgrade(engine: Engine, db_path: str | Path | None = None) -> Upgraded | None:
    """Migrate to head; a file that already holds data is first copied aside.

    Returns what was done (None: the database was current already). A database from a
    newer Desk is refused (``database_too_new``) and left as it was.
    """
    current = current_revision(engine)
    if current == HEAD:
        return None
    refuse_newer(current, db_path)
    from alembic import command

    backup = None
    if current is not None and db_path and Path(db_path).exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = Path(db_path).with_suffix(f".before-{HEAD}-{stamp}.sqlite")
        with engine.connect() as conn:  # a consistent copy even with the WAL in use
            # on the driver's connection: VACUUM refuses to run inside the transaction
            # that SQLAlchemy (and engine.py's BEGIN IMMEDIATE) would open around it
            # the path is bound, never spliced into the SQL: "/home/o'brien/" is a path too
            conn.connection.dbapi_connection.execute("VACUUM INTO ?", (str(backup),))
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
    return Upgraded(current, HEAD, backup)
