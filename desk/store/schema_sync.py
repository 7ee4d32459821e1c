"""Chain sync's bookkeeping tables (``desk/sync``; migrations 0004, 0006 and 0010)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.schema import Base, Id


class RowVersion(Base):
    """The chain-sync version of a synced row: a hybrid-logical-clock stamp and the device
    that wrote it (last writer wins, the device id breaking ties). Kept beside the rows,
    written by the triggers of migration 0004, so no write path can forget it."""

    __tablename__ = "row_versions"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    hlc: Mapped[int]
    device_id: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool]


class SyncOutbox(Base):
    """Synced rows written here and not yet pushed to the chain server, in write order."""

    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(80))

    __table_args__ = ({"sqlite_autoincrement": True},)


class SyncClock(Base):
    """The desk's hybrid logical clock (microseconds; one row): never behind the wall clock
    nor behind any version seen from another desk. ``applying`` is set only inside the
    transaction that applies a pull, so the versioning triggers leave pulled rows alone."""

    __tablename__ = "sync_clock"
    id: Mapped[int] = mapped_column(primary_key=True)
    hlc: Mapped[int]
    applying: Mapped[bool] = mapped_column(default=False)


class RowClash(Base):
    """A synced row that lost a clash over a unique value — a client added on two desks with
    one phone, two locations (services, types, users, product categories) of one name — and
    how it was settled (``merged`` into ``winner_id``, or ``renamed``), until a manager has
    reviewed it. Written by desk/sync/clashes.py; synced like the reference rows."""

    __tablename__ = "row_clashes"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(Id, primary_key=True)
    winner_id: Mapped[str] = mapped_column(Id)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str]
    resolution: Mapped[str] = mapped_column(String(16))
    reviewed_by: Mapped[str | None] = mapped_column(Id)
    reviewed_at: Mapped[datetime | None]


class SyncSetAside(Base):
    """A pulled row or ledger entry this desk could not apply (``direction`` "in"), or a
    change made here that the chain server would not take ("out"), with the reason, until a
    manager reviews it. Written by desk/sync/set_aside.py; the desk's own, never synced."""

    __tablename__ = "sync_set_aside"
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str]
    hlc: Mapped[int] = mapped_column(server_default="0")
    device_id: Mapped[str] = mapped_column(String(36), server_default="")
    reason: Mapped[str]
    data: Mapped[str | None]  # what came in, as JSON
    set_aside_at: Mapped[str] = mapped_column(String(32))
    reviewed_by: Mapped[str | None] = mapped_column(Id)
    reviewed_at: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("direction", "table_name", "row_id", "hlc", "device_id"),
                      {"sqlite_autoincrement": True})
