"""Editing a sold membership (SPEC §3.6): balances and expiry, as the type allows; never the
service list; every edit says why."""

from datetime import date

from desk.core.ledger import EntryKind
from desk.core.membership_types import EditPolicy
from tests.core.builders import (
    CLASSIC,
    DAY,
    DOWNTOWN,
    MANICURE,
    PT,
    RIVERSIDE,
    edited,
    make_type,
    refused,
    sold,
    split_type,
)


def test_an_edit_sets_the_remaining_balance_as_a_ledger_entry_with_its_reason():
    m = edited(sold(make_type()), balances={"*": 12}, location=RIVERSIDE, reason=" goodwill ")
    edit = m.entries[-1]
    assert m.remaining == 12
    assert (edit.kind, edit.deltas, edit.reason) == (EntryKind.EDIT, {"*": 2}, "goodwill")
    assert edit.stamp.location_id == RIVERSIDE


def test_a_split_edit_sets_each_services_balance():
    m = edited(sold(split_type()), balances={MANICURE: 1, CLASSIC: 2})
    assert m.balances == {MANICURE: 1, CLASSIC: 2}
    assert m.entries[-1].deltas == {MANICURE: -4}


def test_a_type_with_editing_prohibited_refuses_edits():
    with refused("edit_prohibited"):
        edited(sold(make_type(edit_policy=EditPolicy.PROHIBITED)), balances={"*": 5})


def test_selling_location_only_refuses_an_edit_elsewhere():
    m = sold(split_type(location_ids=frozenset({DOWNTOWN, RIVERSIDE})), location=DOWNTOWN)
    with refused("edit_wrong_location"):
        edited(m, balances={MANICURE: 3}, location=RIVERSIDE)
    assert edited(m, balances={MANICURE: 3}, location=DOWNTOWN).balance_for(MANICURE) == 3


def test_an_edit_needs_a_reason():
    with refused("edit_reason_required"):
        edited(sold(make_type()), balances={"*": 5}, reason="   ")


def test_the_service_list_of_a_sold_membership_cant_change():
    with refused("edit_service_list"):
        edited(sold(split_type()), balances={PT: 3})
    with refused("edit_service_list"):
        edited(sold(make_type()), balances={CLASSIC: 3})


def test_a_balance_below_zero_is_refused():
    with refused("edit_balance_invalid"):
        edited(sold(make_type()), balances={"*": -1})


def test_an_edit_that_changes_nothing_is_refused():
    with refused("edit_nothing"):
        edited(sold(make_type()), balances={"*": 10})


def test_an_edit_may_set_only_the_expiry():
    m = edited(sold(make_type()), expiry=date(2025, 1, 1))
    assert (m.remaining, m.expiry, m.entries[-1].date_value) == (10, date(2025, 1, 1),
                                                                 date(2025, 1, 1))


def test_an_edited_expiry_must_come_after_the_sale():
    with refused("edit_expiry_invalid"):
        edited(sold(make_type()), expiry=DAY)


def test_an_edit_dated_before_the_sale_is_refused():
    with refused("edit_before_sale"):
        edited(sold(make_type()), on=date(2024, 1, 30), balances={"*": 3})
