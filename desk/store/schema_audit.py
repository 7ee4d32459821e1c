"""The audit trail's tables (``desk.store.audit`` chains the rows; migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.schema import Base, Id


class AdminChange(Base):
    """An administrative change (a type, a user, the chain, a setting): who made it, where
    and when, what changed; append-only and chained per device like the ledger. ``detail``
    is JSON with the changed values; secrets are never in it."""

    __tablename__ = "admin_changes"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime]
    user_id: Mapped[str | None] = mapped_column(Id)
    location_id: Mapped[str | None] = mapped_column(Id)
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[str] = mapped_column(default="{}")
    chain_seq: Mapped[int | None]
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The last link of a device's chain (``ledger`` or ``admin``), moved with every link."""

    __tablename__ = "audit_heads"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    chain: Mapped[str] = mapped_column(String(8), primary_key=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
