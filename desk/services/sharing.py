"""Who uses a membership (SPEC §3.11): transfer it to another client, share it with family."""

from __future__ import annotations

from datetime import date

from desk.core import sharing as rules
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.views import MembershipInfo, describe
from desk.store.uow import Database


def transfer_membership(db: Database, actor: Actor, ref: str, *, to_client_id: str,
                        day: date | None = None, reason: str = "") -> MembershipInfo:
    """Give ``ref`` (id or code) to another client: managers, or reception where the type's
    *transferable* says so."""
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        actor.require(rules.transfer_action(m))
        uow.reference.client(to_client_id)
        entry = rules.transfer(m, to_client_id=to_client_id, day=day,
                               stamp=actor.stamp(db.device_id), reason=reason)
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info


def share_membership(db: Database, actor: Actor, ref: str, *, client_id: str,
                     remove: bool = False, day: date | None = None) -> MembershipInfo:
    """Add ``client_id`` to the clients who may use ``ref`` (or take them off it)."""
    actor.require(Action.SHARE)
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        uow.reference.client(client_id)
        decide = rules.unshare if remove else rules.share
        entry = decide(m, client_id=client_id, day=day, stamp=actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        info = describe(uow, m, day)
        uow.commit()
    return info
