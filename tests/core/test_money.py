"""Money (SPEC §1, §3.4): Decimal amounts typed by people, and the recalculated visit cost."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.money import format_money, from_cents, parse_money, to_cents, visit_cost
from tests.core.builders import refused


@pytest.mark.parametrize(("typed", "amount"), [
    ("800", "800.00"), ("800.5", "800.50"), (" 1 200,00 ", "1200.00"), ("0", "0.00"),
    (5, "5.00"), (Decimal("12.30"), "12.30"), ("1000000000", "1000000000.00"),
])
def test_parse_money_reads_what_people_type_into_exact_cents(typed, amount):
    assert parse_money(typed) == Decimal(amount)
    assert parse_money(typed).as_tuple().exponent == -2


@pytest.mark.parametrize("typed", [
    "", "abc", "12a", "-1", "-0.01", "1.234", "NaN", "sNaN", "Infinity", "-Infinity",
    "1000000000.01", "1e30", "1E+400", "1,2,3",
])
def test_parse_money_refuses_what_is_not_an_amount(typed):
    with refused("money_invalid") as error:
        parse_money(typed, field="price")
    assert error.value.value == typed
    assert "price" in error.value.message and error.value.hint


def test_parse_money_never_returns_a_float():
    assert isinstance(parse_money("19.99"), Decimal)


def test_visit_cost_of_800_for_10_visits_is_80_each():
    assert [visit_cost(Decimal("800"), 10, n) for n in range(1, 11)] == [Decimal("80.00")] * 10


def test_visit_cost_gives_the_rounding_remainder_to_the_last_visit():
    costs = [visit_cost(Decimal("100"), 3, n) for n in (1, 2, 3)]
    assert costs == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert sum(costs) == Decimal("100")


@given(price=st.decimals(min_value=0, max_value=1_000_000, places=2),
       total=st.integers(min_value=1, max_value=300))
def test_visit_costs_of_a_whole_package_add_up_to_its_price_exactly(price, total):
    costs = [visit_cost(price, total, n) for n in range(1, total + 1)]
    assert sum(costs) == price
    assert all(c.as_tuple().exponent == -2 for c in costs)


def test_a_visit_beyond_the_package_costs_nothing():
    assert visit_cost(Decimal("800"), 10, 11) == Decimal("0.00")
    assert visit_cost(Decimal("800"), 0, 1) == Decimal("0.00")


def test_format_money_is_the_one_money_formatter():
    assert format_money(Decimal("1234.5")) == "1,234.50 USD"
    assert format_money(Decimal("0"), "EUR") == "0.00 EUR"


@given(st.integers(min_value=0, max_value=10**11))
def test_cents_round_trip(cents):
    assert to_cents(from_cents(cents)) == cents


def test_a_comma_before_three_digits_groups_thousands():
    from desk.core.money import parse_money

    assert parse_money("1,000") == Decimal("1000.00")
    assert parse_money("1,200.50") == Decimal("1200.50")
    assert parse_money("800,50") == Decimal("800.50")
