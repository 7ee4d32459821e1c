"""The core's side of merged ledgers: an overdrawn balance folds without error, and each
resolution is one edit entry that brings it back to zero."""

from decimal import Decimal

import pytest

from desk.core.memberships import Status
from desk.core.operations import OverdraftResolution, resolve_overdraft
from tests.core.builders import (
    CLASSIC,
    DAY,
    edited,
    paid,
    paid_times,
    refused,
    sold,
    split_type,
    stamp,
    with_entries,
)


def offline_twice(m, **pay):
    """The same last visit paid on two offline desks: both payments merged."""
    return with_entries(m, paid(m, **pay).entries[-1], paid(m, **pay).entries[-1])


def double_redeemed():
    return offline_twice(paid_times(sold(), 9))


def test_a_merged_overdraft_folds_to_a_negative_balance_without_error():
    m = double_redeemed()
    assert m.remaining == -1 and m.status_on(DAY) is Status.USED_UP


@pytest.mark.parametrize("how", list(OverdraftResolution))
def test_each_resolution_brings_the_balance_back_to_zero(how):
    m = double_redeemed()
    entry = resolve_overdraft(m, how, day=DAY, stamp=stamp())
    assert with_entries(m, entry).remaining == 0 and entry.kind == "edit"


def test_charging_records_the_visits_price_per_visit():
    entry = resolve_overdraft(double_redeemed(), OverdraftResolution.CHARGE, day=DAY,
                              stamp=stamp())
    assert entry.amount == Decimal("80.00") and "charged" in entry.reason


def test_only_the_overdrawn_balance_of_a_split_membership_is_topped_up():
    m = offline_twice(edited(sold(split_type(), code="N-1"), balances={CLASSIC: 1}),
                      service=CLASSIC)
    entry = resolve_overdraft(m, OverdraftResolution.WRITE_OFF, day=DAY, stamp=stamp())
    assert dict(entry.deltas) == {CLASSIC: 1} and with_entries(m, entry).balances[CLASSIC] == 0


def test_a_membership_that_is_not_overdrawn_has_nothing_to_resolve():
    with refused("no_overdraft"):
        resolve_overdraft(sold(), OverdraftResolution.EXTEND, day=DAY, stamp=stamp())
