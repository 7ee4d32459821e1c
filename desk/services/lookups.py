"""Finding what a command line names: a type, a service, a location by its name, a client
by phone. Each refuses a name that matches nothing with its own error."""

from __future__ import annotations

from desk.core.errors import DeskError
from desk.core.membership_types import MembershipType
from desk.core.phones import display_phone, normalize_phone
from desk.core.reference import Client, Location, Service
from desk.services.database import Database


def type_named(db: Database, name: str) -> MembershipType:
    with db.read() as uow:
        return uow.types.by_name(name)


def service_named(db: Database, name: str) -> Service:
    with db.read() as uow:
        return uow.reference.service_by_name(name)


def location_named(db: Database, name: str) -> Location:
    with db.read() as uow:
        return uow.reference.location_by_name(name)


def client_with_phone(db: Database, phone: str, region: str) -> Client:
    """The client whose phone is ``phone`` (read as a number of ``region``)."""
    digits = normalize_phone(phone, region)
    with db.read() as uow:
        client = uow.reference.client_by_phone(digits)
    if client is None:
        raise DeskError("client_not_found", f"No client has the phone {display_phone(digits)}.",
                        value=digits,
                        hint="Check the number or add the client first.")
    return client
