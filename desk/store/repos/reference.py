"""Chain, locations, storages, services and clients: reading them and writing them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core import reference as core
from desk.core.bookings import DeductionPolicy, OnlineBooking, ServiceKind
from desk.core.errors import NotFound
from desk.core.ids import new_id
from desk.core.names import name_key, search_key
from desk.store import schema as s
from desk.store.client_names import write_words


class ReferenceRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # chain and locations ------------------------------------------------------------------
    def chain(self) -> core.Chain | None:
        row = self.session.scalars(select(s.Chain)).first()
        return core.Chain(row.id, row.name, row.currency) if row else None

    def freeze_reasons(self) -> tuple[str, ...]:
        """The chain's freeze reasons (SPEC §3.5), in the order managers put them."""
        text = self.session.scalar(select(s.Chain.freeze_reasons).limit(1)) or ""
        return tuple(line for line in text.split("\n") if line)

    def set_freeze_reasons(self, reasons: tuple[str, ...]) -> None:
        row = self.session.scalars(select(s.Chain)).first()
        if row is None:
            raise NotFound("chain_missing", "This database holds no chain yet.",
                           hint="Create the chain first.")
        row.freeze_reasons = "\n".join(reasons)
        self.session.flush()

    def locations(self) -> list[core.Location]:
        rows = self.session.execute(_LOCATIONS.order_by(s.Location.name_key))
        return [_location(row, storage) for row, storage in rows]

    def add_chain(self, chain: core.Chain) -> None:
        self._add(s.Chain(id=chain.id, name=chain.name, currency=chain.currency))

    def add_location(self, location: core.Location, *, sales_storage: str | None) -> None:
        """A location, with a storage for product sales named ``sales_storage`` if given
        (``location.sales_storage_id`` is ignored: the storage is made here)."""
        self._add(s.Location(id=location.id, name=location.name, name_key=name_key(location.name),
                             phone_region=location.phone_region, timezone=location.timezone))
        if sales_storage:
            self._add(s.Storage(id=new_id(), location_id=location.id, name=sales_storage,
                                for_sales=True))

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

    def add_service(self, service: core.Service) -> None:
        """A service, in its category (named ``service.category``; made if new)."""
        category_id = self.session.scalar(select(s.ServiceCategory.id).where(
            s.ServiceCategory.name == service.category).limit(1))
        if category_id is None:
            category_id = new_id()
            self._add(s.ServiceCategory(id=category_id, name=service.category))
        self._add(s.Service(
            id=service.id, category_id=category_id, name=service.name,
            name_key=name_key(service.name), kind=service.kind.value,
            duration_min=service.duration_min, price=service.price,
            auto_deduct=service.deduction.enabled,
            free_cancel_hours=service.deduction.free_cancel_hours,
            online_prepayment=service.online.prepayment,
            online_membership_required=service.online.membership_required))

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
    def add_client(self, client: core.Client) -> None:
        self._add(s.Client(id=client.id, **_client_columns(client)))
        write_words(self.session.connection(), [(client.id, client.name)])

    def update_client(self, client: core.Client) -> None:
        """Write the client's fields over the stored ones (``client_not_found`` if none)."""
        row = self.session.get(s.Client, client.id)
        if row is None:
            raise NotFound("client_not_found", f"No client {client.id}.", value=client.id)
        renamed = row.name != client.name
        for column, value in _client_columns(client).items():
            setattr(row, column, value)
        if renamed:
            self.session.flush()
            write_words(self.session.connection(), [(client.id, client.name)])

    def client_ids_by_phone(self) -> dict[str, str]:
        """Every client's id by phone, in one query (for checking a whole import file)."""
        return dict(self.session.execute(select(s.Client.phone, s.Client.id)).all())

    def client(self, client_id: str) -> core.Client:
        row = self.session.get(s.Client, client_id)
        if row is None:
            raise NotFound("client_not_found", f"No client {client_id}.", value=client_id)
        return _client(row)

    def clients_by_id(self, client_ids: list[str]) -> dict[str, core.Client]:
        """The clients of these ids (those that exist), in one query."""
        if not client_ids:
            return {}
        return {r.id: _client(r) for r in self.session.scalars(
            select(s.Client).where(s.Client.id.in_(list(dict.fromkeys(client_ids)))))}

    def client_by_phone(self, phone: str) -> core.Client | None:
        row = self.session.scalars(select(s.Client).where(s.Client.phone == phone)).first()
        return _client(row) if row else None

    def find_clients(self, *, phone_prefix: str = "", name_prefix: str = "",
                     limit: int = 50) -> list[core.Client]:
        """Clients whose phone starts with the prefix, or whose name (or a later word of
        it: "diaz" finds "Carla Díaz") starts with it, without regard to case or accents;
        those whose whole name matches first. Index range scans only, never a LIKE."""
        if phone_prefix:
            return [_client(r) for r in self.session.scalars(
                select(s.Client).where(*_starts(s.Client.phone, phone_prefix))
                .order_by(s.Client.phone).limit(limit))]
        key = search_key(name_prefix)
        if not key and name_prefix.strip():
            return []  # only signs typed: nothing to look for
        first = list(self.session.scalars(select(s.Client).where(
            *_starts(s.Client.search_key, key)).order_by(s.Client.search_key).limit(limit)))
        if len(first) >= limit or not key:
            return [_client(r) for r in first]
        seen = {r.id for r in first}
        W = s.ClientNameWord
        later = self.session.execute(select(W.client_id).where(*_starts(W.word, key))
                                     .order_by(W.word).limit(limit + len(first))).scalars()
        wanted = [i for i in dict.fromkeys(later) if i not in seen][:limit - len(first)]
        rows = {r.id: r for r in self.session.scalars(
            select(s.Client).where(s.Client.id.in_(wanted)))} if wanted else {}
        return [_client(r) for r in first] + [_client(rows[i]) for i in wanted if i in rows]

    def _add(self, row: s.Base) -> None:
        # written at once, so the rows that refer to it can follow in the same transaction
        self.session.add(row)
        self.session.flush()


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


def _client_columns(client: core.Client) -> dict:
    return {"name": client.name, "name_key": name_key(client.name),
            "search_key": search_key(client.name), "phone": client.phone,
            "email": client.email, "notes": client.notes}


def _starts(column, prefix: str) -> tuple:
    """``column`` starts with ``prefix``, as a range its index answers (not LIKE, which
    SQLite's case-insensitive LIKE keeps off a plain index)."""
    return (column >= prefix, column < prefix + "\uffff")
