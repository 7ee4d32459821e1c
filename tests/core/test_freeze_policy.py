"""A type's freeze policy (SPEC §3.5): shortest and longest freeze, how many, a fee, a reason
from the chain's list; closure freezes never count against it."""

from dataclasses import replace
from decimal import Decimal

import pytest

from desk.core import operations
from desk.core.closures import Closure, closure_freezes, plan_closure
from desk.core.errors import DeskError
from desk.core.freeze_policy import FreezePolicy, clean_reasons, validate_policy
from desk.core.membership_types import check_type_change, validate_type
from tests.core.builders import (
    DAY,
    DOWNTOWN,
    days,
    make_type,
    refused,
    sold,
    stamp,
    unfrozen,
    with_entries,
)

REASONS = ("Illness", "Travel", "Other")
POLICY = FreezePolicy(min_days=7, max_days=21, max_count=2, fee=Decimal("10.00"),
                      reason_required=True)


def policed(**changes):
    return sold(make_type(freeze_policy=replace(POLICY, **changes)))


def freeze(m, length: int, reason: str = "Travel", start=DAY):
    return operations.freeze(m, day=start, until=start + days(length), stamp=stamp(),
                             reason=reason, reasons=REASONS)


def test_a_freeze_shorter_than_the_shortest_is_refused():
    with refused("freeze_too_short") as info:
        freeze(policed(), 5)
    assert "7 days or more" in str(info.value)


def test_a_freeze_longer_than_the_longest_is_refused():
    with refused("freeze_too_long"):
        freeze(policed(), 22)


def test_freezes_of_exactly_the_shortest_and_the_longest_are_allowed():
    assert freeze(policed(), 7).date_value == DAY + days(7)
    assert freeze(policed(), 21).date_value == DAY + days(21)


def test_a_freeze_past_the_number_allowed_is_refused():
    m = policed(max_days=None)
    for n in range(2):
        m = with_entries(m, freeze(m, 7, start=DAY + days(10 * n)))
    with refused("freeze_count_exceeded"):
        freeze(m, 7, start=DAY + days(20))


def test_the_fee_rides_on_the_freeze_entry_and_none_when_there_is_no_fee():
    assert freeze(policed(), 7).amount == Decimal("10.00")
    assert freeze(policed(fee=Decimal("0")), 7).amount is None


def test_a_required_reason_must_be_given():
    with refused("freeze_reason_required") as info:
        freeze(policed(), 7, reason="  ")
    assert "Illness, Travel, Other" in str(info.value)


def test_a_reason_outside_the_chains_list_is_refused_and_one_in_it_is_spelled_as_listed():
    with refused("freeze_reason_unknown"):
        freeze(policed(), 7, reason="Holiday")
    assert freeze(policed(), 7, reason=" travel ").reason == "Travel"


def test_without_a_policy_a_freeze_works_as_before_and_needs_no_reason():
    entry = freeze(sold(), 3, reason="")
    assert (entry.reason, entry.amount) == ("", None)


def test_a_closure_freeze_counts_neither_against_the_number_of_freezes_nor_the_limit():
    m = policed(max_count=1, max_days=None)
    closure = Closure("c1", DOWNTOWN, DAY, DAY + days(29))  # 30 days: the whole freeze limit
    m = with_entries(m, *closure_freezes(closure, plan_closure(closure, [m], today=DAY),
                                         stamp()))
    assert (m.frozen_days, m.own_freezes) == (30, ())
    assert operations.freeze_days_left(m, DAY + days(30)) == 30
    assert freeze(m, 7, start=DAY + days(30)).amount == Decimal("10.00")


def test_an_early_unfreeze_keeps_the_freeze_counted():
    m = policed(max_count=1)
    m = unfrozen(with_entries(m, freeze(m, 7)), on=DAY + days(2))
    with refused("freeze_count_exceeded"):
        freeze(m, 7, start=DAY + days(5))


@pytest.mark.parametrize("policy", [FreezePolicy(min_days=0), FreezePolicy(max_days=-1),
                                    FreezePolicy(max_count=0), FreezePolicy(min_days=9, max_days=8),
                                    FreezePolicy(fee=Decimal("-1"))])
def test_a_policy_that_cant_work_is_refused(policy):
    with pytest.raises(DeskError) as info:
        validate_policy(policy)
    assert info.value.code == "type_freeze_policy_invalid"


def test_the_policy_is_checked_with_the_type():
    with refused("type_freeze_policy_invalid"):
        validate_type(make_type(freeze_policy=FreezePolicy(min_days=30, max_days=7)))


def test_a_sold_types_freeze_policy_may_change():
    old = make_type()
    check_type_change(old, replace(old, freeze_policy=POLICY), sold=True)


def test_the_chains_reasons_are_trimmed_without_blanks_or_repeats():
    assert clean_reasons([" Illness ", "", "travel", "Travel", "Other"]) == (
        "Illness", "travel", "Other")
