"""The chain server's tables (PostgreSQL), as SQLAlchemy Core tables for the sync queries.

``ledger_entries`` holds the desks' ledger rows in their SQLite storage form (cents,
ISO text), so an entry travels desk → server → desk byte for byte. ``sync_rows`` holds
every other synced row as a JSON document with its version (hybrid logical clock,
device id), one row per version: nothing on the server is ever updated, and a row's
current state is its latest version. Both carry ``server_seq`` (a bigserial) and ``txid``,
the id of the server transaction that wrote the row: the pull cursor (see
``desk.sync.pull``). Who may add what is the server's own rule (row-level security,
server migration 0003; ``desk.sync.hub`` adds the desks).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from desk.core.errors import DeskError

CONNECT_TIMEOUT_S = 5
# rows only the chain's admin desks may add (users and their roles, the chain's settings);
# frozen in server migration 0003's policy
ADMIN_TABLES = ("users", "chains")
metadata = MetaData()

ledger = Table(
    "ledger_entries", metadata,
    Column("id", String(36), primary_key=True),
    Column("membership_id", String(36), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(24), nullable=False),
    Column("on", String(10), nullable=False),
    Column("visits", Integer, nullable=False),
    Column("deltas", Text, nullable=False),
    Column("service_id", String(36)),
    Column("client_id", String(36)),
    Column("ref_id", String(36)),
    Column("date_value", String(10)),
    Column("amount", BigInteger),
    Column("reason", Text, nullable=False),
    Column("user_id", String(36)),
    Column("location_id", String(36)),
    Column("device_id", String(36), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("chain_seq", Integer),
    Column("prev_hash", String(64)),
    Column("entry_hash", String(64)),
    Column("server_seq", BigInteger, nullable=False),
    Column("txid", BigInteger, nullable=False),
)

rows = Table(
    "sync_rows", metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(80), primary_key=True),
    Column("payload", JSONB),
    Column("deleted", Boolean, nullable=False),
    Column("hlc", BigInteger, primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("server_seq", BigInteger, nullable=False),
    Column("txid", BigInteger, nullable=False),
)

meta = Table(
    "sync_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)


def server_engine(url: str) -> Engine:
    """An engine on the chain server at ``url`` (``postgresql+psycopg://…``); no pool: a
    round opens one connection and closes it, and a dead connection is never reused."""
    parsed = check_url(url)
    if parsed.drivername == "postgresql":  # the driver Desk ships with
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, poolclass=NullPool,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def check_url(url: str) -> URL:
    """Refuse anything but a PostgreSQL URL, with a message an installer can act on."""
    try:
        parsed = make_url(url.strip())
    except Exception:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        raise DeskError("sync_server_url_invalid",
                        f"{url!r} is not a chain server address.", value=url,
                        hint="Use postgresql+psycopg://user@host:5432/database.")
    return parsed


def shown_url(url: str) -> str:
    """The server's address as it may be shown or logged: never with its password."""
    return make_url(url).render_as_string(hide_password=True)


def without_password(url: str) -> str:
    """The address as a desk keeps it in its database: no password in it."""
    # URL is a named tuple: set() takes None for "unchanged", _replace() for "none"
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def server_failure(url: str, error: DBAPIError) -> DeskError:
    """What went wrong on the chain server, said so an installer can act on it."""
    where = shown_url(url)
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    if "does not exist" in reason and "relation" in reason:
        return DeskError("sync_server_not_ready",
                         f"The chain server {where} has no Desk schema, or an older one.",
                         value=where, hint="Its owner runs `desk server init URL` on it: that "
                                           "creates the schema or brings it up to date.")
    if "not permitted to log in" in reason:
        return DeskError("sync_desk_revoked",
                         f"The chain server {where} no longer lets this desk in: its owner "
                         "revoked this desk's login.", value=where,
                         hint="Work continues offline. Ask the chain's owner for a new "
                              "connection string (`desk server add-desk`).")
    if "password authentication failed" in reason:
        return DeskError("sync_login_refused",
                         f"The chain server {where} refused this desk's password.", value=where,
                         hint="Type the password of this desk's connection string again in "
                              "Settings › Chain server, or ask the chain's owner for it.")
    if "row-level security" in reason:
        return DeskError("sync_write_refused",
                         f"The chain server {where} refused a change from this desk: "
                         f"{reason}.", value=where,
                         hint="Desks add only their own entries and rows; users and the "
                              "chain's settings come from admin desks.")
    if isinstance(error, OperationalError):
        return DeskError("sync_server_unreachable",
                         f"The chain server {where} could not be reached or dropped the "
                         "connection.", value=where,
                         hint="Work continues offline; the next sync sends everything. "
                              "Check the network or the server address in Settings.")
    return DeskError("sync_server_refused", f"The chain server {where} refused: {reason}.",
                     value=where, hint="Each desk connects with its own login, given by "
                                       "`desk server add-desk`; check this desk's, or ask "
                                       "whoever runs the server.")
