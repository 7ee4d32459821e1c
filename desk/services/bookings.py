"""Booking with a membership (SPEC §5): check, create, cancel, mark a no-show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.core.bookings import (
    BookingStatus,
    assign_booking,
    check_not_booked_already,
    check_start,
    may_book_past_start,
)
from desk.core.dates import time_zone, utc_now
from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.repos.bookings import Booking
from desk.store.uow import Database


@dataclass(frozen=True)
class BookedService:
    booking_id: str
    service: str
    membership_id: str
    membership_number: str | None


@dataclass(frozen=True)
class BookingInfo:
    group_id: str
    starts_at: datetime
    services: tuple[BookedService, ...]

    def as_json(self) -> dict:
        return {"group_id": self.group_id, "starts_at": self.starts_at.isoformat(),
                "services": [vars(s) for s in self.services]}


def book(db: Database, actor: Actor, *, client_id: str, service_ids: list[str],
         location_id: str, starts_at: datetime, today: date | None = None,
         now: datetime | None = None, override: str | None = None) -> BookingInfo:
    """Create a booking if a valid membership covers each service, else
    ``booking_not_covered``; the same booking twice is refused (``booking_exists``), and so
    is a start before ``now`` (``booking_in_past``) unless a manager gives an ``override``
    reason, which the audit trail keeps."""
    actor.require(Action.BOOK)
    today = today or starts_at.date()
    now = now or utc_now()
    group_id = new_id()
    with db.write() as uow:
        candidates = uow.memberships.for_client(client_id)
        chosen = assign_booking(
            candidates, service_ids=service_ids, location_id=location_id, client_id=client_id,
            today=today, booking_day=starts_at.date(),
            pending=uow.bookings.pending_for_client(client_id, [m.id for m in candidates]))
        place = uow.reference.location(location_id)
        zone = time_zone(place.timezone)
        check_not_booked_already(
            uow.bookings.booked_services_at(client_id, service_ids, location_id, starts_at),
            starts_at.astimezone(zone), client=uow.reference.client(client_id).name,
            place=place.name)
        reason = check_start(starts_at.astimezone(zone), now.astimezone(zone),
                             override=override, may_override=may_book_past_start(actor.role))
        booked = []
        for service_id, m in zip(service_ids, chosen, strict=True):
            booking_id = new_id()
            uow.bookings.add(Booking(booking_id, group_id, client_id, service_id, location_id,
                                     starts_at, m.id), created_at=utc_now())
            booked.append(BookedService(booking_id, uow.reference.service(service_id).name,
                                        m.id, m.code))
        if reason:
            uow.audit.record(actor.stamp(db.device_id, location_id), "booked_past_start",
                             "bookings", group_id, starts_at=starts_at.isoformat(),
                             reason=reason)
        uow.commit()
    return BookingInfo(group_id, starts_at, tuple(booked))


def set_booking_status(db: Database, actor: Actor, booking_id: str, status: BookingStatus,
                       at: datetime | None = None) -> None:
    """Cancel a booking (at a moment) or mark the client as not having come."""
    actor.require(Action.BOOK)
    with db.write() as uow:
        booking = uow.bookings.get(booking_id)
        if booking is None:
            raise DeskError("booking_unknown", f"There is no booking {booking_id!r}.",
                            value=booking_id, hint="Check the booking number.")
        if booking.status is not BookingStatus.BOOKED:
            raise DeskError("booking_closed", f"This booking is already {booking.status}.",
                            value=booking.status.value, hint="Only an open booking can change.")
        uow.bookings.close(booking_id, status, at or utc_now())
        uow.commit()
