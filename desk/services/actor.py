"""Who is acting, and the stamp their ledger entries carry."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.ledger import Stamp
from desk.core.permissions import Action, Role, require


@dataclass(frozen=True)
class Actor:
    """A logged-in user, working at a location (the desk's location, if any)."""

    user_id: str | None
    username: str
    role: Role
    location_id: str | None = None

    def require(self, action: Action) -> None:
        require(self.role, action)

    def stamp(self, device_id: str, location_id: str | None = None) -> Stamp:
        return Stamp(self.user_id, location_id or self.location_id, device_id)


SYSTEM = Actor(None, "system", Role.ADMIN)
