"""Membership types (SPEC §2): what makes a valid type, and what is locked once one is sold."""

from dataclasses import replace
from decimal import Decimal

import pytest

from desk.core.dates import Period, PeriodUnit
from desk.core.membership_types import (
    OVERALL_KEY,
    BalanceMode,
    EditPolicy,
    ValidityStart,
    check_type_change,
    duplicate_type,
    validate_type,
)
from desk.core.names import name_key, next_free_copy_name
from tests.core.builders import (
    AIRPORT,
    CLASSIC,
    MANICURE,
    PT,
    SPORTS,
    YOGA,
    make_type,
    pt_type,
    refused,
    split_type,
    yoga_type,
)


@pytest.mark.parametrize("build", [make_type, split_type, yoga_type, pt_type])
def test_the_demo_types_are_valid(build):
    t = build()
    assert validate_type(t) is t


@pytest.mark.parametrize(("changes", "code"), [
    ({"service_ids": frozenset(), "visits": {"*": 10}}, "type_services_required"),
    ({"visits": {CLASSIC: 5, SPORTS: 5}}, "type_visits_invalid"),
    ({"visits": {"*": 0}}, "type_visits_invalid"),
    ({"visits": {"*": 100_001}}, "type_visits_invalid"),
    ({"price": Decimal("-0.01")}, "type_price_invalid"),
    ({"validity": Period(-1, PeriodUnit.MONTH)}, "type_validity_invalid"),
    ({"auto_activate_days": 14}, "type_auto_activation_needs_first_visit"),
    ({"freeze_limit": Period(-1, PeriodUnit.DAY)}, "type_freeze_limit_invalid"),
    ({"location_ids": frozenset()}, "type_locations_required"),
])
def test_validate_type_refuses_a_type_that_cant_work(changes, code):
    with refused(code):
        validate_type(make_type(**changes))


def test_a_split_type_needs_visits_for_each_of_its_services():
    with refused("type_visits_invalid"):
        validate_type(split_type(visits={MANICURE: 5}))
    with refused("type_visits_invalid"):
        validate_type(split_type(visits={"*": 7}))


def test_auto_activation_after_a_negative_number_of_days_is_refused():
    with refused("type_auto_activation_invalid"):
        validate_type(yoga_type(auto_activate_days=-1))


def test_a_free_type_is_valid():
    assert validate_type(make_type(price=Decimal("0"))).price == 0


# -- locked after the first sale (SPEC §2) ------------------------------------------------

@pytest.mark.parametrize(("old", "changes", "code"), [
    (make_type(), {"price": Decimal("900.00")}, "type_locked_price"),
    (make_type(), {"balance_mode": BalanceMode.SPLIT,
                   "visits": {CLASSIC: 5, SPORTS: 5}}, "type_locked_balance_mode"),
    (make_type(), {"service_ids": frozenset({CLASSIC})}, "type_locked_services_removed"),
    (split_type(), {"service_ids": frozenset({MANICURE}), "visits": {MANICURE: 5}},
     "type_locked_services_removed"),
    (split_type(), {"service_ids": frozenset({MANICURE, CLASSIC, PT}),
                    "visits": {MANICURE: 5, CLASSIC: 2, PT: 1}}, "type_locked_services_added"),
    (make_type(), {"visits": {"*": 12}}, "type_locked_visits"),
    (split_type(), {"visits": {MANICURE: 6, CLASSIC: 2}}, "type_locked_visits"),
    (make_type(), {"validity": Period(4, PeriodUnit.MONTH)}, "type_locked_validity"),
    (make_type(), {"validity": Period(3, PeriodUnit.WEEK)}, "type_locked_validity"),
    (make_type(), {"validity_start": ValidityStart.FIRST_VISIT}, "type_locked_validity"),
    (make_type(), {"sale_without_code": False}, "type_locked_sale_without_code"),
])
def test_a_sold_type_refuses_a_locked_change_and_offers_duplicate(old, changes, code):
    with refused(code) as error:
        check_type_change(old, replace(old, **changes), sold=True)
    assert "sold" in error.value.message
    assert "Duplicate type" in error.value.hint


def test_a_sold_overall_type_may_gain_services():
    old = make_type()
    new = replace(old, service_ids=old.service_ids | {PT})
    check_type_change(old, new, sold=True)


def test_a_sold_split_type_may_not_gain_services_even_with_visits_for_them():
    old = split_type()
    new = replace(old, service_ids=old.service_ids | {YOGA}, visits={**old.visits, YOGA: 3})
    with refused("type_locked_services_added"):
        check_type_change(old, new, sold=True)


def test_settings_outside_the_locked_rules_may_change_after_a_sale():
    old = make_type()
    new = replace(old, name="Massage ten", freeze_limit=None, recalculate_cost=False,
                  edit_policy=EditPolicy.PROHIBITED, location_ids=frozenset({AIRPORT}),
                  archived=True, online_sale=True, book_while_frozen=False)
    check_type_change(old, new, sold=True)


def test_an_unsold_type_may_change_anything():
    old = split_type()
    new = make_type(id=old.id, price=Decimal("1"), validity=Period(1, PeriodUnit.DAY),
                    validity_start=ValidityStart.FIRST_VISIT, service_ids=frozenset({YOGA}),
                    visits={"*": 99}, sale_without_code=True)
    check_type_change(old, new, sold=False)


def test_duplicate_copies_every_setting_into_a_new_active_type():
    old = split_type(archived=True)
    copy = duplicate_type(old, new_id="nails2",
                          new_name=next_free_copy_name(old.name, {name_key(old.name)}))
    assert (copy.id, copy.name, copy.archived) == ("nails2", "Nails split (2)", False)
    assert replace(copy, id=old.id, name=old.name, archived=True) == old


def test_an_overall_type_shares_one_balance_and_a_split_type_has_one_per_service():
    assert make_type().initial_balances() == {OVERALL_KEY: 10}
    assert make_type().balance_key(SPORTS) == OVERALL_KEY
    assert split_type().initial_balances() == {MANICURE: 5, CLASSIC: 2}
    assert split_type().balance_key(MANICURE) == MANICURE
    assert split_type().total_visits == 7


def test_a_type_without_recalculation_records_the_service_list_price():
    t = make_type(recalculate_cost=False)
    assert t.cost_of_visit(1, Decimal("95.00")) == Decimal("95.00")
    assert make_type().cost_of_visit(1, Decimal("95.00")) == Decimal("80.00")


def test_freezing_is_allowed_only_with_a_positive_freeze_limit():
    assert make_type().freeze_allowed
    assert not make_type(freeze_limit=None).freeze_allowed
    assert not make_type(freeze_limit=Period(0, PeriodUnit.DAY)).freeze_allowed
