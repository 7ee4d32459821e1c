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
        undo = aliased(s.LedgerEntry)
        undone = select(undo.id).where(undo.kind == EntryKind.PAYMENT_UNDO.value,
                                       undo.ref_id == s.LedgerEntry.id).exists()
        rows = self.session.execute(
            _entries().add_columns(s.User.username)
            .outerjoin(s.User, s.User.id == s.LedgerEntry.user_id)
            .where(s.LedgerEntry.kind == EntryKind.PAYMENT.value, s.LedgerEntry.on == day,
                   s.LedgerEntry.location_id == location_id, ~undone)
            .order_by(s.LedgerEntry.recorded_at, s.LedgerEntry.id))
        return [PaidVisitRow(entry_id, at, client, service, number, user)
                for entry_id, _kind, at, client, service, number, _until, user in rows]

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


def _entries():
    """Ledger entries with their client (the entry's, else the owner), service and number."""
    client = aliased(s.Client)
    return (select(s.LedgerEntry.id, s.LedgerEntry.kind, s.LedgerEntry.recorded_at, client.name,
                   s.Service.name, s.Membership.code, s.LedgerEntry.date_value)
            .join(s.Membership, s.Membership.id == s.LedgerEntry.membership_id)
            .outerjoin(client, client.id == func.coalesce(s.LedgerEntry.client_id,
                                                          s.Membership.owner_id))
            .outerjoin(s.Service, s.Service.id == s.LedgerEntry.service_id))
