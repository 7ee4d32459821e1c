"""Freezing, unfreezing and editing sold memberships through the services (SPEC §3.5, §3.6)."""

from datetime import date, timedelta

import pytest

from desk.core.errors import DeskError, PermissionDenied
from desk.core.permissions import Role
from desk.services.memberships import (
    edit_membership,
    freeze_membership,
    sell_membership,
    unfreeze_membership,
)
from desk.services.reports import report_summary
from tests.demo_chain import DEMO_DAY


def freeze(demo, ref="DS-0001", days=10, on=DEMO_DAY):
    return freeze_membership(demo.db, demo.admin, ref, until=on + timedelta(days=days), day=on)


def code_of(call) -> str:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value.code


def test_freezing_moves_the_expiry_by_the_frozen_days(demo):
    before = demo.membership("DS-0001").expiry
    info = freeze(demo, days=10)
    assert (info.status, info.expires) == ("frozen", before + timedelta(days=10))
    assert info.frozen_until == DEMO_DAY + timedelta(days=10)


def test_unfreezing_early_credits_only_the_days_frozen(demo):
    before = demo.membership("DS-0001").expiry
    freeze(demo, days=10)
    info = unfreeze_membership(demo.db, demo.admin, "DS-0001", DEMO_DAY + timedelta(days=4))
    assert (info.status, info.expires) == ("active", before + timedelta(days=4))


def test_the_freeze_limit_counts_all_freezes_together(demo):
    freeze(demo, days=20)
    later = DEMO_DAY + timedelta(days=21)
    assert code_of(lambda: freeze(demo, days=11, on=later)) == "freeze_limit_exceeded"
    assert freeze(demo, days=10, on=later).status == "frozen"


def test_a_type_without_freezing_refuses_it(demo):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                    location_id=demo.location("Downtown"), code="NS-9", day=DEMO_DAY)
    assert code_of(lambda: freeze(demo, "NS-9")) == "freeze_not_allowed"


def test_an_issued_membership_cannot_be_frozen(demo):
    assert code_of(lambda: freeze(demo, demo.carla_yoga().id)) == "membership_not_active"


def test_an_active_membership_cannot_be_unfrozen(demo):
    code = code_of(lambda: unfreeze_membership(demo.db, demo.admin, "DS-0001", DEMO_DAY))
    assert code == "membership_not_frozen"


def test_a_frozen_membership_cannot_be_frozen_again(demo):
    freeze(demo)
    assert code_of(lambda: freeze(demo, on=DEMO_DAY + timedelta(days=1))) == "membership_frozen"


def test_a_manager_sets_balance_and_expiry_with_a_reason(demo):
    info = edit_membership(demo.db, demo.at("Riverside"), "DS-0001", reason="goodwill",
                           balances={"*": 9}, expiry=date(2026, 12, 31), day=DEMO_DAY)
    assert (info.remaining, info.expires) == (9, date(2026, 12, 31))
    assert demo.membership("DS-0001").entries[-1].reason == "goodwill"


def test_selling_location_only_types_are_edited_only_where_sold(demo):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                    location_id=demo.location("Downtown"), code="NS-8", day=DEMO_DAY)
    manicure = demo.service("Manicure")
    edit = lambda where: edit_membership(  # noqa: E731
        demo.db, demo.at(where), "NS-8", reason="fix", balances={manicure: 3}, day=DEMO_DAY)
    assert code_of(lambda: edit("Riverside")) == "edit_wrong_location"
    assert edit("Downtown").balances["Manicure"] == 3


def test_reception_may_not_edit_a_membership(demo):
    with pytest.raises(PermissionDenied):
        edit_membership(demo.db, demo.at("Downtown", Role.RECEPTION), "DS-0001",
                        reason="x", balances={"*": 9}, day=DEMO_DAY)


def test_an_edit_cannot_change_the_service_list(demo):
    code = code_of(lambda: edit_membership(
        demo.db, demo.admin, "DS-0001", reason="x", balances={demo.service("Manicure"): 1},
        day=DEMO_DAY))
    assert code == "edit_service_list"


def test_the_membership_shows_the_days_credited_by_its_freezes(demo):
    freeze(demo, days=10)
    info = unfreeze_membership(demo.db, demo.admin, "DS-0001", DEMO_DAY + timedelta(days=4))
    assert info.frozen_days == 4


def test_frozen_again_on_the_day_it_was_unfrozen_it_counts_as_frozen_in_reports(demo):
    freeze(demo, days=5)
    unfreeze_membership(demo.db, demo.admin, "DS-0001", DEMO_DAY)
    freeze(demo, days=5)
    assert report_summary(demo.db, demo.admin, DEMO_DAY).frozen == 1
