"""Setting up a chain: the chain, locations with storages, services, clients."""

from __future__ import annotations

from decimal import Decimal

from desk.core.bookings import (
    DeductionPolicy,
    OnlineBooking,
    ServiceKind,
    check_online_booking,
)
from desk.core.errors import DeskError
from desk.core.freeze_policy import clean_reasons
from desk.core.ids import new_id
from desk.core.names import clean_name
from desk.core.permissions import Action, Role
from desk.core.phones import display_phone, normalize_phone
from desk.core.reference import Chain, Client, Location, Service
from desk.services.actor import SYSTEM, Actor
from desk.services.auth import add_user
from desk.store.uow import Database


def _id() -> str:
    return new_id()


def create_chain(db: Database, actor: Actor, name: str, currency: str = "USD") -> str:
    actor.require(Action.MANAGE_CHAIN)
    with db.write() as uow:
        if uow.reference.chain() is not None:
            raise DeskError("chain_exists", "This database already holds a chain.",
                            hint="Use a new database file for another chain.")
        chain = Chain(_id(), clean_name(name, what="chain"),
                      currency.strip().upper()[:3] or "USD")
        uow.reference.add_chain(chain)
        uow.audit.record(actor.stamp(db.device_id), "chain_created", "chains", chain.id,
                         name=chain.name, currency=chain.currency)
        uow.commit()
    return chain.id


def freeze_reasons(db: Database) -> tuple[str, ...]:
    """The chain's list of freeze reasons (SPEC §3.5)."""
    with db.read() as uow:
        return uow.reference.freeze_reasons()


def set_freeze_reasons(db: Database, actor: Actor, reasons: list[str]) -> tuple[str, ...]:
    """Managers edit the chain's freeze reasons; entries already written keep theirs."""
    actor.require(Action.MANAGE_TYPES)
    cleaned = clean_reasons(reasons)
    with db.write() as uow:
        uow.reference.set_freeze_reasons(cleaned)
        uow.audit.record(actor.stamp(db.device_id), "freeze_reasons_set", "chains", "reasons",
                         reasons=list(cleaned))
        uow.commit()
    return cleaned


def add_location(db: Database, actor: Actor, name: str, *, sales_storage: str | None = None,
                 phone_region: str = "US", timezone: str = "UTC") -> str:
    """A location, with a storage for product sales when ``sales_storage`` names one."""
    actor.require(Action.MANAGE_CHAIN)
    cleaned = clean_name(name, what="location")
    with db.write() as uow:
        if uow.reference.location_name_taken(cleaned):
            raise DeskError("location_exists", f"There is already a location named {cleaned!r}.",
                            value=cleaned, hint="Location names must differ (case is ignored).")
        location_id = _id()
        uow.reference.add_location(
            Location(location_id, cleaned, phone_region, timezone),
            sales_storage=clean_name(sales_storage, what="storage") if sales_storage else None)
        uow.audit.record(actor.stamp(db.device_id), "location_added", "locations", location_id,
                         name=cleaned, timezone=timezone, sales_storage=sales_storage)
        uow.commit()
    return location_id


def add_service(db: Database, actor: Actor, name: str, *, category: str, kind: ServiceKind,
                duration_min: int, price: Decimal, auto_deduct: bool = False,
                free_cancel_hours: int = 0, online_prepayment: bool = False,
                online_membership_required: bool = False) -> str:
    actor.require(Action.MANAGE_CHAIN)
    online = check_online_booking(
        OnlineBooking(kind, online_prepayment, online_membership_required))
    service = Service(_id(), clean_name(name, what="service"),
                      clean_name(category, what="category"), kind, duration_min, price, online,
                      DeductionPolicy(auto_deduct, free_cancel_hours))
    with db.write() as uow:
        uow.reference.add_service(service)
        uow.audit.record(actor.stamp(db.device_id), "service_added", "services", service.id,
                         name=service.name, price=price, auto_deduct=auto_deduct)
        uow.commit()
    return service.id


def add_client(db: Database, actor: Actor, name: str, phone: str, *, email: str | None = None,
               notes: str = "", region: str = "US") -> Client:
    actor.require(Action.MANAGE_CLIENTS)
    cleaned = clean_name(name, what="client")
    digits = normalize_phone(phone, region)
    with db.write() as uow:
        existing = uow.reference.client_by_phone(digits)
        if existing is not None:
            raise DeskError("phone_taken",
                            f"{existing.name} already has the phone {display_phone(digits)}.",
                            value=digits, hint="Open that client instead, or check the number.")
        client = Client(_id(), cleaned, digits, (email or "").strip() or None, notes)
        uow.reference.add_client(client)
        uow.commit()
    return client


def start_chain(db: Database, name: str, admin_password: str, currency: str = "USD") -> None:
    """A new empty chain with one administrator, who must change the password at first use."""
    create_chain(db, SYSTEM, name, currency)
    add_user(db, SYSTEM, "admin", Role.ADMIN, admin_password, must_change_password=True)
