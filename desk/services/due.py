"""Work that comes due by itself: automatic activations and deductions, renewals, expiry
write-offs, and client messages.

The work is one write transaction, so two runs (or two desks on one file) never do the
same work twice: what a run did is visible to the next as ledger entries and decisions,
and renewals, write-offs and messages also claim a unique key in the database first.
Messages are delivered after that transaction (see ``services.notifications``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.core import operations as rules
from desk.core.bookings import AutoDeduction, deduction_due
from desk.core.errors import DeskError
from desk.core.permissions import Action
from desk.services import notifications, renewals
from desk.services.actor import Actor
from desk.services.channel_settings import Channels
from desk.services.due_scope import DueScope
from desk.store.repos.bookings import Booking
from desk.store.uow import Database, UnitOfWork


@dataclass
class DueReport:
    activated: list[str] = field(default_factory=list)
    debited: list[str] = field(default_factory=list)
    not_debited: list[str] = field(default_factory=list)
    renewed: list[str] = field(default_factory=list)
    written_off: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: int = 0  # messages pending because no channel is set up

    def as_json(self) -> dict:
        return {"activated": self.activated, "debited": self.debited,
                "not_debited": self.not_debited, "renewed": self.renewed,
                "written_off": self.written_off, "queued": self.queued, "sent": self.sent,
                "failed": self.failed, "waiting": self.waiting}

    @property
    def anything(self) -> bool:
        return any(self.as_json().values())


def run_due(db: Database, actor: Actor, now: datetime, *, deliver: bool = True,
            channels: Channels | None = None) -> DueReport:
    """Do the work due at ``now`` (activations, deductions, renewals, write-offs, queuing
    messages) in one transaction, then deliver the messages whose try is due. Only the
    memberships this desk is the home of are looked at (``DueScope``)."""
    actor.require(Action.RUN_DUE)
    report = DueReport()

    def stamp_for(location_id):
        return actor.stamp(db.device_id, location_id)

    with db.write() as uow:
        scope = DueScope.at(now, db.home_devices, uow.reference.locations())
        _activate(uow, scope, stamp_for, report)
        _deduct(uow, db, actor, now, report)
        report.renewed = renewals.renew_due(uow, stamp_for, scope)
        report.written_off = renewals.write_off_due(uow, stamp_for, scope)
        report.queued = notifications.queue_due(uow, scope)
        uow.commit()
    if deliver:
        done = notifications.deliver(db, now, channels)
        report.sent, report.failed, report.waiting = done.sent, done.failed, done.waiting
    return report


def _activate(uow: UnitOfWork, scope: DueScope, stamp_for, report: DueReport) -> None:
    for membership_id in uow.due.due_for_activation(scope.latest, scope.devices):
        m = uow.memberships.get(membership_id)
        entry = rules.activate(m, scope.today(m), stamp_for(m.sale.location_id))
        if entry is not None:
            uow.memberships.append(m, [entry])
            report.activated.append(m.code or m.id)


def _deduct(uow: UnitOfWork, db: Database, actor: Actor, now: datetime,
            report: DueReport) -> None:
    for booking in uow.bookings.started_undecided(now):
        service = uow.reference.service(booking.service_id)
        due = deduction_due(policy=service.deduction, status=booking.status,
                            starts_at=booking.starts_at, cancelled_at=booking.cancelled_at,
                            decided=booking.auto_deduction, uses_membership=True, now=now)
        debited = due and _debit(uow, db, actor, booking)
        uow.bookings.decide_deduction(
            booking.id, AutoDeduction.DEBITED if debited else AutoDeduction.NOT_DEBITED)
        (report.debited if debited else report.not_debited).append(booking.id)


def _debit(uow: UnitOfWork, db: Database, actor: Actor, booking: Booking) -> bool:
    """Deduct from the membership that expires first and can pay; False if none can.
    A deduction is no visit: the type's visit limits don't stop it (rules.auto_deduct)."""
    day = booking.starts_at.date()
    usable, _ = rules.usable_for(uow.memberships.for_client(booking.client_id),
                                 service_id=booking.service_id, location_id=booking.location_id,
                                 client_id=booking.client_id, day=day, within_limits=False)
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
