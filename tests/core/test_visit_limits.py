"""Visit limits (SPEC §3.10): per day, per week (Monday–Sunday), per calendar month."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core import operations
from desk.core.bookings import PendingBooking, assign_booking
from desk.core.membership_types import check_type_change, validate_type
from desk.core.visit_limits import (
    VisitLimits,
    check_visit_limits,
    next_allowed_day,
    validate_limits,
    week_start,
)
from tests.core.builders import (
    ALICE,
    DOWNTOWN,
    LIST_PRICES,
    YOGA,
    paid,
    payments,
    refused,
    sold,
    stamp,
    undone,
    yoga_type,
)

MONDAY = date(2024, 1, 1)
caps = st.one_of(st.none(), st.integers(1, 4))
limits_strategy = st.builds(VisitLimits, caps, caps, caps)
wanted_days = st.lists(st.integers(0, 80).map(lambda n: MONDAY + timedelta(days=n)),
                       max_size=40)


def allowed(limits: VisitLimits, visits: list[date], day: date) -> bool:
    return next_allowed_day(limits, visits, day) == day


def within_caps(limits: VisitLimits, visits: list[date]) -> bool:
    periods = [(limits.per_day, lambda d: d), (limits.per_week, week_start),
               (limits.per_month, lambda d: (d.year, d.month))]
    return all(cap is None or max(Counter(map(key, visits)).values(), default=0) <= cap
               for cap, key in periods)


@given(limits_strategy, wanted_days)
def test_no_cap_is_ever_exceeded_by_any_sequence_of_allowed_visits(limits, wanted):
    visits: list[date] = []
    for day in wanted:
        if allowed(limits, visits, day):
            visits.append(day)
    assert within_caps(limits, visits)


@given(limits_strategy, wanted_days, wanted_days.map(lambda d: d[0] if d else MONDAY))
def test_the_next_allowed_date_is_allowed_and_no_earlier_date_is(limits, wanted, day):
    visits: list[date] = []
    for d in wanted:
        if allowed(limits, visits, d):
            visits.append(d)
    first = next_allowed_day(limits, visits, day)
    assert first >= day
    assert within_caps(limits, [*visits, first])
    for n in range((first - day).days):
        assert not within_caps(limits, [*visits, day + timedelta(days=n)])


def test_a_week_runs_monday_to_sunday():
    once_a_week = VisitLimits(per_week=1)
    wednesday = date(2024, 1, 3)
    assert next_allowed_day(once_a_week, [wednesday], date(2024, 1, 7)) == date(2024, 1, 8)
    assert next_allowed_day(once_a_week, [wednesday], date(2024, 1, 1)) == date(2024, 1, 8)


def test_a_month_is_the_calendar_month():
    twice_a_month = VisitLimits(per_month=2)
    visits = [date(2024, 1, 30), date(2024, 1, 31)]
    assert next_allowed_day(twice_a_month, visits, date(2024, 1, 31)) == date(2024, 2, 1)
    assert next_allowed_day(twice_a_month, [date(2024, 12, 1)] * 2, date(2024, 12, 9)) \
        == date(2025, 1, 1)


def test_no_caps_allow_any_number_of_visits_a_day():
    check_visit_limits(VisitLimits(), [MONDAY] * 50, MONDAY, name="Yoga")


def test_the_refusal_names_the_limit_and_the_first_allowed_date_both_ways():
    with refused("visit_limit_reached") as info:
        check_visit_limits(VisitLimits(per_day=1), [MONDAY], MONDAY, name="YOGA-1")
    message = info.value.message
    assert "1 visit a day" in message
    assert "Tuesday, 02 January 2024" in message and "2024-01-02" in message
    assert info.value.value == "2024-01-02"


@pytest.mark.parametrize("cap", [0, -1, 1001, 1.5, True])
def test_a_cap_must_be_a_whole_number_of_at_least_one(cap):
    with refused("type_visit_limit_invalid") as info:
        validate_type(yoga_type(visit_limits=VisitLimits(per_week=cap)))
    assert "a week" in info.value.message and "no limit" in info.value.hint


def test_valid_caps_pass_validation():
    limits = VisitLimits(per_day=1, per_week=5, per_month=20)
    assert validate_limits(limits) is limits


def one_a_day(**kwargs):
    return sold(yoga_type(visit_limits=VisitLimits(per_day=1), **kwargs), on=MONDAY)


def test_a_one_a_day_pass_refuses_the_second_visit_of_the_day_and_allows_the_next_day():
    m = paid(one_a_day(), service=YOGA, on=MONDAY)
    with refused("visit_limit_reached"):
        paid(m, service=YOGA, on=MONDAY)
    paid(m, service=YOGA, on=MONDAY + timedelta(days=1))


def test_an_undone_payment_does_not_count_against_the_cap():
    m = paid(one_a_day(), service=YOGA, on=MONDAY)
    m = undone(m, payments(m)[0].id, on=MONDAY)
    paid(m, service=YOGA, on=MONDAY)


def test_a_managers_override_pays_past_the_cap_and_the_entry_keeps_the_reason():
    m = paid(one_a_day(), service=YOGA, on=MONDAY)
    [payment, *_] = operations.pay(
        m, service_id=YOGA, location_id=DOWNTOWN, client_id=ALICE, day=MONDAY,
        list_price=LIST_PRICES[YOGA], visit_id="v-extra", stamp=stamp(),
        past_limit_reason="make-up class for the cancelled Sunday")
    assert payment.reason == "make-up class for the cancelled Sunday"


def test_a_capped_membership_is_listed_as_cant_pay_so_another_one_pays():
    capped = paid(one_a_day(), service=YOGA, on=MONDAY)
    other = sold(yoga_type(id="yoga-open"), code="DS-0002", on=MONDAY)
    usable, refusals = operations.usable_for([capped, other], service_id=YOGA,
                                             location_id=DOWNTOWN, client_id=ALICE, day=MONDAY)
    assert usable == [other]
    assert [(r.membership, r.code) for r in refusals] == [(capped, "visit_limit_reached")]


def book(memberships, *, on=MONDAY, services=(YOGA,), pending=()):
    return assign_booking(memberships, service_ids=list(services), location_id=DOWNTOWN,
                          client_id=ALICE, today=MONDAY, booking_day=on, pending=list(pending))


def test_a_second_booking_the_same_day_on_a_one_a_day_pass_is_refused_until_the_next_day():
    m = one_a_day()
    with refused("visit_limit_reached") as info:
        book([m], pending=[PendingBooking(m.id, YOGA, MONDAY)])
    assert info.value.value == "2024-01-02"
    assert book([m], on=MONDAY + timedelta(days=1),
                pending=[PendingBooking(m.id, YOGA, MONDAY)]) == [m]


def test_a_paid_visit_counts_against_a_booking_the_same_day():
    m = paid(one_a_day(), service=YOGA, on=MONDAY)
    with refused("visit_limit_reached"):
        book([m])


def test_a_capped_booking_falls_to_another_membership_that_covers_it():
    capped = paid(one_a_day(), service=YOGA, on=MONDAY)
    other = sold(yoga_type(id="yoga-open"), code="DS-0002", on=MONDAY)
    assert book([capped, other]) == [other]


@pytest.mark.parametrize(("before", "after"), [
    (VisitLimits(), VisitLimits(per_day=1)),
    (VisitLimits(per_week=3), VisitLimits(per_week=2)),
    (VisitLimits(per_day=2), VisitLimits(per_day=2, per_month=20)),
])
def test_a_sold_type_refuses_a_new_or_lower_visit_limit(before, after):
    old = yoga_type(visit_limits=before)
    with refused("type_locked_visit_limits") as info:
        check_type_change(old, replace(old, visit_limits=after), sold=True)
    assert "Duplicate type" in info.value.hint


@pytest.mark.parametrize(("before", "after"), [
    (VisitLimits(per_day=1), VisitLimits()),
    (VisitLimits(per_week=2), VisitLimits(per_week=3)),
    (VisitLimits(per_month=8), VisitLimits(per_month=9, per_day=None)),
])
def test_a_sold_type_may_raise_or_remove_a_visit_limit(before, after):
    old = yoga_type(visit_limits=before)
    check_type_change(old, replace(old, visit_limits=after), sold=True)


def test_an_unsold_type_may_tighten_its_visit_limits():
    old = yoga_type()
    check_type_change(old, replace(old, visit_limits=VisitLimits(per_day=1)), sold=False)


def test_the_limits_read_as_a_person_says_them():
    assert str(VisitLimits()) == "no limit"
    assert str(VisitLimits(per_day=1, per_month=12)) == "1 visit a day, 12 visits a month"
