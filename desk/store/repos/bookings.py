"""Bookings: one row per booked service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.bookings import BookingStatus, PendingBooking
from desk.store import schema as s


class BookingRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def pending_for_client(self, client_id: str) -> list[PendingBooking]:
        """Created, not yet paid bookings of a client that a membership is expected to pay."""
        rows = self.session.execute(select(s.Booking.membership_id, s.Booking.service_id).where(
            s.Booking.client_id == client_id, s.Booking.status == BookingStatus.BOOKED.value,
            s.Booking.membership_id.is_not(None)))
        return [PendingBooking(m, svc) for m, svc in rows]

    def get(self, booking_id: str) -> s.Booking | None:
        return self.session.get(s.Booking, booking_id)

    def started_undecided(self, now: datetime) -> list[s.Booking]:
        """Bookings paid by a membership whose start passed and whose deduction is undecided."""
        return list(self.session.scalars(select(s.Booking).where(
            s.Booking.starts_at <= now, s.Booking.membership_id.is_not(None),
            s.Booking.auto_deduction == "undecided",
            s.Booking.status.in_([BookingStatus.CANCELLED.value, BookingStatus.NO_SHOW.value]))))

    def open_booking(self, client_id: str, service_id: str, location_id: str,
                     day_start: datetime, day_end: datetime) -> s.Booking | None:
        """The client's booked, unpaid booking of this service that day (a visit consumes it)."""
        return self.session.scalars(select(s.Booking).where(
            s.Booking.client_id == client_id, s.Booking.service_id == service_id,
            s.Booking.location_id == location_id, s.Booking.status == BookingStatus.BOOKED.value,
            s.Booking.starts_at >= day_start, s.Booking.starts_at < day_end)
            .order_by(s.Booking.starts_at)).first()
