"""Setting up the chain server: its schema (Alembic, PostgreSQL dialect) and the desks' role.

The desks' role may read and add ledger entries but never change or delete one (SELECT,
INSERT only; a trigger refuses UPDATE and DELETE even to the owner). Versioned rows are
merged last-writer-wins, which needs UPDATE on ``sync_rows``.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from desk.core.errors import DeskError
from desk.sync.central import server_engine, server_failure

MIGRATIONS = Path(__file__).with_name("server_migrations")
DESK_ROLE = "desk_desk"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def init_server(url: str, *, role: str = DESK_ROLE, password: str | None = None) -> dict:
    """Create (or bring up to date) the central schema at ``url`` and the desks' role.

    Safe to run again: the schema is migrated only forward and the grants are re-applied.
    Returns what was set up: the schema, its revision, the role.
    """
    if not _ROLE_NAME.match(role):
        raise DeskError("sync_role_invalid", f"{role!r} can't be a database role name.",
                        value=role, hint="Use lower-case letters, digits and underscores.")
    engine = server_engine(url)
    try:
        return _set_up(engine, role, password)
    except DBAPIError as error:
        raise server_failure(url, error) from error
    finally:
        engine.dispose()


def _set_up(engine, role: str, password: str | None) -> dict:
    with engine.begin() as conn:
        schema = conn.scalar(text("SELECT current_schema()"))
        if schema is None:
            raise DeskError("sync_schema_missing",
                            "The server's search path names no existing schema.",
                            hint="Create the schema first (CREATE SCHEMA …) or use the "
                                 "database's default one.")
        revision = _migrate(conn)
        _ensure_role(conn, role, password)
        _grant(conn, schema, role)
    return {"schema": schema, "revision": revision, "role": role}


def _migrate(conn: Connection) -> str:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
    return ScriptDirectory.from_config(config).get_current_head()


def _ensure_role(conn: Connection, role: str, password: str | None) -> None:
    exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    if not exists:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
    if password:
        quoted = conn.scalar(text("SELECT quote_literal(:p)"), {"p": password})
        conn.exec_driver_sql(f'ALTER ROLE "{role}" LOGIN PASSWORD {quoted}')


def _grant(conn: Connection, schema: str, role: str) -> None:
    for statement in (
            f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"',
            f'GRANT SELECT, INSERT ON "{schema}".ledger_entries TO "{role}"',
            f'GRANT SELECT, INSERT, UPDATE ON "{schema}".sync_rows TO "{role}"',
            f'GRANT SELECT ON "{schema}".sync_meta, "{schema}".desk_server_version TO "{role}"'):
        conn.exec_driver_sql(statement)
    for table in ("ledger_entries", "sync_rows"):
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'server_seq')"),
                               {"t": f'"{schema}".{table}'})
        conn.exec_driver_sql(f'GRANT USAGE ON SEQUENCE {sequence} TO "{role}"')
