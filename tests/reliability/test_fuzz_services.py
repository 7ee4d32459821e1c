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
DAYS = st.one_of(st.dates(), st.just(date(2026, 3, 15)))
MONEY = st.one_of(st.decimals(allow_nan=True, allow_infinity=True),
                  st.decimals(-(10**12), 10**12, places=3),
                  st.sampled_from([Decimal("-0.01"), Decimal("0.001"), Decimal("1E+9"),
                                   Decimal("1E+30"), Decimal("-5")]))
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


OUT_OF_RANGE = [  # once found by the properties above; each is now refused by name
    ({"day": date(9999, 12, 31)}, "date_out_of_range"),  # its expiry would be in year 10000
    ({"day": date(1, 1, 1)}, "date_out_of_range"),
    ({"amount_paid": Decimal("1E+30")}, "money_invalid"),  # more cents than a column holds
    ({"price": Decimal("-5")}, "money_invalid"),
    ({"amount_paid": Decimal("-5")}, "money_invalid"),
    ({"price": Decimal("0.001")}, "money_invalid"),
]


@pytest.mark.parametrize(("values", "code"), OUT_OF_RANGE,
                         ids=["year-9999", "year-1", "1e30-paid", "price-negative",
                              "paid-negative", "tenth-of-a-cent"])
def test_a_sale_out_of_range_is_refused_with_a_desk_error(demo, values, code):
    before = content(demo.path)
    with pytest.raises(DeskError) as caught:
        sell_alice(demo, **values)
    assert caught.value.code == code and content(demo.path) == before
