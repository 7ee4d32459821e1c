"""The desk's day (SPEC §11): what happened and is booked at one location on one day."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal

from desk.core.dates import day_bounds, time_zone
from desk.core.reference import Location
from desk.services.actor import Actor
from desk.store.uow import Database


@dataclass(frozen=True)
class DayBooking:
    booking_id: str
    time: str  # HH:MM in the location's time zone
    client: str
    service: str
    membership_number: str | None
    state: str  # booked / paid / cancelled / no-show
    client_id: str
    service_id: str


@dataclass(frozen=True)
class DayVisit:
    payment_id: str
    time: str
    client: str | None
    service: str | None
    membership_number: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class DaySale:
    membership_id: str
    time: str
    client: str | None
    type: str
    membership_number: str | None
    price: Decimal


@dataclass(frozen=True)
class DayEntry:
    """An automatic deduction or a freeze (``until``: its last day)."""

    entry_id: str
    kind: str  # automatic deduction / freeze
    time: str
    client: str | None
    service: str | None
    membership_number: str | None
    until: date | None


@dataclass(frozen=True)
class Day:
    location: Location
    day: date
    bookings: tuple[DayBooking, ...]
    visits: tuple[DayVisit, ...]
    sales: tuple[DaySale, ...]
    deductions_and_freezes: tuple[DayEntry, ...]

    def as_json(self) -> dict:
        def rows(items) -> list[dict]:
            return [{k: (str(v) if isinstance(v, Decimal | date) else v)
                     for k, v in asdict(item).items()} for item in items]
        return {"location": self.location.name, "day": self.day.isoformat(),
                "bookings": rows(self.bookings), "visits": rows(self.visits),
                "sales": rows(self.sales),
                "deductions_and_freezes": rows(self.deductions_and_freezes)}


_STATES = {"no_show": "no-show"}
_KINDS = {"auto_deduction": "automatic deduction"}


def today(db: Database, actor: Actor, location_id: str, day: date) -> Day:
    """The day of ``location_id``: bookings starting that day in the location's time zone,
    the visits paid there that business day (undone ones left out), its sales, automatic
    deductions and freezes. Reading, as a client's memberships are read: any user may."""
    del actor  # reading the day asks for no permission beyond being logged in
    with db.read() as uow:
        location = uow.reference.location(location_id)
        zone = time_zone(location.timezone)
        start, end = day_bounds(day, zone)

        def at(moment: datetime) -> str:
            return moment.astimezone(zone).strftime("%H:%M")

        bookings = tuple(DayBooking(r.booking_id, at(r.starts_at), r.client, r.service,
                                    r.membership_number, _STATES.get(r.status, r.status),
                                    r.client_id, r.service_id)
                         for r in uow.day.bookings(location_id, start, end))
        visits = tuple(DayVisit(r.payment_id, at(r.recorded_at), r.client, r.service,
                                r.membership_number, r.user)
                       for r in uow.day.paid_visits(location_id, day))
        sales = tuple(DaySale(r.membership_id, at(r.sold_at), r.client, r.type,
                              r.membership_number, r.price)
                      for r in uow.day.sales(location_id, day))
        entries = tuple(DayEntry(r.entry_id, _KINDS.get(r.kind, r.kind), at(r.recorded_at),
                                 r.client, r.service, r.membership_number, r.until)
                        for r in uow.day.deductions_and_freezes(location_id, day))
    return Day(location, day, bookings, visits, sales, entries)
