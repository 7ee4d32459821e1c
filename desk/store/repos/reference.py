"""Chain, locations, storages, services, clients, users and settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core import reference as core
from desk.core.bookings import DeductionPolicy, OnlineBooking, ServiceKind
from desk.core.errors import NotFound
from desk.core.names import name_key
from desk.store import schema as s


class ReferenceRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # settings -----------------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        row = self.session.get(s.Setting, key)
        return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        self.session.merge(s.Setting(key=key, value=value))

    # chain and locations ------------------------------------------------------------------
    def chain(self) -> core.Chain | None:
        row = self.session.scalars(select(s.Chain)).first()
        return core.Chain(row.id, row.name, row.currency) if row else None

    def locations(self) -> list[core.Location]:
        rows = self.session.execute(_LOCATIONS.order_by(s.Location.name_key))
        return [_location(row, storage) for row, storage in rows]

    def location(self, location_id: str) -> core.Location:
        found = self.session.execute(_LOCATIONS.where(s.Location.id == location_id)).first()
        if found is None:
            raise NotFound("location_unknown", f"No location {location_id}.", value=location_id)
        return _location(*found)

    def location_by_name(self, name: str) -> core.Location:
        found = self.session.execute(
            _LOCATIONS.where(s.Location.name_key == name_key(name))).first()
        if found is None:
            known = ", ".join(loc.name for loc in self.locations()) or "none yet"
            raise NotFound("location_unknown", f"There is no location named {name!r}.",
                           value=name, hint=f"Known locations: {known}.")
        return _location(*found)

    def location_name_taken(self, name: str) -> bool:
        return self.session.scalar(
            select(s.Location.id).where(s.Location.name_key == name_key(name))) is not None

    # services -----------------------------------------------------------------------------
    def services(self) -> list[core.Service]:
        return [_service(row, category) for row, category in self.session.execute(
            _SERVICES.order_by(s.Service.name_key))]

    def service(self, service_id: str) -> core.Service:
        found = self.session.execute(_SERVICES.where(s.Service.id == service_id)).first()
        if found is None:
            raise NotFound("service_unknown", f"No service {service_id}.", value=service_id)
        return _service(*found)

    def service_by_name(self, name: str) -> core.Service:
        found = self.session.execute(
            _SERVICES.where(s.Service.name_key == name_key(name))).first()
        if found is None:
            known = ", ".join(x.name for x in self.services()) or "none yet"
            raise NotFound("service_unknown", f"There is no service named {name!r}.", value=name,
                           hint=f"Known services: {known}.")
        return _service(*found)

    # clients ------------------------------------------------------------------------------
    def client(self, client_id: str) -> core.Client:
        row = self.session.get(s.Client, client_id)
        if row is None:
            raise NotFound("client_not_found", f"No client {client_id}.", value=client_id)
        return _client(row)

    def client_by_phone(self, phone: str) -> core.Client | None:
        row = self.session.scalars(select(s.Client).where(s.Client.phone == phone)).first()
        return _client(row) if row else None

    def find_clients(self, *, phone_prefix: str = "", name_prefix: str = "",
                     limit: int = 50) -> list[core.Client]:
        """Clients whose phone or name starts with the prefix; index range scans, not LIKE."""
        query = select(s.Client)
        if phone_prefix:
            query = query.where(s.Client.phone >= phone_prefix,
                                s.Client.phone < phone_prefix + "\uffff")
            query = query.order_by(s.Client.phone)
        else:
            key = name_key(name_prefix)
            query = query.where(s.Client.name_key >= key, s.Client.name_key < key + "\uffff")
            query = query.order_by(s.Client.name_key)
        return [_client(r) for r in self.session.scalars(query.limit(limit))]

    # users --------------------------------------------------------------------------------
    def user_by_name(self, username: str) -> core.User | None:
        row = self.session.scalars(
            select(s.User).where(s.User.username == username.strip().lower())).first()
        if row is None:
            return None
        return core.User(row.id, row.username, row.role, row.password_hash,
                         row.must_change_password)

    def first_user_with_role(self, role: str) -> core.User | None:
        row = self.session.scalars(select(s.User).where(s.User.role == role)
                                   .order_by(s.User.username)).first()
        return self.user_by_name(row.username) if row else None


# a location with its storage for product sales (the first by name), in one query
_SALES_STORAGE = (select(s.Storage.id)
                  .where(s.Storage.location_id == s.Location.id, s.Storage.for_sales)
                  .order_by(s.Storage.name).limit(1).correlate(s.Location).scalar_subquery())
_LOCATIONS = select(s.Location, _SALES_STORAGE)
# a service with its category's name, in one query
_SERVICES = select(s.Service, s.ServiceCategory.name).outerjoin(
    s.ServiceCategory, s.ServiceCategory.id == s.Service.category_id)


def _location(row: s.Location, sales_storage_id: str | None) -> core.Location:
    return core.Location(row.id, row.name, row.phone_region, row.timezone, sales_storage_id)


def _service(row: s.Service, category: str | None) -> core.Service:
    kind = ServiceKind(row.kind)
    return core.Service(
        row.id, row.name, category or "", kind, row.duration_min, row.price,
        OnlineBooking(kind, row.online_prepayment, row.online_membership_required),
        DeductionPolicy(row.auto_deduct, row.free_cancel_hours))


def _client(row: s.Client) -> core.Client:
    return core.Client(row.id, row.name, row.phone, row.email, row.notes)
