"""A sold membership and what its ledger says about it: balances, activation, expiry, status."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from desk.core.ledger import EntryKind, LedgerEntry
from desk.core.membership_types import MembershipType, ValidityStart


class Status(StrEnum):
    CANCELLED = "cancelled"  # its sale was voided (SPEC §3.11)
    REFUNDED = "refunded"
    ISSUED = "issued"
    ACTIVE = "active"
    FROZEN = "frozen"
    EXPIRED = "expired"
    USED_UP = "used_up"


@dataclass(frozen=True)
class Sale:
    """The facts fixed when a membership is sold (or imported)."""

    id: str
    type_id: str
    code: str | None
    client_id: str | None
    location_id: str
    sold_on: date
    price: Decimal
    imported: bool = False


@dataclass(frozen=True)
class Freeze:
    entry_id: str
    start: date
    until: date
    ended_on: date | None
    after_expiry_edit: bool
    closure_id: str | None = None  # a location's closure froze it, not the client

    @property
    def end(self) -> date:
        """The first day the membership is no longer frozen."""
        return self.ended_on if self.ended_on is not None else self.until

    @property
    def days(self) -> int:
        """Days credited to the expiry: planned days, or the days actually frozen."""
        return max(0, (self.end - self.start).days)

    def covers(self, day: date) -> bool:
        return self.start <= day < self.end


@dataclass(frozen=True)
class State:
    """What the ledger entries of one membership add up to."""

    balances: dict[str, int]
    explicit_activation: date | None
    owner_id: str | None
    freezes: tuple[Freeze, ...]
    expiry_set: date | None
    undone_payments: frozenset[str]
    closed_by: LedgerEntry | None = None  # the void or refund that closed it for good
    shared_with: frozenset[str] = frozenset()  # other clients who may use it


def fold(sale: Sale, entries: list[LedgerEntry] | tuple[LedgerEntry, ...]) -> State:
    """Derive the state from the entries, in the order they were written."""
    balances: dict[str, int] = {}
    undone = {e.ref_id for e in entries if e.kind is EntryKind.PAYMENT_UNDO and e.ref_id}
    activation: date | None = None
    owner = sale.client_id
    freezes: list[Freeze] = []
    expiry_set: date | None = None
    closed_by: LedgerEntry | None = None
    shared: set[str] = set()
    for e in entries:
        for key, delta in e.deltas.items():
            balances[key] = balances.get(key, 0) + delta
        match e.kind:
            case EntryKind.ACTIVATION if e.ref_id not in undone:
                activation = e.on if activation is None else min(activation, e.on)
            case EntryKind.PAYMENT if e.id not in undone:
                # a paid visit is a use: if the activating one is undone, the next one counts
                activation = e.on if activation is None else min(activation, e.on)
                owner = e.client_id if owner is None else owner
            case EntryKind.FREEZE:
                until = e.date_value or e.on
                freezes.append(Freeze(e.id, e.on, until, None, expiry_set is not None,
                                      closure_id=e.ref_id))
            case EntryKind.UNFREEZE:
                freezes = [_ended(f, e) for f in freezes]
            case EntryKind.EDIT | EntryKind.IMPORT | EntryKind.RENEWAL if e.date_value is not None:
                expiry_set = e.date_value
                freezes = [_before_edit(f) for f in freezes]
            # a void outranks a refund (two desks offline may each have closed it)
            case EntryKind.VOID if closed_by is None or closed_by.kind is not EntryKind.VOID:
                closed_by = e
            case EntryKind.REFUND if closed_by is None:
                closed_by = e
            case EntryKind.TRANSFER if e.client_id is not None:
                owner, shared = e.client_id, set()  # the new owner alone uses it now
            case EntryKind.SHARE if e.client_id is not None:
                shared.add(e.client_id)
            case EntryKind.UNSHARE:
                shared.discard(e.client_id or "")
    return State(balances, activation, owner, tuple(freezes), expiry_set, frozenset(undone),
                 closed_by, frozenset(shared - {owner}))


def _ended(f: Freeze, unfreeze: LedgerEntry) -> Freeze:
    if f.entry_id != unfreeze.ref_id:
        return f
    return replace(f, ended_on=unfreeze.date_value)


def _before_edit(f: Freeze) -> Freeze:
    """A freeze before an explicit expiry edit is already counted in the edited date."""
    return replace(f, after_expiry_edit=False)


@dataclass(frozen=True)
class Membership:
    """A sold membership: its sale, its (current) type and its ledger entries."""

    sale: Sale
    type: MembershipType
    entries: tuple[LedgerEntry, ...]

    @cached_property
    def state(self) -> State:
        return fold(self.sale, self.entries)

    @property
    def id(self) -> str:
        return self.sale.id

    @property
    def code(self) -> str | None:
        return self.sale.code

    @property
    def owner_id(self) -> str | None:
        return self.state.owner_id

    @property
    def balances(self) -> dict[str, int]:
        return self.state.balances

    @property
    def remaining(self) -> int:
        return sum(self.balances.values())

    def balance_for(self, service_id: str) -> int:
        return self.balances.get(self.type.balance_key(service_id), 0)

    @property
    def used_up(self) -> bool:
        return all(v <= 0 for v in self.balances.values())

    @property
    def auto_activation_date(self) -> date | None:
        t = self.type
        if t.validity_start is ValidityStart.FIRST_VISIT and t.auto_activate_days is not None:
            return self.sale.sold_on + timedelta(days=t.auto_activate_days)
        return None

    @property
    def activation_date(self) -> date | None:
        """The day validity starts counting; may lie ahead (a pending auto-activation)."""
        if self.type.validity_start is ValidityStart.SALE:
            return self.sale.sold_on
        candidates = [d for d in (self.state.explicit_activation, self.auto_activation_date) if d]
        return min(candidates) if candidates else None

    def activation_if_used_on(self, day: date) -> date:
        """The activation date if a visit were paid on ``day``."""
        current = self.activation_date
        return day if current is None or current > day else current

    def expiry_if_activated(self, activation: date | None) -> date | None:
        """The first day the membership no longer works; None means it does not expire."""
        frozen_days = sum(f.days for f in self.state.freezes if f.after_expiry_edit
                          or self.state.expiry_set is None)
        if self.state.expiry_set is not None:
            return self.state.expiry_set + timedelta(days=frozen_days)
        if activation is None or self.type.validity.unlimited:
            return None
        return self.type.validity.after(activation) + timedelta(days=frozen_days)

    @property
    def expiry(self) -> date | None:
        return self.expiry_if_activated(self.activation_date)

    def expiry_shown_on(self, day: date) -> date | None:
        """The "valid until" people are shown on ``day``: none before the membership is
        activated (its validity starts counting then), whatever date a pending automatic
        activation would give it."""
        activation = self.activation_date
        return self.expiry if activation is not None and activation <= day else None

    def freeze_on(self, day: date) -> Freeze | None:
        return next((f for f in self.state.freezes if f.covers(day)), None)

    def frozen_on(self, day: date) -> bool:
        return self.freeze_on(day) is not None

    @property
    def frozen_days(self) -> int:
        return sum(f.days for f in self.state.freezes)

    @property
    def own_freezes(self) -> tuple[Freeze, ...]:
        """The client's freezes: what the type's freeze limit, count and fee are about (a
        location's closure froze the others)."""
        return tuple(f for f in self.state.freezes if f.closure_id is None)

    def may_be_used_by(self, client_id: str | None) -> bool:
        """Whether ``client_id`` may pay with it: anyone while it has no owner (a gift),
        then its owner and the clients it is shared with."""
        owner = self.owner_id
        return owner is None or client_id == owner or client_id in self.state.shared_with

    @property
    def closed_as(self) -> Status | None:
        """``cancelled`` or ``refunded`` once a void or a refund closed it; else None."""
        closed = self.state.closed_by
        if closed is None:
            return None
        return Status.CANCELLED if closed.kind is EntryKind.VOID else Status.REFUNDED

    def status_on(self, day: date) -> Status:
        """Derived status; precedence cancelled > refunded > used_up > expired > frozen >
        active/issued. A void or refund closes it from the day it was written."""
        closed = self.state.closed_by
        if closed is not None and closed.on <= day:
            return self.closed_as or Status.CANCELLED
        if self.used_up:
            return Status.USED_UP
        expiry = self.expiry
        if expiry is not None and day >= expiry:
            return Status.EXPIRED
        if self.frozen_on(day):
            return Status.FROZEN
        activation = self.activation_date
        if activation is not None and activation <= day:
            return Status.ACTIVE
        return Status.ISSUED

    def payment(self, payment_id: str) -> LedgerEntry | None:
        return next((e for e in self.entries
                     if e.id == payment_id and e.kind is EntryKind.PAYMENT), None)


def nearest_expiry_first(memberships: list[Membership], day: date) -> list[Membership]:
    """Order candidates so the one that runs out first is proposed first (SPEC §3.4)."""
    def key(m: Membership) -> tuple[bool, date, date, str, str]:
        expiry = m.expiry_if_activated(m.activation_if_used_on(day))
        return (expiry is None, expiry or date.max, m.sale.sold_on, m.code or "", m.id)
    return sorted(memberships, key=key)
