"""One location's day (SPEC §11): its bookings, paid visits, sales, automatic deductions and
freezes, as plain rows for the Today view and ``desk today``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.core.ledger import EntryKind
from desk.store import schema as s


@dataclass(frozen=True)
class BookingRow:
    booking_id: str
    starts_at: datetime
    client: str
    service: str
    membership_number: str | None
    status: str
    client_id: str
    service_id: str


@dataclass(frozen=True)
class PaidVisitRow:
    payment_id: str
    recorded_at: datetime
    client: str | None
    service: str | None
    membership_number: str | None
    user: str | None


@dataclass(frozen=True)
class SaleRow:
    membership_id: str
    sold_at: datetime
    client: str | None
    type: str
    membership_number: str | None
    price: Decimal


@dataclass(frozen=True)
class EntryRow:
    """An automatic deduction or a freeze: ``until`` is a freeze's last day."""

    entry_id: str
    kind: str
    recorded_at: datetime
    client: str | None
    service: str | None
    membership_number: str | None
    until: date | None


@dataclass(frozen=True)
class EarlierPayment:
    """A client's payment of a service that day: when, where (and that place's time zone)."""

    recorded_at: datetime
    location: str
    timezone: str


class DayRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def bookings(self, location_id: str, start: datetime, end: datetime) -> list[BookingRow]:
        """The location's bookings starting in [start, end), by start."""
        rows = self.session.execute(
            select(s.Booking.id, s.Booking.starts_at, s.Client.name, s.Service.name,
                   s.Membership.code, s.Booking.status, s.Booking.client_id,
                   s.Booking.service_id)
            .join(s.Client, s.Client.id == s.Booking.client_id)
            .join(s.Service, s.Service.id == s.Booking.service_id)
            .outerjoin(s.Membership, s.Membership.id == s.Booking.membership_id)
            .where(s.Booking.location_id == location_id, s.Booking.starts_at >= start,
                   s.Booking.starts_at < end)
            .order_by(s.Booking.starts_at, s.Client.name_key, s.Booking.id))
        return [BookingRow(*row) for row in rows]

    def booking_clients(self, booking_ids: list[str]) -> dict[str, str]:
        """The client of each of these bookings, by booking id, in one query."""
        rows = self.session.execute(select(s.Booking.id, s.Booking.client_id).where(
            s.Booking.id.in_(booking_ids)))
        return {booking_id: client_id for booking_id, client_id in rows}

    def paid_visits(self, location_id: str, day: date) -> list[PaidVisitRow]:
        """The payments of that business day there that no undo has reversed."""
        rows = self.session.execute(
            _entries().add_columns(s.User.username)
            .outerjoin(s.User, s.User.id == s.LedgerEntry.user_id)
            .where(s.LedgerEntry.kind == EntryKind.PAYMENT.value, s.LedgerEntry.on == day,
                   s.LedgerEntry.location_id == location_id, ~_undone())
            .order_by(s.LedgerEntry.recorded_at, s.LedgerEntry.id))
        return [PaidVisitRow(entry_id, at, client, service, number, user)
                for entry_id, _kind, at, client, service, number, _until, user in rows]

    def last_payment_of(self, client_id: str, service_id: str,
                        day: date) -> EarlierPayment | None:
        """The client's latest payment of the service that business day at any location
        of the chain that no undo has reversed; one query."""
        row = self.session.execute(
            select(s.LedgerEntry.recorded_at, s.Location.name, s.Location.timezone)
            .join(s.Location, s.Location.id == s.LedgerEntry.location_id)
            .where(s.LedgerEntry.kind == EntryKind.PAYMENT.value, s.LedgerEntry.on == day,
                   s.LedgerEntry.client_id == client_id,
                   s.LedgerEntry.service_id == service_id, ~_undone())
            .order_by(s.LedgerEntry.recorded_at.desc(), s.LedgerEntry.id.desc())).first()
        return EarlierPayment(*row) if row else None

    def sales(self, location_id: str, day: date) -> list[SaleRow]:
        """Memberships sold there that day (imported ones were not sold at the desk)."""
        rows = self.session.execute(
            select(s.Membership.id, s.Membership.sold_at, s.Client.name, s.MembershipType.name,
                   s.Membership.code, s.Membership.price)
            .join(s.MembershipType, s.MembershipType.id == s.Membership.type_id)
            .outerjoin(s.Client, s.Client.id == s.Membership.client_id)
            .where(s.Membership.location_id == location_id, s.Membership.sold_on == day,
                   s.Membership.imported.is_(False))
            .order_by(s.Membership.sold_at, s.Membership.id))
        return [SaleRow(*row) for row in rows]

    def deductions_and_freezes(self, location_id: str, day: date) -> list[EntryRow]:
        """Automatic deductions and freezes of that day there; an entry written where the
        desk had no location counts at the membership's selling location."""
        place = func.coalesce(s.LedgerEntry.location_id, s.Membership.location_id)
        rows = self.session.execute(
            _entries().where(
                s.LedgerEntry.kind.in_([EntryKind.AUTO_DEDUCTION.value, EntryKind.FREEZE.value]),
                s.LedgerEntry.on == day, place == location_id)
            .order_by(s.LedgerEntry.recorded_at, s.LedgerEntry.id))
        return [EntryRow(*row) for row in rows]


def _undone():
    """That an undo has reversed the payment entry of the outer query."""
    undo = aliased(s.LedgerEntry)
    return select(undo.id).where(undo.kind == EntryKind.PAYMENT_UNDO.value,
                                 undo.ref_id == s.LedgerEntry.id).exists()


def _entries():
    """Ledger entries with their client (the entry's, else the owner), service and number."""
    client = aliased(s.Client)
    return (select(s.LedgerEntry.id, s.LedgerEntry.kind, s.LedgerEntry.recorded_at, client.name,
                   s.Service.name, s.Membership.code, s.LedgerEntry.date_value)
            .join(s.Membership, s.Membership.id == s.LedgerEntry.membership_id)
            .outerjoin(client, client.id == func.coalesce(s.LedgerEntry.client_id,
                                                          s.Membership.owner_id))
            .outerjoin(s.Service, s.Service.id == s.LedgerEntry.service_id))
