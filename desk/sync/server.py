"""Setting up the chain server: its schema (Alembic, PostgreSQL dialect) and the chain's
desks' role.

The desks' role is a group, never a login: it holds the grants (read the chain, add ledger
entries and row versions, bind a desk's device once; never update or delete), and each desk
logs in with a role of its own that is a member of it (``desk.sync.hub``). Row-level
security (server migration 0003) decides, row by row, what a desk may add. The group is
named after the chain's database and schema, so two chains on one server never share one,
and a chain's ``server init`` never touches another chain's roles.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from desk.core.errors import DeskError, quoted
from desk.sync.central import server_engine, server_failure

MIGRATIONS = Path(__file__).with_name("server_migrations")
DESKS_ROLE_KEY = "desks_role"  # in sync_meta: the chain's group role, chosen at its first init
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
PREFIX_AT_MOST = 26  # the chain's part of its role names: room left for a desk's own name


def init_server(url: str, *, role: str | None = None, revision: str = "head") -> dict:
    """Create (or bring up to date) the central schema at ``url`` and the chain's desks'
    role (``role``, by default named after the chain's database and schema).

    Safe to run again: the schema is migrated only forward and the grants are re-applied.
    Returns what was set up: the schema, its revision, the role."""
    if role is not None:
        check_role_name(role)
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            return _set_up(conn, role, revision)
    except DBAPIError as error:
        raise server_failure(url, error) from error
    finally:
        engine.dispose()


def check_role_name(role: str) -> None:
    if not _ROLE_NAME.match(role):
        raise DeskError("sync_role_invalid", f"{quoted(role)} can't be a database role name.",
                        value=role, hint="Use at most 63 lower-case letters, digits and "
                                         "underscores, starting with a letter.")


def _set_up(conn: Connection, role: str | None, revision: str) -> dict:
    schema = conn.scalar(text("SELECT current_schema()"))
    if schema is None:
        raise DeskError("sync_schema_missing",
                        "The server's search path names no existing schema.",
                        hint="Create the schema first (CREATE SCHEMA …) or use the "
                             "database's default one.")
    revision = _migrate(conn, revision)
    group = _desks_role(conn, schema, role)
    _grant(conn, schema, group)
    _close_the_database(conn, group)
    return {"schema": schema, "revision": revision, "role": group}


def _migrate(conn: Connection, revision: str) -> str:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, revision)
    if revision != "head":
        return revision
    return ScriptDirectory.from_config(config).get_current_head()


def desks_role(conn: Connection) -> str | None:
    """The chain's desks' role, once ``desk server init`` has chosen it."""
    return conn.scalar(text("SELECT value FROM sync_meta WHERE key = :k"),
                       {"k": DESKS_ROLE_KEY})


def _desks_role(conn: Connection, schema: str, wanted: str | None) -> str:
    """This chain's group role: the one chosen at its first init, else ``wanted`` or the
    chain's default, created here. A role that already exists and is not this chain's is
    refused: it is another chain's, or the one login all desks shared before."""
    chosen = desks_role(conn)
    if chosen is not None:
        if wanted not in (None, chosen):
            raise DeskError("sync_role_mismatch", f"This chain's desks' role is {chosen}, "
                            f"not {quoted(wanted)}.", value=wanted,
                            hint=f"Leave --role out, or pass --role {chosen}.")
        return chosen
    name = wanted or default_desks_role(conn.scalar(text("SELECT current_database()")), schema)
    if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}):
        raise DeskError("sync_role_taken", f"The server already has a role {name}: another "
                        "chain's, or a login the desks shared before.", value=name,
                        hint="Leave --role out, or choose a name of this chain's own.")
    conn.exec_driver_sql(f'CREATE ROLE "{name}" NOLOGIN')
    conn.execute(text("INSERT INTO sync_meta (key, value) VALUES (:k, :v)"),
                 {"k": DESKS_ROLE_KEY, "v": name})
    return name


def default_desks_role(database: str, schema: str) -> str:
    """``<database>[_<schema>]_desks``, as a role name: the chain's own on any server."""
    chain = database if schema == "public" else f"{database}_{schema}"
    prefix = re.sub(r"[^a-z0-9_]", "_", chain.lower())
    if not re.match(r"[a-z_]", prefix):
        prefix = f"c_{prefix}"
    if len(prefix) > PREFIX_AT_MOST:  # cut, with a hash of the whole so cuts never collide
        digest = hashlib.sha256(chain.encode()).hexdigest()[:8]
        prefix = f"{prefix[:PREFIX_AT_MOST - 9]}_{digest}"
    return f"{prefix}_desks"


def _grant(conn: Connection, schema: str, group: str) -> None:
    on = f'"{schema}"'
    for statement in (
            f'GRANT USAGE ON SCHEMA {on} TO "{group}"',
            f'GRANT SELECT, INSERT ON {on}.ledger_entries, {on}.sync_rows TO "{group}"',
            f'GRANT SELECT ON {on}.sync_meta, {on}.desk_server_version, {on}.desks '
            f'TO "{group}"',
            f'GRANT SELECT, INSERT ON {on}.desk_bindings TO "{group}"'):
        conn.exec_driver_sql(statement)
    for table in ("ledger_entries", "sync_rows"):
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'server_seq')"),
                               {"t": f'{on}.{table}'})
        conn.exec_driver_sql(f'GRANT USAGE ON SEQUENCE {sequence} TO "{group}"')


def _close_the_database(conn: Connection, group: str) -> None:
    """Desks connect to this database and make nothing in it, temporary tables included
    (PostgreSQL lets every role make those by default). Only the database's owner can take
    that right from PUBLIC (anyone else's REVOKE is a warning that changes nothing);
    ``desk server add-desk`` says when a desk still has it."""
    database = conn.scalar(text("SELECT quote_ident(current_database())"))
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE {database} TO "{group}"')
    conn.exec_driver_sql(f"REVOKE TEMPORARY ON DATABASE {database} FROM PUBLIC")
