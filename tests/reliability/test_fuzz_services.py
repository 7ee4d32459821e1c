"""Extreme values at the sale and payment services: huge, negative, non-ASCII, blank, far
dates. Each gives a result or a DeskError, never another exception; a refusal writes nothing."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.services.chain import add_client
from desk.services.memberships import pay_visit, sell_membership
from tests.reliability.fingerprints import content

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
# the ranges stop where the known faults below begin; widen them when those are fixed
DAYS = st.one_of(st.dates(date(1, 1, 1), date(2999, 12, 31)), st.just(date(2026, 3, 15)))
MONEY = st.one_of(st.decimals(-(10**9), 10**9, places=2),
                  st.sampled_from([Decimal("-0.01"), Decimal("0.001"), Decimal("1E+9")]))
STRINGS = st.one_of(st.text(max_size=60), st.sampled_from(["", "   ", "\t\n", "Ünïcødé 名前",
                                                           "DS-0001", " ds-0001 ", "x" * 500]))


def refused_or_done(demo, call) -> None:
    before = content(demo.path)
    try:
        call()
    except DeskError:
        assert content(demo.path) == before


@FUZZ
@given(day=DAYS, price=st.none() | MONEY, paid=st.none() | MONEY, code=st.none() | STRINGS)
def test_a_sale_with_extreme_values_is_made_or_refused(demo, day, price, paid, code):
    refused_or_done(demo, lambda: sell_membership(
        demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
        location_id=demo.location("Downtown"), client_id=demo.client("Alice Smith"),
        code=code, day=day, price=price, amount_paid=paid))


@FUZZ
@given(day=DAYS, ref=st.none() | STRINGS)
def test_a_payment_with_extreme_values_is_made_or_refused(demo, day, ref):
    refused_or_done(demo, lambda: pay_visit(
        demo.db, demo.admin, client_id=demo.client("Alice Smith"),
        service_id=demo.service("Classic massage"), location_id=demo.location("Downtown"),
        day=day, membership_ref=ref))


@FUZZ
@given(name=STRINGS, phone=st.one_of(STRINGS, st.integers(-(10**20), 10**20).map(str)))
def test_a_client_with_extreme_values_is_added_or_refused(demo, name, phone):
    refused_or_done(demo, lambda: add_client(demo.db, demo.admin, name, phone))


def sell_alice(demo, **values):
    return sell_membership(demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
                           location_id=demo.location("Downtown"),
                           client_id=demo.client("Alice Smith"), **values)


KNOWN_FAULTS = [  # found by the properties above; the sale service does not check these yet
    {"day": date(9999, 12, 31)},  # ValueError: the expiry's year 10000 is out of range
    {"amount_paid": Decimal("1E+30")},  # StatementError: too many cents for the column
    {"price": Decimal("-5")},  # accepted: a negative price is sold
    {"amount_paid": Decimal("-5")},  # accepted: a negative payment is recorded
]


@pytest.mark.xfail(strict=True, reason="sell_membership does not validate its day and money "
                                       "arguments (docs/reliability.md, open faults)")
@pytest.mark.parametrize("values", KNOWN_FAULTS, ids=["year-9999", "1e30-paid", "price-negative",
                                                      "paid-negative"])
def test_a_sale_out_of_range_is_refused_with_a_desk_error(demo, values):
    with pytest.raises(DeskError):
        sell_alice(demo, **values)
