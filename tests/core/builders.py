"""Builders for core tests: the demo chain's types (SPEC §9) as plain values, and short
helpers that sell, pay, freeze and edit by appending the entries the rules return."""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from desk.core import operations
from desk.core.dates import Period, PeriodUnit
from desk.core.errors import DeskError
from desk.core.ledger import LedgerEntry, Stamp
from desk.core.membership_types import (
    BalanceMode,
    EditPolicy,
    MembershipType,
    ValidityStart,
)
from desk.core.memberships import Membership, Sale

# locations, services and clients of the demo chain, by id
DOWNTOWN, RIVERSIDE, AIRPORT = "downtown", "riverside", "airport"
CLASSIC, SPORTS, YOGA, PT, MANICURE = "classic", "sports", "yoga", "pt", "manicure"
ALICE, BOB, CARLA = "alice", "bob", "carla"
LIST_PRICES = {CLASSIC: Decimal("80.00"), SPORTS: Decimal("95.00"), YOGA: Decimal("20.00"),
               PT: Decimal("60.00"), MANICURE: Decimal("35.00")}

DAY = date(2024, 1, 31)  # a month end in a leap year: calendar arithmetic shows

_ids = itertools.count(1)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def stamp(location: str = DOWNTOWN, user: str = "reception") -> Stamp:
    return Stamp(user_id=user, location_id=location, device_id="desk-1",
                 recorded_at=datetime(2024, 1, 31, 12, tzinfo=UTC))


def make_type(**overrides) -> MembershipType:
    """An overall type like "Massage 10": 10 visits of classic/sports massage, 800.00,
    3 months from sale, freeze ≤ 30 days, sale without code, recalculated cost,
    editable at all locations, valid Downtown and Riverside."""
    base = MembershipType(
        id="massage10", name="Massage 10", balance_mode=BalanceMode.OVERALL,
        service_ids=frozenset({CLASSIC, SPORTS}), visits={"*": 10}, price=Decimal("800.00"),
        validity=Period(3, PeriodUnit.MONTH), validity_start=ValidityStart.SALE,
        freeze_limit=Period(30, PeriodUnit.DAY), sale_without_code=True, recalculate_cost=True,
        edit_policy=EditPolicy.ALL_LOCATIONS, location_ids=frozenset({DOWNTOWN, RIVERSIDE}),
    )
    return replace(base, **overrides)


def split_type(**overrides) -> MembershipType:
    """Like "Nails split": Manicure (5) + Classic massage (2), 250.00, 6 months from sale,
    no freezing, code required, editable at the selling location only, valid Downtown."""
    base = MembershipType(
        id="nails", name="Nails split", balance_mode=BalanceMode.SPLIT,
        service_ids=frozenset({MANICURE, CLASSIC}), visits={MANICURE: 5, CLASSIC: 2},
        price=Decimal("250.00"), validity=Period(6, PeriodUnit.MONTH),
        edit_policy=EditPolicy.SELLING_LOCATION_ONLY, location_ids=frozenset({DOWNTOWN}),
    )
    return replace(base, **overrides)


def yoga_type(**overrides) -> MembershipType:
    """Like "Yoga 8": 8 yoga classes, 1 month from the first visit, auto-activation after
    14 days, freeze ≤ 14 days, sale without code, valid at all three locations."""
    base = MembershipType(
        id="yoga8", name="Yoga 8", balance_mode=BalanceMode.OVERALL,
        service_ids=frozenset({YOGA}), visits={"*": 8}, price=Decimal("140.00"),
        validity=Period(1, PeriodUnit.MONTH), validity_start=ValidityStart.FIRST_VISIT,
        auto_activate_days=14, freeze_limit=Period(14, PeriodUnit.DAY), sale_without_code=True,
        location_ids=frozenset({DOWNTOWN, RIVERSIDE, AIRPORT}),
    )
    return replace(base, **overrides)


def pt_type(**overrides) -> MembershipType:
    """Like "PT 12": 12 personal trainings, unlimited validity, code required."""
    base = MembershipType(
        id="pt12", name="PT 12", balance_mode=BalanceMode.OVERALL,
        service_ids=frozenset({PT}), visits={"*": 12}, price=Decimal("600.00"),
        validity=Period(0, PeriodUnit.MONTH),
        location_ids=frozenset({DOWNTOWN, RIVERSIDE, AIRPORT}),
    )
    return replace(base, **overrides)


def sold(t: MembershipType | None = None, *, on: date = DAY, code: str | None = "DS-0001",
         client: str | None = ALICE, location: str = DOWNTOWN) -> Membership:
    """A membership of ``t`` sold through ``operations.sell``."""
    t = t or make_type()
    sale = Sale(id=f"m{next(_ids)}", type_id=t.id, code=code, client_id=client,
                location_id=location, sold_on=on, price=t.price)
    return Membership(sale, t, tuple(operations.sell(sale, t, stamp(location))))


def with_entries(m: Membership, *entries: LedgerEntry | None) -> Membership:
    """``m`` with ``entries`` appended (None ignored), as the store would reload it."""
    return Membership(m.sale, m.type, m.entries + tuple(e for e in entries if e is not None))


def paid(m: Membership, *, on: date = DAY, service: str = CLASSIC, location: str = DOWNTOWN,
         client: str | None = ALICE) -> Membership:
    entries = operations.pay(m, service_id=service, location_id=location, client_id=client,
                             day=on, list_price=LIST_PRICES[service], visit_id=f"v{next(_ids)}",
                             stamp=stamp(location))
    return with_entries(m, *entries)


def paid_times(m: Membership, n: int, **kwargs) -> Membership:
    for _ in range(n):
        m = paid(m, **kwargs)
    return m


def frozen(m: Membership, *, on: date, until: date) -> Membership:
    return with_entries(m, operations.freeze(m, day=on, until=until, stamp=stamp()))


def unfrozen(m: Membership, *, on: date) -> Membership:
    return with_entries(m, operations.unfreeze(m, day=on, stamp=stamp()))


def edited(m: Membership, *, on: date = DAY, balances=None, expiry: date | None = None,
           location: str = DOWNTOWN, reason: str = "goodwill") -> Membership:
    return with_entries(m, operations.edit(m, day=on, balances=balances, expiry=expiry,
                                           reason=reason, stamp=stamp(location)))


def undone(m: Membership, payment_id: str, *, on: date = DAY) -> Membership:
    return with_entries(m, operations.undo_payment(m, payment_id, on, stamp()))


def payments(m: Membership) -> list[LedgerEntry]:
    return [e for e in m.entries if e.kind == "payment"]


@contextlib.contextmanager
def refused(code: str):
    """``with refused("membership_frozen"): ...`` — a DeskError with exactly that code."""
    with pytest.raises(DeskError) as info:
        yield info
    assert info.value.code == code, f"refused with {info.value.code!r}, expected {code!r}"
