"""Renewals (SPEC §3.9), expiry write-offs, and the "Payments due" list at the desk.

``renew_due`` and ``write_off_due`` run inside the due-work transaction, on the memberships
this desk is the home of (``DueScope``); each piece of work first claims its key
(``DueRepo.once``), so it happens once however many runs or processes share the file.
"""

from __future__ import annotations

from datetime import date, datetime

from desk.core import renewals as rules
from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.core.ledger import Stamp
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.due_scope import DueScope
from desk.store.repos.due import ChargeRow
from desk.store.uow import Database, UnitOfWork


def renew_due(uow: UnitOfWork, stamp_for, scope: DueScope) -> list[str]:
    """Renew every auto-renewing membership whose period ended by its day; returns
    "<code> <old expiry>" for each renewal made. ``stamp_for(location_id)`` stamps entries."""
    due, done = uow.due, []
    for membership_id in due.renewing_at_or_before(scope.latest, scope.devices):
        m = uow.memberships.get(membership_id)
        stamp: Stamp = stamp_for(m.sale.location_id)
        for renewal in rules.renewals_due(m, scope.today(m), stamp):
            if not due.once(renewal.key, scope.now):
                break  # another run renewed this period (and will do the ones after)
            m = uow.memberships.append(m, [renewal.entry])
            due.add_charge(m.id, m.owner_id or m.sale.client_id, renewal.amount,
                           renewal.due_on, scope.now)
            done.append(f"{m.code or m.id} {renewal.due_on.isoformat()}")
    return done


def write_off_due(uow: UnitOfWork, stamp_for, scope: DueScope) -> list[str]:
    """Write off the visits left on memberships that lapsed by their day (and don't renew)."""
    due, done = uow.due, []
    for membership_id in due.lapsed_with_visits(scope.latest, scope.devices):
        m = uow.memberships.get(membership_id)
        if rules.renews(m, cancelled=due.renewal_cancelled(m.id)):
            continue
        found = rules.writeoff_due(m, scope.today(m), stamp_for(m.sale.location_id))
        if found is None or not due.once(found[0], scope.now):
            continue
        uow.memberships.append(m, [found[1]])
        done.append(f"{m.code or m.id} {found[1].amount}")
    return done


def cancel_renewal(db: Database, actor: Actor, membership_ref: str) -> date | None:
    """Stop renewing a membership; the current period runs to its end (returned)."""
    actor.require(Action.SELL)
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(membership_ref)
        if not m.type.auto_renew:
            raise DeskError("renewal_not_set", f"{m.code or m.type.name} does not renew "
                            "automatically.", value=membership_ref,
                            hint="Only memberships of auto-renewing types can be cancelled.")
        uow.due.cancel_renewal(m.id, actor.user_id, utc_now())
        uow.commit()
        return m.expiry


def payments_due(db: Database, actor: Actor, status: str | None = "due") -> list[ChargeRow]:
    """Renewal charges for the desk's "Payments due" list (due ones unless told)."""
    actor.require(Action.SELL)
    with db.read() as uow:
        return uow.due.charges(status)


def mark_paid(db: Database, actor: Actor, charge_id: str, now: datetime | None = None) -> None:
    """Reception took the payment of a renewal charge."""
    actor.require(Action.SELL)
    with db.write() as uow:
        uow.due.mark_paid(charge_id, actor.user_id, now or utc_now())
        uow.commit()
