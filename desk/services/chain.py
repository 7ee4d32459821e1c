"""Setting up a chain: the chain, locations with storages, services, clients."""

from __future__ import annotations

from decimal import Decimal

from desk.core.bookings import OnlineBooking, ServiceKind, check_online_booking
from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.core.names import clean_name, name_key
from desk.core.permissions import Action, Role
from desk.core.phones import normalize_phone
from desk.core.reference import Client
from desk.services.actor import SYSTEM, Actor
from desk.services.auth import add_user
from desk.store import schema
from desk.store.uow import Database


def _id() -> str:
    return new_id()


def create_chain(db: Database, actor: Actor, name: str, currency: str = "USD") -> str:
    actor.require(Action.MANAGE_CHAIN)
    with db.write() as uow:
        if uow.reference.chain() is not None:
            raise DeskError("chain_exists", "This database already holds a chain.",
                            hint="Use a new database file for another chain.")
        chain_id = _id()
        row = schema.Chain(id=chain_id, name=clean_name(name, what="chain"),
                           currency=currency.strip().upper()[:3] or "USD")
        uow.add(row)
        uow.record_change(actor.stamp(db.device_id), "chain_created", "chains", chain_id,
                          name=row.name, currency=row.currency)
        uow.commit()
    return chain_id


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
        uow.add(schema.Location(id=location_id, name=cleaned, name_key=name_key(cleaned),
                                phone_region=phone_region, timezone=timezone))
        if sales_storage:
            uow.add(schema.Storage(id=_id(), location_id=location_id,
                                   name=clean_name(sales_storage, what="storage"), for_sales=True))
        uow.record_change(actor.stamp(db.device_id), "location_added", "locations", location_id,
                          name=cleaned, timezone=timezone, sales_storage=sales_storage)
        uow.commit()
    return location_id


def add_service(db: Database, actor: Actor, name: str, *, category: str, kind: ServiceKind,
                duration_min: int, price: Decimal, auto_deduct: bool = False,
                free_cancel_hours: int = 0, online_prepayment: bool = False,
                online_membership_required: bool = False) -> str:
    actor.require(Action.MANAGE_CHAIN)
    check_online_booking(OnlineBooking(kind, online_prepayment, online_membership_required))
    cleaned = clean_name(name, what="service")
    with db.write() as uow:
        category_row = uow.session.query(schema.ServiceCategory).filter_by(
            name=clean_name(category, what="category")).first()
        if category_row is None:
            category_row = schema.ServiceCategory(id=_id(), name=clean_name(category,
                                                                            what="category"))
            uow.add(category_row)
        service_id = _id()
        uow.add(schema.Service(
            id=service_id, category_id=category_row.id, name=cleaned, name_key=name_key(cleaned),
            kind=kind.value, duration_min=duration_min, price=price, auto_deduct=auto_deduct,
            free_cancel_hours=free_cancel_hours, online_prepayment=online_prepayment,
            online_membership_required=online_membership_required))
        uow.record_change(actor.stamp(db.device_id), "service_added", "services", service_id,
                          name=cleaned, price=price, auto_deduct=auto_deduct)
        uow.commit()
    return service_id


def add_client(db: Database, actor: Actor, name: str, phone: str, *, email: str | None = None,
               notes: str = "", region: str = "US") -> Client:
    actor.require(Action.MANAGE_CLIENTS)
    cleaned = clean_name(name, what="client")
    digits = normalize_phone(phone, region)
    with db.write() as uow:
        existing = uow.reference.client_by_phone(digits)
        if existing is not None:
            raise DeskError("phone_taken", f"{existing.name} already has the phone {digits}.",
                            value=digits, hint="Open that client instead, or check the number.")
        client = Client(_id(), cleaned, digits, (email or "").strip() or None, notes)
        uow.add(schema.Client(id=client.id, name=client.name, name_key=name_key(client.name),
                              phone=client.phone, email=client.email, notes=client.notes))
        uow.commit()
    return client


def start_chain(db: Database, name: str, admin_password: str, currency: str = "USD") -> None:
    """A new empty chain with one administrator, who must change the password at first use."""
    create_chain(db, SYSTEM, name, currency)
    add_user(db, SYSTEM, "admin", Role.ADMIN, admin_password, must_change_password=True)
