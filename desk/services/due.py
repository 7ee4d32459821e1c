"""Work that comes due by itself: automatic activations and automatic deductions.

Each run is one write transaction, so two runs (or two desks on one file) never do the
same work twice: what a run did is visible to the next as ledger entries and decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.core import operations as rules
from desk.core.bookings import AutoDeduction, BookingStatus, deduction_due
from desk.core.errors import DeskError
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.uow import Database, UnitOfWork


@dataclass
class DueReport:
    activated: list[str] = field(default_factory=list)
    debited: list[str] = field(default_factory=list)
    not_debited: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"activated": self.activated, "debited": self.debited,
                "not_debited": self.not_debited}


def run_due(db: Database, actor: Actor, now: datetime) -> DueReport:
    actor.require(Action.RUN_DUE)
    report = DueReport()
    with db.write() as uow:
        _activate(uow, db, actor, now, report)
        _deduct(uow, db, actor, now, report)
        uow.commit()
    return report


def _activate(uow: UnitOfWork, db: Database, actor: Actor, now: datetime,
              report: DueReport) -> None:
    for membership_id in uow.memberships.ids_due_for_activation(now.date()):
        m = uow.memberships.get(membership_id)
        entry = rules.activate(m, now.date(), actor.stamp(db.device_id, m.sale.location_id))
        if entry is not None:
            uow.memberships.append(m, [entry])
            report.activated.append(m.code or m.id)


def _deduct(uow: UnitOfWork, db: Database, actor: Actor, now: datetime,
            report: DueReport) -> None:
    for booking in uow.bookings.started_undecided(now):
        service = uow.reference.service(booking.service_id)
        due = deduction_due(policy=service.deduction, status=BookingStatus(booking.status),
                            starts_at=booking.starts_at, cancelled_at=booking.cancelled_at,
                            decided=AutoDeduction(booking.auto_deduction), uses_membership=True,
                            now=now)
        booking.auto_deduction = (AutoDeduction.DEBITED if due and _debit(uow, db, actor, booking)
                                  else AutoDeduction.NOT_DEBITED).value
        (report.debited if booking.auto_deduction == "debited" else report.not_debited).append(
            booking.id)


def _debit(uow: UnitOfWork, db: Database, actor: Actor, booking) -> bool:
    """Deduct from the membership that expires first and can pay; False if none can."""
    day = booking.starts_at.date()
    usable, _ = rules.usable_for(uow.memberships.for_client(booking.client_id),
                                 service_id=booking.service_id, location_id=booking.location_id,
                                 client_id=booking.client_id, day=day)
    if not usable:
        return False
    m = usable[0]
    try:
        entry = rules.auto_deduct(m, service_id=booking.service_id,
                                  location_id=booking.location_id, client_id=booking.client_id,
                                  day=day, booking_id=booking.id,
                                  stamp=actor.stamp(db.device_id, booking.location_id))
    except DeskError:
        return False
    uow.memberships.append(m, [entry])
    return True
