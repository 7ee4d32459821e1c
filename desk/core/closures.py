"""Closing a location for some days (SPEC §3.5): one freeze per membership that can't be used
anywhere else meanwhile, and its cancellation.

The closure is the business's, not the client's: its freezes carry the closure's id and the
reason "Location closed", and never count against the type's freeze limit, count or fee
(``Membership.own_freezes``). They move the expiry like any freeze, and ending one early
credits only the days actually closed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desk.core.dates import check_business_date, check_period
from desk.core.errors import DeskError
from desk.core.freeze_policy import CLOSURE_REASON
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.memberships import Membership, Status
from desk.core.operations import check_freezable

REOPENED_REASON = "Location reopened"


@dataclass(frozen=True)
class Closure:
    """A location closed from ``first_day`` to ``last_day``, both days included."""

    id: str
    location_id: str
    first_day: date
    last_day: date

    @property
    def reopens(self) -> date:
        """The first day the location is open again (the freezes' unfreeze date)."""
        return self.last_day + timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.reopens - self.first_day).days


@dataclass(frozen=True)
class ClosureRow:
    """A membership the closure freezes (``code`` None) or leaves, and why."""

    membership: Membership
    new_expiry: date | None = None
    skipped: str | None = None  # the refusal code when it is left as it is


def plan_closure(closure: Closure, memberships: Iterable[Membership], *, today: date,
                 closed_elsewhere: Collection[str] = ()) -> list[ClosureRow]:
    """What the closure would do to each membership of a type valid at its location: freeze
    the active ones sold there (its own clients: another location may be across town) and
    those valid at no other open location (``closed_elsewhere``: locations closed over the
    same days). Rows that are skipped say why, for the preview."""
    check_closure(closure, today)
    rows = []
    for m in memberships:
        if not m.type.valid_at(closure.location_id) or m.closed_as is not None:
            continue
        if m.sale.location_id != closure.location_id and \
                m.type.location_ids - {closure.location_id} - set(closed_elsewhere):
            continue  # another location's client, who can go on there meanwhile
        if m.status_on(closure.first_day) is not Status.ACTIVE:
            continue  # issued, expired, used up or frozen: nothing runs out while closed
        try:
            check_freezable(m, day=closure.first_day, until=closure.reopens)
        except DeskError as refusal:
            rows.append(ClosureRow(m, skipped=refusal.code))
            continue
        expiry = m.expiry
        rows.append(ClosureRow(m, None if expiry is None
                               else expiry + timedelta(days=closure.days)))
    return rows


def check_closure(closure: Closure, today: date) -> None:
    check_business_date(closure.first_day, field="first closed day")
    check_business_date(closure.last_day, field="last closed day")
    check_period(closure.first_day, closure.last_day)
    if closure.first_day < today:
        raise DeskError("closure_in_past", f"The closure starts on {closure.first_day}, before "
                        f"today ({today}).", value=closure.first_day.isoformat(),
                        hint="Close from today or a later day.")


def closure_freezes(closure: Closure, rows: Iterable[ClosureRow],
                    stamp: Stamp) -> list[LedgerEntry]:
    """One freeze entry per membership the plan freezes."""
    return [new_entry(stamp, row.membership.id, EntryKind.FREEZE, closure.first_day,
                      date_value=closure.reopens, ref_id=closure.id, reason=CLOSURE_REASON)
            for row in rows if row.skipped is None]


def cancel_closure(closure_id: str, memberships: Iterable[Membership], *, day: date,
                   stamp: Stamp) -> list[LedgerEntry]:
    """End the closure's freezes that still run on ``day``: each is credited only the days
    actually closed (none when cancelled before it began)."""
    ends = []
    for m in memberships:
        if m.closed_as is not None:
            continue  # voided or refunded since: nothing runs on it any more
        for f in m.state.freezes:
            if f.closure_id != closure_id or f.end <= day:
                continue  # another closure's, or ended (by the client, or on its last day)
            ended = max(day, f.start)
            ends.append(new_entry(stamp, m.id, EntryKind.UNFREEZE, ended, ref_id=f.entry_id,
                                  date_value=ended, reason=REOPENED_REASON))
    if not ends:
        raise DeskError("closure_not_running", f"The closure {closure_id} has no freeze left "
                        f"to end on {day}.", value=closure_id,
                        hint="It ended already, was cancelled, or froze nothing.")
    return ends
