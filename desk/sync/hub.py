"""The chain's owner adds and revokes desks: one PostgreSQL login per desk.

``add_desk`` creates the desk's login role (a member of the chain's desks' role, able to do
nothing else), registers it in ``desks`` and returns its connection string, whose password
exists only there: the server keeps a SCRAM verifier, never the password, and it is never
sent to the server in clear (so no statement log holds it). The desk binds the login to its
device at its first sync (``desk.sync.access``); ``--device`` pins it beforehand, for a desk
that wrote to the server before desks had logins of their own. ``revoke_desk`` shuts the
login out: it can no longer log in, and row-level security stops a session still open.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk.core.errors import DeskError, quoted
from desk.sync.central import server_engine, server_failure
from desk.sync.server import desks_role

_DESK_NAME = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
_DEVICE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def add_desk(url: str, name: str, *, admin: bool = False, device: str | None = None) -> dict:
    """Add the desk ``name`` to the chain at ``url`` (the owner's address); returns its
    role, its connection string (shown once) and what else the role could still reach."""
    _check_name(name)
    if device is not None and not _DEVICE.match(device):
        raise DeskError("sync_device_invalid", f"{quoted(device)} is not a desk's device id.",
                        value=device, hint="Copy the id the desk printed when it was refused.")
    with _owner(url) as conn:
        group = _chain_desks_role(conn)
        role = _new_role(conn, group, name)
        password = secrets.token_urlsafe(24)
        _create_login(conn, group, role, password)
        conn.execute(text("INSERT INTO desks (role_name, name, admin) VALUES (:r, :n, :a)"),
                     {"r": role, "n": name, "a": admin})
        if device is not None:
            _pin(conn, role, device)
        reach = _still_reachable(conn, role)
    desk_url = make_url(url).set(username=role, password=password)
    return {"desk": name, "role": role, "desks_role": group, "admin": admin,
            "device": device, "url": desk_url.render_as_string(hide_password=False), **reach}


def revoke_desk(url: str, name: str) -> dict:
    """Shut the desk ``name`` out of the chain at ``url``; what it wrote stays."""
    _check_name(name)
    with _owner(url) as conn:
        role = conn.scalar(text("SELECT role_name FROM desks WHERE name = :n"), {"n": name})
        if role is None:
            raise DeskError("sync_desk_unknown", f"The chain has no desk {quoted(name)}.",
                            value=name, hint="Use the name given to `desk server add-desk`.")
        conn.execute(text("UPDATE desks SET revoked_at = coalesce(revoked_at, now()) "
                          "WHERE role_name = :r"), {"r": role})
        conn.exec_driver_sql(f'ALTER ROLE "{role}" NOLOGIN')
        ended = conn.scalar(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = :r "
            "AND ((SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "OR pg_has_role(current_user, 'pg_signal_backend', 'MEMBER'))"), {"r": role})
    return {"desk": name, "role": role, "revoked": True, "sessions_ended": ended}


@contextmanager
def _owner(url: str) -> Iterator[Connection]:
    """One transaction on the server as its owner, its failures said as Desk errors."""
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as error:
        raise server_failure(url, error) from error
    finally:
        engine.dispose()


def _check_name(name: str) -> None:
    if not _DESK_NAME.match(name):
        raise DeskError("sync_desk_name_invalid", f"{quoted(name)} can't name a desk.",
                        value=name, hint="Use at most 30 lower-case letters, digits and "
                                         "underscores, starting with a letter: e.g. downtown_1.")


def _chain_desks_role(conn: Connection) -> str:
    group = desks_role(conn)
    if group is None:
        raise DeskError("sync_server_not_ready", "The chain server has no desks' role yet.",
                        hint="Run `desk server init URL` on it first.")
    return group


def _new_role(conn: Connection, group: str, name: str) -> str:
    role = f"{group}_{name}"
    if conn.scalar(text("SELECT 1 FROM desks WHERE name = :n"), {"n": name}):
        raise DeskError("sync_desk_exists", f"The chain already has a desk {name}.", value=name,
                        hint="Choose another name (a revoked desk's name stays taken).")
    if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
        raise DeskError("sync_role_taken", f"The server already has a role {role}.",
                        value=role, hint="Choose another name for the desk.")
    return role


def _create_login(conn: Connection, group: str, role: str, password: str) -> None:
    """A login that can do nothing but what the chain's desks' role grants."""
    pgconn = conn.connection.driver_connection.pgconn
    verifier = pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    literal = conn.scalar(text("SELECT quote_literal(:v)"), {"v": verifier.decode()})
    conn.exec_driver_sql(
        f'CREATE ROLE "{role}" LOGIN PASSWORD {literal} NOSUPERUSER NOCREATEDB NOCREATEROLE '
        f'NOREPLICATION NOBYPASSRLS INHERIT IN ROLE "{group}"')
    # its connection string then needs no search path
    database, schema = conn.execute(text(
        "SELECT quote_ident(current_database()), quote_ident(current_schema())")).one()
    conn.exec_driver_sql(f'ALTER ROLE "{role}" IN DATABASE {database} '
                         f"SET search_path = {schema}")


def _pin(conn: Connection, role: str, device: str) -> None:
    bound = conn.scalar(text("SELECT d.name FROM desk_bindings b JOIN desks d "
                             "ON d.role_name = b.role_name WHERE b.device_id = :d"),
                        {"d": device})
    if bound is not None:
        raise DeskError("sync_device_taken", f"The device {device} is already the desk "
                        f"{bound}.", value=device, hint="Each desk has a device of its own.")
    conn.execute(text("INSERT INTO desk_bindings (role_name, device_id) VALUES (:r, :d)"),
                 {"r": role, "d": device})


def _still_reachable(conn: Connection, role: str) -> dict:
    """What the new login could still do beyond the chain, for the owner to close: connect
    to the server's other databases (PUBLIC may, unless their owners took it back), make
    temporary tables here (unless this database's owner took that back)."""
    others = conn.scalars(text(
        "SELECT datname FROM pg_database WHERE datallowconn "
        "AND datname <> current_database() "
        "AND has_database_privilege(:r, datname, 'CONNECT') ORDER BY datname"),
        {"r": role}).all()
    temporary = conn.scalar(text(
        "SELECT has_database_privilege(:r, current_database(), 'TEMPORARY')"), {"r": role})
    return {"other_databases": list(others), "temporary_tables": bool(temporary)}
