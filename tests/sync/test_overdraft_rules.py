"""The core's side of merged ledgers: an overdrawn balance folds without error, and each
resolution is one edit entry with its own meaning — charge (the client pays), write off (the
business absorbs), extend (a new package the overdrawn visits come out of)."""

from datetime import date
from decimal import Decimal

import pytest

from desk.core.memberships import Status
from desk.core.operations import OverdraftResolution, overdraft_amount, resolve_overdraft
from tests.core.builders import (
    CLASSIC,
    DAY,
    edited,
    make_type,
    paid,
    paid_times,
    pt_type,
    refused,
    sold,
    split_type,
    stamp,
    with_entries,
)

CHARGE, EXTEND, WRITE_OFF = OverdraftResolution


def offline_twice(m, times=2, **pay):
    """The same last visit paid on ``times`` offline desks: their payments merged."""
    return with_entries(m, *(paid(m, **pay).entries[-1] for _ in range(times)))


def double_redeemed(t=None):
    return offline_twice(paid_times(sold(t), 9))


def resolved(m, how, **kwargs):
    entry = resolve_overdraft(m, how, day=DAY, stamp=stamp(), **kwargs)
    return entry, with_entries(m, entry)


def test_a_merged_overdraft_folds_to_a_negative_balance_without_error():
    m = double_redeemed()
    assert m.remaining == -1 and m.status_on(DAY) is Status.USED_UP


@pytest.mark.parametrize("how", [CHARGE, WRITE_OFF])
def test_a_charge_or_a_write_off_brings_the_balance_back_to_zero(how):
    entry, after = resolved(double_redeemed(), how)
    assert after.remaining == 0 and entry.kind == "edit" and dict(entry.deltas) == {"*": 1}


def test_a_charge_takes_the_overdrawn_visits_at_the_price_per_visit():
    entry, _ = resolved(double_redeemed(), CHARGE)
    assert entry.amount == Decimal("80.00") and "charged" in entry.reason


def test_a_charge_keeps_the_amount_the_manager_typed():
    entry, _ = resolved(double_redeemed(), CHARGE, amount=Decimal("95"))
    assert entry.amount == Decimal("95.00") and "95.00" in entry.reason


def test_a_write_off_takes_no_money():
    entry, _ = resolved(double_redeemed(), WRITE_OFF)
    assert entry.amount is None and "written off" in entry.reason
    with refused("overdraft_amount_unexpected"):
        resolved(double_redeemed(), WRITE_OFF, amount=Decimal("10"))


def test_extending_adds_a_whole_package_the_overdrawn_visits_come_out_of():
    m = double_redeemed()
    entry, after = resolved(m, EXTEND)
    assert after.remaining == 9 and after.status_on(DAY) is Status.ACTIVE
    assert entry.amount == Decimal("800.00") and entry.date_value == date(2024, 7, 30)
    assert m.expiry == date(2024, 4, 30)  # the new period starts where the old one ends


def test_extending_an_expired_membership_counts_the_new_period_from_today():
    m = double_redeemed()
    entry = resolve_overdraft(m, EXTEND, day=date(2024, 6, 1), stamp=stamp())
    assert entry.date_value == date(2024, 9, 1)


def test_extending_an_unlimited_membership_leaves_it_unlimited():
    m = offline_twice(paid_times(sold(pt_type(service_ids=frozenset({CLASSIC}))), 11))
    entry, after = resolved(m, EXTEND)
    assert entry.date_value is None and after.expiry is None and after.remaining == 11


def test_an_archived_type_cannot_be_extended():
    with refused("type_archived"):
        resolved(double_redeemed(make_type(archived=True)), EXTEND)


def test_an_overdraft_larger_than_a_package_cannot_be_extended():
    m = offline_twice(edited(sold(split_type(), code="N-1"), balances={CLASSIC: 1}), 4,
                      service=CLASSIC)  # 3 visits short; a package has 2 classic massages
    with refused("overdraft_exceeds_package"):
        resolved(m, EXTEND)


def test_only_the_overdrawn_balance_of_a_split_membership_is_topped_up():
    m = offline_twice(edited(sold(split_type(), code="N-1"), balances={CLASSIC: 1}),
                      service=CLASSIC)
    entry, after = resolved(m, WRITE_OFF)
    assert dict(entry.deltas) == {CLASSIC: 1} and after.balances[CLASSIC] == 0


def test_the_default_amounts_are_what_each_resolution_takes():
    m = double_redeemed()
    assert [overdraft_amount(m, how) for how in (CHARGE, EXTEND, WRITE_OFF)] == [
        Decimal("80.00"), Decimal("800.00"), None]


def test_a_membership_that_is_not_overdrawn_has_nothing_to_resolve():
    with refused("no_overdraft"):
        resolve_overdraft(sold(), EXTEND, day=DAY, stamp=stamp())
