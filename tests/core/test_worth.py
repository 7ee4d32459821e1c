"""What a visit is worth (SPEC §4): the n visits of a package add up to its price exactly."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desk.core.worth import owed, visit_worth

PRICES = st.integers(0, 10**8).map(lambda cents: Decimal(cents) / 100)
TOTALS = st.integers(1, 400)


@given(price=PRICES, total=TOTALS)
def test_the_visits_of_a_package_add_up_to_its_price_and_none_is_worth_less_than_nothing(
        price, total):
    worths = [visit_worth(price, total, k) for k in range(1, total + 1)]
    assert sum(worths) == price
    assert min(worths) >= 0
    assert max(worths) - min(worths) <= Decimal("0.01")


@given(price=PRICES, total=TOTALS, remaining=st.integers(-50, 450))
def test_a_package_owes_its_price_less_its_redeemed_visits_and_never_less_than_nothing(
        price, total, remaining):
    value = owed(price, total, remaining)
    assert value >= 0
    if 0 <= remaining <= total:
        redeemed = sum((visit_worth(price, total, k) for k in range(1, total - remaining + 1)),
                       Decimal(0))
        assert value == price - redeemed


def test_yoga_8_visits_are_worth_17_50_each_whatever_cost_the_payment_records():
    assert [visit_worth(Decimal("140.00"), 8, k) for k in (1, 2, 8)] == [Decimal("17.50")] * 3
    assert owed(Decimal("140.00"), 8, 7) == Decimal("122.50")


def test_a_used_up_split_package_owes_nothing_and_an_overdrawn_one_no_less():
    # Nails split: 250.00 for 5 manicures (35.00 each) and 2 massages (80.00 each)
    assert owed(Decimal("250.00"), 7, 0) == owed(Decimal("250.00"), 7, -1) == Decimal("0.00")
    assert [visit_worth(Decimal("250.00"), 7, k) for k in range(1, 8)] == [
        Decimal("35.71"), Decimal("35.72"), Decimal("35.71"), Decimal("35.72"),
        Decimal("35.71"), Decimal("35.72"), Decimal("35.71")]


def test_a_balance_raised_above_the_package_owes_its_extra_visits_at_the_same_rate():
    assert owed(Decimal("800.00"), 10, 12) == Decimal("960.00")
