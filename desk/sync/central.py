"""The chain server's tables (PostgreSQL), as SQLAlchemy Core tables for the sync queries.

``ledger_entries`` holds the desks' ledger rows in their SQLite storage form (cents,
ISO text), so an entry travels desk → server → desk byte for byte. ``sync_rows`` holds
every other synced row as a JSON document with its version (hybrid logical clock,
device id). Both carry ``server_seq`` (a bigserial) and ``txid``, the id of the server
transaction that wrote the row: the pull cursor (see ``desk.sync.pull``).
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
    Column("hlc", BigInteger, nullable=False),
    Column("device_id", String(36), nullable=False),
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


def server_failure(url: str, error: DBAPIError) -> DeskError:
    """What went wrong on the chain server, said so an installer can act on it."""
    where = shown_url(url)
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    if "does not exist" in reason and "relation" in reason:
        return DeskError("sync_server_not_ready", f"The chain server {where} has no Desk schema.",
                         value=where, hint="Run `desk server init URL` on it once.")
    if isinstance(error, OperationalError):
        return DeskError("sync_server_unreachable",
                         f"The chain server {where} could not be reached or dropped the "
                         "connection.", value=where,
                         hint="Work continues offline; the next sync sends everything. "
                              "Check the network or the server address in Settings.")
    return DeskError("sync_server_refused", f"The chain server {where} refused: {reason}.",
                     value=where, hint="Check the user's rights on that database, or ask "
                                       "whoever runs the server.")
