"""The day sheet (SPEC §11): one location's bookings of a day with what each booked client
still holds, for the paper at the desk when the screen is not there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.core.dates import time_zone
from desk.core.membership_types import BalanceMode
from desk.core.memberships import Membership, Status
from desk.services.actor import Actor
from desk.services.today import DayBooking, today
from desk.store.uow import Database, UnitOfWork

# what a client can still use or will again: a frozen one thaws, an issued one starts
HELD = {Status.ISSUED, Status.ACTIVE, Status.FROZEN}


@dataclass(frozen=True)
class Holding:
    """One membership a booked client holds: ``balances`` per service for a split type,
    else None and ``remaining`` counts every visit left."""

    number: str | None
    type: str
    status: str
    remaining: int
    balances: dict[str, int] | None
    expires: date | None


@dataclass(frozen=True)
class SheetRow:
    booking: DayBooking
    holdings: tuple[Holding, ...]


@dataclass(frozen=True)
class DaySheet:
    chain: str | None
    location: str
    day: date
    printed_at: datetime  # in the location's time zone
    rows: tuple[SheetRow, ...]


def day_sheet(db: Database, actor: Actor, location_id: str, day: date, *,
              now: datetime | None = None) -> DaySheet:
    """The sheet of ``location_id`` on ``day``: its bookings (as ``today`` has them) and,
    for each, the booked client's memberships still held on that day — in a fixed number
    of queries, however many bookings."""
    shown = today(db, actor, location_id, day)
    zone = time_zone(shown.location.timezone)
    with db.read() as uow:
        chain = uow.reference.chain()
        client_of = uow.day.booking_clients([b.booking_id for b in shown.bookings])
        held = _held_by_client(uow, set(client_of.values()), day)
    rows = tuple(SheetRow(b, held.get(client_of.get(b.booking_id, ""), ()))
                 for b in shown.bookings)
    return DaySheet(chain.name if chain else None, shown.location.name, day,
                    (now or datetime.now(zone)).astimezone(zone), rows)


def _held_by_client(uow: UnitOfWork, client_ids: set[str],
                    day: date) -> dict[str, tuple[Holding, ...]]:
    if not client_ids:
        return {}
    services = {service.id: service.name for service in uow.reference.services()}
    held: dict[str, list[Holding]] = {}
    for m in uow.memberships.for_clients(client_ids):
        status = m.status_on(day)
        holder = m.owner_id or m.sale.client_id
        if status in HELD and holder is not None:
            held.setdefault(holder, []).append(_holding(m, status, services, day))
    return {client: tuple(sorted(items, key=lambda h: (h.type, h.number or "")))
            for client, items in held.items()}


def _holding(m: Membership, status: Status, services: dict[str, str], day: date) -> Holding:
    balances = None
    if m.type.balance_mode is BalanceMode.SPLIT:
        balances = dict(sorted((services.get(k, k), v) for k, v in m.balances.items()))
    return Holding(m.code, m.type.name, status.value, m.remaining, balances,
                   m.expiry_shown_on(day))
