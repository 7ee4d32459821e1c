"""Whose due work a run does, and which day it is for each of them.

A membership's due work (activation, renewal, write-off, messages) is done by its **home
desk**, the one that sold or imported it. On one file every desk shares the home, and the
unique work keys stop doubles; across synced desks only the home desk acts, so an offline
desk can never renew, write off or message what another desk already did. Each
membership's day is the local date at its sale location, so nothing lapses or is written
off while the client's own clock still says it works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.core.dates import local_date
from desk.core.memberships import Membership
from desk.core.reference import Location


@dataclass(frozen=True)
class DueScope:
    devices: tuple[str, ...]  # the desk whose memberships are looked at (its ids, now and before)
    now: datetime
    days: dict[str, date]  # location id -> its local date at ``now``

    @classmethod
    def at(cls, now: datetime, devices: tuple[str, ...], locations: list[Location]) -> DueScope:
        return cls(devices, now, {loc.id: local_date(now, loc.timezone) for loc in locations})

    @property
    def latest(self) -> date:
        """The latest local date anywhere: candidates are found with it, then each
        membership is judged on its own location's day."""
        return max(self.days.values(), default=self.now.date())

    def today(self, m: Membership) -> date:
        return self.days.get(m.sale.location_id, self.now.date())
