"""Column types: money as integer cents, moments as UTC ISO text, deltas as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Integer, String, Text
from sqlalchemy.types import TypeDecorator

from desk.core.money import from_cents, to_cents


class MoneyCents(TypeDecorator[Decimal]):
    """A Decimal amount stored exactly as whole cents (SQLite has no exact decimals)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        return None if value is None else to_cents(Decimal(value))

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        return None if value is None else from_cents(value)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware moment, stored as sortable UTC ISO text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a timezone")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)  # "...Z" is UTC; much faster than strptime


class Deltas(TypeDecorator[dict]):
    """Balance changes of a ledger entry, ``{"*": -1}``, as compact JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict | None, dialect) -> str:
        return json.dumps(dict(value or {}), separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value: str | None, dialect) -> dict:
        return json.loads(value) if value else {}
