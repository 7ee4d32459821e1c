"""Read-only questions the desk asks: find clients, a client's memberships (a membership's
history is ``desk.services.history``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.core.codes import code_key
from desk.core.dates import time_zone
from desk.core.errors import DeskError
from desk.core.membership_types import MembershipType
from desk.core.permissions import Action
from desk.core.phones import normalize_phone
from desk.core.reference import Chain, Client, Location, Service
from desk.services.actor import Actor
from desk.services.views import MembershipInfo, describe
from desk.store.uow import Database


def search_clients(db: Database, text: str, *, region: str = "US",
                   limit: int = 50) -> list[Client]:
    """Clients by name prefix, phone prefix (any common format) or membership code."""
    text = text.strip()
    if not text:
        return []
    with db.read() as uow:
        found: list[Client] = []
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits and len(digits) >= len(text.replace(" ", "")) // 2:
            found = _by_phone(uow, text, digits, region, limit)
        if not found:
            found = uow.reference.find_clients(name_prefix=text, limit=limit)
        if not found and uow.memberships.code_taken(code_key(text)):
            m = uow.memberships.by_id_or_code(text)
            if m.owner_id:
                found = [uow.reference.client(m.owner_id)]
        return found


def _by_phone(uow, text: str, digits: str, region: str, limit: int) -> list[Client]:
    try:  # a whole number in any format: exactly that client
        client = uow.reference.client_by_phone(normalize_phone(text, region))
        if client:
            return [client]
    except DeskError:
        pass
    return uow.reference.find_clients(phone_prefix=digits, limit=limit)


def list_memberships(db: Database, day: date) -> list[MembershipInfo]:
    """Every membership of the chain as the desk shows it, oldest sale first."""
    with db.read() as uow:
        return [describe(uow, m, day) for m in uow.memberships.all_in_sale_order()]


def export_memberships(db: Database, actor: Actor, day: date) -> list[MembershipInfo]:
    """Every membership with its owner's name and phone, for ``desk memberships``: that is
    a list of the chain's clients, so only those who may export client lists get it."""
    actor.require(Action.EXPORT_CLIENTS)
    return list_memberships(db, day)


def client_memberships(db: Database, client_id: str, day: date) -> list[MembershipInfo]:
    """A client's memberships, those still usable first."""
    with db.read() as uow:
        rows = [describe(uow, m, day) for m in uow.memberships.for_client(client_id)]
    order = {"active": 0, "frozen": 1, "issued": 2, "expired": 3, "used_up": 4}
    return sorted(rows, key=lambda r: (order.get(r.status, 9), r.expires or date.max))


@dataclass(frozen=True)
class PaidAlready:
    """A payment the client already had of a service that day: at (local time) and where."""

    at: str
    location: str


def paid_already(db: Database, client_id: str, service_id: str,
                 day: date) -> PaidAlready | None:
    """The client's latest payment, not undone, of the service that day anywhere in the
    chain: a second one is asked about first (SPEC §11 "Safe keys")."""
    with db.read() as uow:
        found = uow.day.last_payment_of(client_id, service_id, day)
    if found is None:
        return None
    local = found.recorded_at.astimezone(time_zone(found.timezone))
    return PaidAlready(f"{local:%H:%M}", found.location)


def chain(db: Database) -> Chain | None:
    with db.read() as uow:
        return uow.reference.chain()


def locations(db: Database) -> list[Location]:
    """Every location, by name."""
    with db.read() as uow:
        return uow.reference.locations()


def services(db: Database) -> list[Service]:
    """Every service, by name."""
    with db.read() as uow:
        return uow.reference.services()


def sellable_types(db: Database, location_id: str) -> list[MembershipType]:
    """The types a receptionist can sell at a location: active and valid there."""
    with db.read() as uow:
        return [t for t in uow.types.all(archived=False) if t.valid_at(location_id)]


def type_covering(db: Database, service_id: str, location_id: str) -> MembershipType | None:
    """The type to sell for a visit no membership covers: the cheapest active type that
    includes the service and is valid at the location (by name among equals)."""
    fitting = [t for t in sellable_types(db, location_id) if t.includes(service_id)]
    return min(fitting, key=lambda t: (t.price, t.name), default=None)


def default_sale_location(db: Database, preferred: str | None) -> str | None:
    """The actor's location if set, else the first location with a sales storage."""
    places = locations(db)
    if preferred and any(p.id == preferred for p in places):
        return preferred
    candidates = [p for p in places if p.sales_storage_id] or places
    return candidates[0].id if candidates else None


def client(db: Database, client_id: str) -> Client:
    """One client by id (``client_not_found`` when there is none)."""
    with db.read() as uow:
        return uow.reference.client(client_id)
