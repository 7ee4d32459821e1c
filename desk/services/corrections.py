"""Corrections at the desk (SPEC §3.11): void a sale, refund a membership."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desk.core import corrections as rules
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.views import MembershipInfo, describe
from desk.store.uow import Database


def void_sale(db: Database, actor: Actor, ref: str, *, reason: str | None = None,
              day: date | None = None) -> MembershipInfo:
    """Cancel the sale of ``ref`` (id or code) the day it was sold, before any use."""
    actor.require(Action.VOID_SALE)
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        entry = rules.void_sale(m, day=day, reason=reason, stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info


def refund_membership(db: Database, actor: Actor, ref: str, *, reason: str,
                      amount: Decimal | str | None = None,
                      day: date | None = None) -> MembershipInfo:
    """Refund ``ref`` (id or code): ``amount`` defaults to what it still owes."""
    actor.require(Action.REFUND)
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        entry = rules.refund(m, day=day, reason=reason, amount=amount,
                             stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info
