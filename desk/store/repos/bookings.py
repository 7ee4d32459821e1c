"""Bookings: one row per booked service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.core.bookings import AutoDeduction, BookingStatus, PendingBooking
from desk.store import schema as s


@dataclass(frozen=True)
class Booking:
    """One booked service as stored."""

    id: str
    group_id: str
    client_id: str
    service_id: str
    location_id: str
    starts_at: datetime
    membership_id: str | None
    status: BookingStatus = BookingStatus.BOOKED
    cancelled_at: datetime | None = None
    auto_deduction: AutoDeduction = AutoDeduction.UNDECIDED


class BookingRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, booking: Booking, created_at: datetime) -> None:
        self.session.add(s.Booking(
            id=booking.id, group_id=booking.group_id, client_id=booking.client_id,
            service_id=booking.service_id, location_id=booking.location_id,
            starts_at=booking.starts_at, membership_id=booking.membership_id,
            status=booking.status.value, cancelled_at=booking.cancelled_at,
            auto_deduction=booking.auto_deduction.value, created_at=created_at))
        self.session.flush()

    def pending_for_client(self, client_id: str,
                           membership_ids: Sequence[str] = ()) -> list[PendingBooking]:
        """Created, not yet paid bookings that a membership is expected to pay: the client's,
        and anyone's on ``membership_ids`` (a shared membership's family books on it too)."""
        B = s.Booking
        whose = B.client_id == client_id
        if membership_ids:
            whose = or_(whose, B.membership_id.in_(list(membership_ids)))
        rows = self.session.execute(select(B.membership_id, B.service_id, B.starts_at).where(
            whose, B.status == BookingStatus.BOOKED.value, B.membership_id.is_not(None)))
        # the day as the booking check reads a new booking's start (desk.services.bookings)
        return [PendingBooking(m, svc, starts_at.date()) for m, svc, starts_at in rows]

    def booked_services_at(self, client_id: str, service_ids: list[str], location_id: str,
                           starts_at: datetime) -> list[str]:
        """The names of those services the client is booked for there at that start, in
        bookings not cancelled."""
        return list(self.session.scalars(
            select(s.Service.name).join(s.Booking, s.Booking.service_id == s.Service.id).where(
                s.Booking.client_id == client_id, s.Booking.service_id.in_(service_ids),
                s.Booking.location_id == location_id, s.Booking.starts_at == starts_at,
                s.Booking.status != BookingStatus.CANCELLED.value)
            .order_by(s.Service.name).distinct()))

    def get(self, booking_id: str) -> Booking | None:
        row = self.session.get(s.Booking, booking_id)
        return _booking(row) if row else None

    def started_undecided(self, now: datetime) -> list[Booking]:
        """Bookings paid by a membership whose start passed and whose deduction is undecided."""
        return [_booking(row) for row in self.session.scalars(select(s.Booking).where(
            s.Booking.starts_at <= now, s.Booking.membership_id.is_not(None),
            s.Booking.auto_deduction == AutoDeduction.UNDECIDED.value,
            s.Booking.status.in_([BookingStatus.CANCELLED.value, BookingStatus.NO_SHOW.value])))]

    def open_booking(self, client_id: str, service_id: str, location_id: str,
                     day_start: datetime, day_end: datetime) -> Booking | None:
        """The client's booked, unpaid booking of this service that day (a visit consumes it)."""
        row = self.session.scalars(select(s.Booking).where(
            s.Booking.client_id == client_id, s.Booking.service_id == service_id,
            s.Booking.location_id == location_id, s.Booking.status == BookingStatus.BOOKED.value,
            s.Booking.starts_at >= day_start, s.Booking.starts_at < day_end)
            .order_by(s.Booking.starts_at)).first()
        return _booking(row) if row else None

    def mark_paid(self, booking_id: str) -> None:
        """A visit paid for the booking consumed it."""
        self._set(booking_id, status=BookingStatus.PAID.value)

    def reopen(self, booking_id: str) -> None:
        """The visit that paid the booking was undone: the client is booked again, so the
        booking can be checked in (or marked a no-show) as if never paid."""
        row = self.session.get(s.Booking, booking_id)
        if row is not None and row.status == BookingStatus.PAID.value:
            self._set(booking_id, status=BookingStatus.BOOKED.value)

    def close(self, booking_id: str, status: BookingStatus, at: datetime | None = None) -> None:
        """Cancel the booking (at ``at``) or mark it a no-show."""
        cancelled = {"cancelled_at": at} if status is BookingStatus.CANCELLED else {}
        self._set(booking_id, status=status.value, **cancelled)

    def decide_deduction(self, booking_id: str, decision: AutoDeduction) -> None:
        self._set(booking_id, auto_deduction=decision.value)

    def _set(self, booking_id: str, **values) -> None:
        # through the ORM row when the session holds it, so a later read sees the change
        row = self.session.get(s.Booking, booking_id)
        for column, value in values.items():
            setattr(row, column, value)


def _booking(row: s.Booking) -> Booking:
    return Booking(row.id, row.group_id, row.client_id, row.service_id, row.location_id,
                   row.starts_at, row.membership_id, BookingStatus(row.status), row.cancelled_at,
                   AutoDeduction(row.auto_deduction))
