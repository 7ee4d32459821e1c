"""A location's closure (SPEC §3.5): which memberships it freezes, their new expiry, and the
days credited when it is cancelled."""

from desk.core.closures import Closure, cancel_closure, closure_freezes, plan_closure
from desk.core.freeze_policy import CLOSURE_REASON
from tests.core.builders import (
    AIRPORT,
    DAY,
    DOWNTOWN,
    RIVERSIDE,
    days,
    frozen,
    make_type,
    pt_type,
    refused,
    sold,
    split_type,
    stamp,
    with_entries,
    yoga_type,
)

TEN_DAYS = Closure("closure-1", DOWNTOWN, DAY, DAY + days(9))


def closed(m, closure=TEN_DAYS, today=DAY):
    return with_entries(m, *closure_freezes(closure, plan_closure(closure, [m], today=today),
                                            stamp()))


def test_a_closure_freezes_what_was_sold_there_and_moves_its_expiry_by_the_days_closed():
    m = sold(location=DOWNTOWN)
    [row] = plan_closure(TEN_DAYS, [m], today=DAY)
    assert row.new_expiry == m.expiry + days(10)
    after = closed(m)
    assert (after.expiry, after.frozen_on(DAY + days(9)), after.frozen_on(DAY + days(10))) == (
        row.new_expiry, True, False)
    freeze = after.entries[-1]
    assert (freeze.reason, freeze.ref_id) == (CLOSURE_REASON, "closure-1")


def test_what_another_location_sold_and_can_use_there_is_not_frozen():
    assert plan_closure(TEN_DAYS, [sold(pt_type(), location=RIVERSIDE)], today=DAY) == []


def test_what_can_be_used_only_at_the_closed_location_is_frozen_wherever_it_was_sold():
    only_downtown = sold(split_type(location_ids=frozenset({DOWNTOWN, AIRPORT})),
                         location=AIRPORT)
    assert plan_closure(TEN_DAYS, [only_downtown], today=DAY) == []  # Airport stays open
    rows = plan_closure(TEN_DAYS, [only_downtown], today=DAY, closed_elsewhere=[AIRPORT])
    assert [r.skipped for r in rows] == [None]


def test_a_type_without_freezing_is_frozen_by_a_closure_all_the_same():
    assert [r.skipped for r in plan_closure(TEN_DAYS, [sold(split_type())], today=DAY)] == [None]


def test_an_issued_or_already_frozen_membership_is_left_as_it_is():
    issued = sold(yoga_type(location_ids=frozenset({DOWNTOWN})))
    already = frozen(sold(), on=DAY, until=DAY + days(3))
    assert plan_closure(TEN_DAYS, [issued, already], today=DAY) == []


def test_a_freeze_planned_inside_the_closure_leaves_the_membership_with_the_reason():
    later = frozen(sold(), on=DAY + days(5), until=DAY + days(8))
    [row] = plan_closure(TEN_DAYS, [later], today=DAY)
    assert row.skipped == "freeze_overlaps"


def test_cancelling_on_the_third_day_credits_three_days():
    m = closed(sold())
    m = with_entries(m, *cancel_closure("closure-1", [m], day=DAY + days(3), stamp=stamp()))
    assert (m.frozen_days, m.expiry) == (3, sold().expiry + days(3))


def test_cancelling_before_it_starts_credits_nothing():
    later = Closure("closure-2", DOWNTOWN, DAY + days(5), DAY + days(9))
    m = closed(sold(), later)
    m = with_entries(m, *cancel_closure("closure-2", [m], day=DAY, stamp=stamp()))
    assert m.frozen_days == 0


def test_a_closure_that_has_ended_cant_be_cancelled():
    m = closed(sold())
    with refused("closure_not_running"):
        cancel_closure("closure-1", [m], day=DAY + days(10), stamp=stamp())


def test_a_closure_starting_in_the_past_or_ending_before_it_starts_is_refused():
    with refused("closure_in_past"):
        plan_closure(TEN_DAYS, [sold()], today=DAY + days(1))
    with refused("period_invalid"):
        plan_closure(Closure("c", DOWNTOWN, DAY, DAY - days(1)), [sold()], today=DAY)


def test_a_closure_of_a_location_the_type_is_not_valid_at_touches_nothing():
    assert plan_closure(Closure("c", AIRPORT, DAY, DAY), [sold(make_type())], today=DAY) == []
