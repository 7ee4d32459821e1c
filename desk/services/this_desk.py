"""What belongs to this installation, not to the chain (SPEC §11): the desk's location, how
long the window waits idle before it locks, and the last user name typed at the log-in.

They live in the desk's own settings, which sync never carries: two desks of one chain each
keep their own location.
"""

from __future__ import annotations

from desk.core.errors import DeskError, NotFound
from desk.core.permissions import Action
from desk.core.reference import Location
from desk.services.actor import Actor
from desk.services.database import Database

LOCATION = "desk.location"
IDLE_LOCK_MINUTES = "desk.idle_lock_minutes"
LAST_USER = "desk.last_user"
DEFAULT_IDLE_LOCK_MINUTES = 15
MAX_IDLE_LOCK_MINUTES = 24 * 60  # 0 means never


def desk_location(db: Database) -> Location | None:
    """The location set for this desk; None until an administrator sets it (or when the
    location it named is gone, say after a restore from another chain)."""
    with db.read() as uow:
        location_id = uow.settings.get(LOCATION)
        if location_id is None:
            return None
        try:
            return uow.reference.location(location_id)
        except NotFound:
            return None


def set_desk_location(db: Database, actor: Actor, location_id: str) -> Location:
    """Make ``location_id`` this desk's location (administrators: it is the desk's set-up)."""
    actor.require(Action.MANAGE_SETTINGS)
    with db.write() as uow:
        location = uow.reference.location(location_id)
        uow.settings.put(LOCATION, location.id)
        uow.commit()
    return location


def usual_location(db: Database) -> tuple[Location, str]:
    """The location a desk works at when none is named: this desk's; until one is set, the
    chain's first that sells (has a sales storage), or the first; with why it was chosen. A
    chain with no location yet is refused (``location_unknown``)."""
    here = desk_location(db)
    if here is not None:
        return here, "this desk's location"
    with db.read() as uow:
        places = uow.reference.locations()
    selling = [p for p in places if p.sales_storage_id]
    if selling:
        return selling[0], "the first location that sells; set this desk's location in Settings"
    if places:
        return places[0], ("the only location" if len(places) == 1 else
                           "the first location; set this desk's location in Settings")
    raise NotFound("location_unknown", "The chain has no location yet.",
                   hint="Add a location first.")


def idle_lock_minutes(db: Database) -> int:
    """Minutes without a key press or a click before the window locks (0: never)."""
    with db.read() as uow:
        stored = uow.settings.get(IDLE_LOCK_MINUTES)
    return int(stored) if stored is not None and stored.isdigit() else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor.require(Action.MANAGE_SETTINGS)
    if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise DeskError("idle_lock_out_of_range",
                        f"The lock after idle minutes can't be {minutes}.", value=str(minutes),
                        hint=f"Choose 1 to {MAX_IDLE_LOCK_MINUTES} minutes, or 0 for never.")
    with db.write() as uow:
        uow.settings.put(IDLE_LOCK_MINUTES, str(minutes))
        uow.commit()


def last_user_name(db: Database) -> str:
    """The user name last logged in at this desk ("" the first time); never a password."""
    with db.read() as uow:
        return uow.settings.get(LAST_USER) or ""


def remember_last_user(db: Database, username: str) -> None:
    """Kept after a successful log-in, so the next shift's log-in has it typed."""
    with db.write() as uow:
        uow.settings.put(LAST_USER, username)
        uow.commit()
