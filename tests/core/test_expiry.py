"""Expiry (SPEC §3.3): activation + validity + frozen days; usable on D only if D < expiry."""

from datetime import date

from desk.core.dates import Period, PeriodUnit
from tests.core.builders import (
    CLASSIC,
    DAY,
    YOGA,
    days,
    edited,
    frozen,
    make_type,
    paid,
    pt_type,
    refused,
    sold,
    unfrozen,
    yoga_type,
)


def test_expiry_is_activation_plus_validity_by_the_calendar():
    assert sold(make_type(validity=Period(1, PeriodUnit.MONTH)), on=DAY).expiry == date(2024, 2, 29)
    assert sold(make_type(validity=Period(1, PeriodUnit.MONTH)),
                on=date(2023, 1, 31)).expiry == date(2023, 2, 28)


def test_a_membership_is_usable_the_day_before_its_expiry_but_not_on_it():
    m = sold(make_type(), on=DAY)  # expires Apr 30
    assert paid(m, on=date(2024, 4, 29)).remaining == 9
    with refused("membership_expired"):
        paid(m, on=date(2024, 4, 30))


def test_frozen_days_move_the_expiry():
    m = frozen(sold(make_type(), on=DAY), on=DAY + days(1), until=DAY + days(11))
    assert m.expiry == date(2024, 4, 30) + days(10)


def test_unlimited_validity_has_no_expiry():
    m = sold(pt_type())
    assert m.expiry is None
    assert paid(m, service="pt", on=date(2099, 1, 1)).remaining == 11


def test_a_not_yet_activated_membership_has_no_expiry_yet():
    assert sold(yoga_type(auto_activate_days=None)).expiry is None


def test_the_expiry_of_a_first_visit_membership_counts_from_that_visit():
    m = paid(sold(yoga_type(auto_activate_days=None)), service=YOGA, on=date(2024, 3, 31))
    assert m.expiry == date(2024, 4, 30)


def test_an_explicit_expiry_edit_sets_the_expiry():
    m = edited(sold(make_type()), expiry=date(2024, 12, 31))
    assert m.expiry == date(2024, 12, 31)
    assert paid(m, on=date(2024, 12, 30)).remaining == 9


def test_a_freeze_before_an_expiry_edit_is_not_credited_twice():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(10))
    m = edited(unfrozen(m, on=DAY + days(5)), on=DAY + days(5), expiry=date(2024, 6, 1))
    assert m.expiry == date(2024, 6, 1)


def test_a_freeze_after_an_expiry_edit_moves_the_edited_expiry():
    m = edited(sold(make_type()), expiry=date(2024, 6, 1))
    m = frozen(m, on=DAY + days(1), until=DAY + days(8))
    assert m.expiry == date(2024, 6, 8)


def test_a_membership_that_is_expired_before_use_refuses_any_service():
    m = sold(make_type(), on=date(2023, 1, 1))
    with refused("membership_expired"):
        paid(m, service=CLASSIC, on=DAY)
