"""What the desk's dialogs offer and what an action would do, without changing anything.

A preview runs the same core rule as the action itself on the loaded membership and
throws the result away, so the preview and the real action can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.core import operations as rules
from desk.core.errors import DeskError
from desk.core.ledger import Stamp
from desk.core.membership_types import MembershipType
from desk.core.memberships import Membership
from desk.core.reference import Chain, Location, Service
from desk.store.uow import Database


@dataclass(frozen=True)
class FreezePreview:
    """Freezing days left before and after the freeze, and the expiry it would give;
    or why the freeze would be refused (``refusal``)."""

    days_left: int
    days_left_after: int | None
    new_expiry: date | None
    refusal: DeskError | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def freeze_preview(db: Database, ref: str, day: date, until: date) -> FreezePreview:
    """What freezing membership ``ref`` from ``day`` until ``until`` would do."""
    with db.read() as uow:
        m = uow.memberships.by_id_or_code(ref)
    left = rules.freeze_days_left(m, day) if m.type.freeze_allowed else 0
    try:
        entry = rules.freeze(m, day=day, until=until, stamp=Stamp(None, None, "preview"))
    except DeskError as refusal:
        return FreezePreview(left, None, m.expiry, refusal)
    frozen = Membership(m.sale, m.type, (*m.entries, entry))
    return FreezePreview(left, left - (until - day).days, frozen.expiry)


def chain(db: Database) -> Chain | None:
    with db.read() as uow:
        return uow.reference.chain()


def locations(db: Database) -> list[Location]:
    """Every location, by name."""
    with db.read() as uow:
        return uow.reference.locations()


def services(db: Database) -> list[Service]:
    """Every service, by name."""
    with db.read() as uow:
        return uow.reference.services()


def sellable_types(db: Database, location_id: str) -> list[MembershipType]:
    """The types a receptionist can sell at a location: active and valid there."""
    with db.read() as uow:
        return [t for t in uow.types.all(archived=False) if t.valid_at(location_id)]


def default_sale_location(db: Database, preferred: str | None) -> str | None:
    """The actor's location if set, else the first location with a sales storage."""
    places = locations(db)
    if preferred and any(p.id == preferred for p in places):
        return preferred
    candidates = [p for p in places if p.sales_storage_id] or places
    return candidates[0].id if candidates else None
