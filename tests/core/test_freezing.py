"""Freezing (SPEC §3.5): within the type's limit, only when active; early unfreeze credits
only the days actually frozen."""

from datetime import date

from desk.core import operations
from desk.core.dates import Period, PeriodUnit
from desk.core.memberships import Status
from tests.core.builders import (
    DAY,
    YOGA,
    days,
    frozen,
    make_type,
    paid,
    paid_times,
    payments,
    refused,
    sold,
    split_type,
    stamp,
    undone,
    unfrozen,
    yoga_type,
)

EXPIRY = date(2024, 4, 30)  # of make_type() sold on DAY


def test_freezing_moves_the_expiry_by_the_frozen_days():
    m = frozen(sold(make_type()), on=DAY + days(10), until=DAY + days(20))
    assert m.expiry == EXPIRY + days(10)
    assert m.status_on(DAY + days(19)) is Status.FROZEN
    assert m.frozen_days == 10


def test_a_type_without_freezing_refuses_a_freeze():
    with refused("freeze_not_allowed"):
        frozen(sold(split_type()), on=DAY, until=DAY + days(1))


def test_a_freeze_longer_than_the_limit_is_refused():
    with refused("freeze_limit_exceeded") as error:
        frozen(sold(make_type()), on=DAY, until=DAY + days(31))
    assert "30" in error.value.message


def test_a_freeze_of_exactly_the_limit_is_allowed():
    assert frozen(sold(make_type()), on=DAY, until=DAY + days(30)).frozen_days == 30


def test_a_freeze_limit_in_months_counts_calendar_days_from_the_first_freeze():
    t = make_type(freeze_limit=Period(1, PeriodUnit.MONTH))  # from Jan 31: 29 days in 2024
    assert frozen(sold(t), on=DAY, until=DAY + days(29)).frozen_days == 29
    with refused("freeze_limit_exceeded"):
        frozen(sold(t), on=DAY, until=DAY + days(30))


def test_an_issued_membership_is_not_frozen():
    with refused("membership_not_active"):
        frozen(sold(yoga_type(auto_activate_days=None)), on=DAY, until=DAY + days(3))


def test_an_expired_membership_is_not_frozen():
    with refused("membership_not_active"):
        frozen(sold(make_type()), on=EXPIRY, until=EXPIRY + days(3))


def test_a_used_up_membership_is_not_frozen():
    with refused("membership_not_active"):
        frozen(paid_times(sold(make_type()), 10), on=DAY, until=DAY + days(3))


def test_a_frozen_membership_is_not_frozen_again():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(5))
    with refused("membership_frozen"):
        frozen(m, on=DAY + days(2), until=DAY + days(4))


def test_the_unfreeze_date_must_come_after_the_freeze():
    with refused("freeze_until_invalid"):
        frozen(sold(make_type()), on=DAY, until=DAY)


def test_unfreezing_a_membership_that_is_not_frozen_is_refused():
    with refused("membership_not_frozen"):
        unfrozen(sold(make_type()), on=DAY)
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(5))
    with refused("membership_not_frozen"):
        unfrozen(m, on=DAY + days(5))  # the freeze has already ended


def test_an_early_unfreeze_credits_only_the_days_actually_frozen():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(10))
    m = unfrozen(m, on=DAY + days(4))
    assert m.frozen_days == 4
    assert m.expiry == EXPIRY + days(4)
    assert m.status_on(DAY + days(4)) is Status.ACTIVE


def test_an_unfreeze_on_the_freeze_day_credits_nothing():
    m = unfrozen(frozen(sold(make_type()), on=DAY, until=DAY + days(10)), on=DAY)
    assert (m.frozen_days, m.expiry) == (0, EXPIRY)


def test_several_freezes_are_allowed_while_the_limit_lasts():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(10))
    m = frozen(m, on=DAY + days(20), until=DAY + days(30))
    m = frozen(m, on=DAY + days(40), until=DAY + days(50))
    assert m.frozen_days == 30 and m.expiry == EXPIRY + days(30)
    with refused("freeze_limit_exceeded"):
        frozen(m, on=DAY + days(60), until=DAY + days(61))


def test_days_not_used_by_an_early_unfreeze_can_be_frozen_later():
    m = unfrozen(frozen(sold(make_type()), on=DAY, until=DAY + days(30)), on=DAY + days(10))
    assert operations.freeze_days_left(m, DAY + days(11)) == 20
    assert frozen(m, on=DAY + days(11), until=DAY + days(31)).frozen_days == 30


def test_a_first_visit_membership_can_be_frozen_once_activated():
    m = paid(sold(yoga_type()), service=YOGA, on=DAY + days(1))
    assert frozen(m, on=DAY + days(2), until=DAY + days(16)).frozen_days == 14


def test_a_freeze_is_a_ledger_entry_with_its_unfreeze_date():
    m = sold(make_type())
    entry = operations.freeze(m, day=DAY, until=DAY + days(7), stamp=stamp())
    assert (entry.kind, entry.on, entry.date_value) == ("freeze", DAY, DAY + days(7))


def test_a_back_dated_freeze_may_not_overlap_an_earlier_one():
    m = frozen(sold(make_type()), on=DAY + days(10), until=DAY + days(15))
    with refused("freeze_overlaps"):
        frozen(m, on=DAY + days(5), until=DAY + days(12))


def test_a_backdated_freeze_over_a_day_with_a_paid_visit_is_refused():
    m = paid(sold(make_type()), on=DAY + days(5))
    with refused("freeze_overlaps_visit"):
        frozen(m, on=DAY + days(3), until=DAY + days(6))


def test_a_freeze_ending_on_the_day_of_a_paid_visit_is_allowed():
    m = frozen(paid(sold(make_type()), on=DAY + days(5)), on=DAY + days(2), until=DAY + days(5))
    assert m.frozen_days == 3


def test_an_undone_visit_does_not_stand_in_the_way_of_a_freeze():
    m = paid(sold(make_type()), on=DAY + days(5))
    m = undone(m, payments(m)[0].id, on=DAY + days(5))
    assert frozen(m, on=DAY + days(3), until=DAY + days(6)).frozen_days == 3
