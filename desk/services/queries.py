"""Read-only questions the desk asks: find clients, a client's memberships (a membership's
history is ``desk.services.history``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk.core.bookings import BookingStatus
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

MIN_PARTIAL_CODE = 3  # shorter, a partial code would find half the chain's cards


@dataclass(frozen=True)
class SearchHit:
    """One line of the search's results: a client, or a membership found by its code that
    has no owner yet (a gift: ``client`` is None). ``membership_id`` and ``code`` name the
    membership whose code matched, if a code did."""

    client: Client | None
    membership_id: str | None = None
    code: str | None = None

    @property
    def is_gift(self) -> bool:
        return self.client is None


def search(db: Database, text: str, *, region: str = "US", limit: int = 50) -> list[SearchHit]:
    """What the search box finds for ``text``: the membership whose code it is exactly
    (its owner, or the gift itself); else clients by phone (any common format) or by the
    start of any word of the name, without regard to case or accents, followed by the
    memberships whose code starts with it or has a part starting with it (3 signs or more)."""
    text = text.strip()
    if not text:
        return []
    with db.read() as uow:
        key = code_key(text)
        exact = _exact_code_hit(uow, text)
        if exact is not None:
            return [exact]
        hits = [SearchHit(c) for c in _clients(uow, text, region, limit)]
        if len(key) >= MIN_PARTIAL_CODE and len(hits) < limit:
            found = uow.memberships.find_codes(key, limit - len(hits))
            owners = uow.reference.clients_by_id([o for _, _, o in found if o])
            hits += [SearchHit(owners.get(o) if o else None, i, c) for i, c, o in found]
        return hits


def search_clients(db: Database, text: str, *, region: str = "US",
                   limit: int = 50) -> list[Client]:
    """The clients ``search`` finds, once each (gifts left out)."""
    found = [hit.client for hit in search(db, text, region=region, limit=limit) if hit.client]
    return list({c.id: c for c in found}.values())


def code_hit(db: Database, text: str) -> SearchHit | None:
    """The hit of the membership whose code ``text`` is exactly (any case, spaces around),
    if it is one: what a scanned card names."""
    with db.read() as uow:
        return _exact_code_hit(uow, text)


def membership(db: Database, membership_id: str, day: date) -> MembershipInfo:
    """One membership as the desk shows it."""
    with db.read() as uow:
        return describe(uow, uow.memberships.get(membership_id), day)


def service_to_pay(db: Database, membership_id: str, client_id: str | None,
                   location_id: str | None, day: date) -> str | None:
    """The service a presented membership most likely comes to pay: the client's first
    booking still to pay that day at the location (the membership's own without one; in
    the location's time zone), one this membership covers first; with none, the first
    service (by name) the membership includes."""
    with db.read() as uow:
        m = uow.memberships.get(membership_id)
        location_id = location_id or m.sale.location_id
        zone = time_zone(uow.reference.location(location_id).timezone)
        start = datetime.combine(day, time.min, tzinfo=zone)
        booked = [b for row in uow.day.bookings(location_id, start, start + timedelta(days=1))
                  if row.status == BookingStatus.BOOKED.value
                  and (b := uow.bookings.get(row.booking_id)) and b.client_id == client_id]
        booked.sort(key=lambda b: (b.membership_id != membership_id, b.starts_at))
        if booked:
            return booked[0].service_id
        included = m.type.service_ids
        return next((x.id for x in uow.reference.services() if x.id in included), None)


def _exact_code_hit(uow, text: str) -> SearchHit | None:
    if not text.strip() or not uow.memberships.code_taken(code_key(text)):
        return None
    m = uow.memberships.by_id_or_code(text)
    return SearchHit(uow.reference.client(m.owner_id) if m.owner_id else None, m.id, m.code)


def _clients(uow, text: str, region: str, limit: int) -> list[Client]:
    digits = "".join(ch for ch in text if ch.isdigit())
    found: list[Client] = []
    if digits and len(digits) >= len(text.replace(" ", "")) // 2:
        found = _by_phone(uow, text, digits, region, limit)
    return found or uow.reference.find_clients(name_prefix=text, limit=limit)


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
    order = {"active": 0, "frozen": 1, "issued": 2, "expired": 3, "used_up": 4, "refunded": 5,
             "cancelled": 6}
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
