"""Reference data of a chain: locations, services, clients, users."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desk.core.bookings import DeductionPolicy, OnlineBooking, ServiceKind


@dataclass(frozen=True)
class Chain:
    id: str
    name: str
    currency: str = "USD"


@dataclass(frozen=True)
class Location:
    id: str
    name: str
    phone_region: str = "US"
    timezone: str = "UTC"
    sales_storage_id: str | None = None


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    category: str
    kind: ServiceKind
    duration_min: int
    price: Decimal
    online: OnlineBooking = field(default_factory=lambda: OnlineBooking(ServiceKind.INDIVIDUAL))
    deduction: DeductionPolicy = field(default_factory=DeductionPolicy)


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    phone: str
    email: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class User:
    id: str
    username: str
    role: str
    password_hash: str
    must_change_password: bool = False
