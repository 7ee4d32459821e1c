"""Closing a location (SPEC §3.5): the preview, the commit in one transaction, the cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.core import closures as rules
from desk.core.closures import Closure
from desk.core.errors import NotFound
from desk.core.ids import new_id
from desk.core.ledger import LedgerEntry
from desk.core.memberships import Membership
from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.store.repos.closures import ClosureSummary
from desk.store.uow import Database, UnitOfWork


@dataclass(frozen=True)
class ClosureLine:
    """One membership in a closure's preview: frozen (``skipped`` None) or left, and why."""

    membership_id: str
    number: str | None
    client: str | None
    type: str
    expires: date | None
    new_expiry: date | None
    skipped: str | None

    def as_json(self) -> dict:
        return {"id": self.membership_id, "number": self.number, "client": self.client,
                "type": self.type, "expires": _iso(self.expires),
                "new_expiry": _iso(self.new_expiry), "skipped": self.skipped}


@dataclass(frozen=True)
class ClosurePlan:
    closure_id: str
    location: str
    first_day: date
    last_day: date
    lines: list[ClosureLine]
    committed: bool

    @property
    def frozen(self) -> list[ClosureLine]:
        return [line for line in self.lines if line.skipped is None]

    def as_json(self) -> dict:
        return {"closure_id": self.closure_id, "location": self.location,
                "from": self.first_day.isoformat(), "to": self.last_day.isoformat(),
                "days": (self.last_day - self.first_day).days + 1,
                "committed": self.committed, "freezes": len(self.frozen),
                "memberships": [line.as_json() for line in self.lines]}


def close_location(db: Database, actor: Actor, location_id: str, *, first_day: date,
                   last_day: date, commit: bool = False, today: date | None = None,
                   ) -> ClosurePlan:
    """Preview the closure of a location from ``first_day`` to ``last_day`` (both closed):
    every membership it would freeze, with its new expiry. ``commit`` freezes them all in
    one transaction: all or none."""
    actor.require(Action.CLOSE_LOCATION)
    today = today or date.today()
    closure = Closure(new_id(), location_id, first_day, last_day)
    with db.write() if commit else db.read() as uow:  # a preview takes no write lock
        location = uow.reference.location(location_id)
        rows = _plan(uow, closure, today)
        if commit:
            stamp = actor.stamp(db.device_id, location_id)
            _append_each(uow, {row.membership.id: row.membership for row in rows},
                         rules.closure_freezes(closure, rows, stamp))
            uow.commit()
        owners = uow.reference.clients_by_id(
            [row.membership.owner_id for row in rows if row.membership.owner_id])
        lines = [_line(row, owners) for row in rows]
    return ClosurePlan(closure.id, location.name, first_day, last_day, lines, commit)


def cancel_closure(db: Database, actor: Actor, closure_id: str, *,
                   day: date | None = None) -> int:
    """End a closure on ``day``: what it froze works again, credited only the days closed;
    returns how many memberships it unfroze."""
    actor.require(Action.CLOSE_LOCATION)
    day = day or date.today()
    with db.write() as uow:
        summary = next((c for c in uow.closures.summaries() if c.id == closure_id), None)
        if summary is None:
            raise NotFound("closure_unknown", f"There is no closure {closure_id!r}.",
                           value=closure_id, hint="`desk closures` lists them.")
        frozen = uow.closures.memberships(uow.closures.membership_ids(closure_id))
        stamp = actor.stamp(db.device_id, summary.location_id)
        entries = rules.cancel_closure(closure_id, frozen, day=day, stamp=stamp)
        _append_each(uow, {m.id: m for m in frozen}, entries)
        uow.commit()
    return len(entries)


def closures(db: Database) -> list[ClosureSummary]:
    with db.read() as uow:
        return uow.closures.summaries()


def _append_each(uow: UnitOfWork, by_id: dict[str, Membership],
                 entries: list[LedgerEntry]) -> None:
    """Each entry to its membership's ledger, all in one write."""
    grouped: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        grouped.setdefault(entry.membership_id, []).append(entry)
    uow.closures.append([(by_id[i], new) for i, new in grouped.items()])


def _plan(uow: UnitOfWork, closure: Closure, today: date) -> list[rules.ClosureRow]:
    here = closure.location_id
    closed = {c.location_id for c in uow.closures.summaries()
              if c.running and c.first_day <= closure.first_day
              and c.reopens >= closure.reopens and c.location_id != here}
    valid = [t for t in uow.types.all() if t.valid_at(here)]
    only_there = [t.id for t in valid if not t.location_ids - {here} - closed]
    candidates = uow.closures.memberships(uow.closures.candidate_ids(
        here, [t.id for t in valid], only_there, closure.first_day)) if valid else []
    return rules.plan_closure(closure, candidates, today=today, closed_elsewhere=closed)


def _line(row: rules.ClosureRow, owners: dict) -> ClosureLine:
    m = row.membership
    owner = owners.get(m.owner_id or "")
    return ClosureLine(m.id, m.code, owner.name if owner else None, m.type.name, m.expiry,
                       row.new_expiry, row.skipped)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
