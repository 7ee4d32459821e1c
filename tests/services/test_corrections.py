"""Voiding a sale and refunding a membership through the services (SPEC §3.11): one write
each, with who, where and why on the entry; a refusal writes nothing."""

from datetime import timedelta
from decimal import Decimal

import pytest

from desk.core.errors import DeskError, PermissionDenied
from desk.core.ledger import EntryKind
from desk.core.permissions import Role
from desk.services.corrections import refund_membership, void_sale
from desk.services.memberships import freeze_membership, pay_visit
from tests.demo_chain import DEMO_DAY


def code_of(call) -> str:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value.code


def test_reception_voids_the_days_sale_which_is_then_cancelled(demo):
    # Bob's PT 12 was sold on the demo's day and not used yet
    info = void_sale(demo.db, demo.reception, "ds-0002", reason="sold the wrong type",
                     day=DEMO_DAY)
    void = demo.membership("DS-0002").entries[-1]
    assert (info.status, info.remaining) == ("cancelled", 0)
    assert (void.kind, void.reason, void.stamp.user_id) == (
        EntryKind.VOID, "sold the wrong type", demo.reception.user_id)


def test_a_sale_of_another_day_is_refused_and_nothing_is_written(demo):
    before = demo.membership("DS-0001").entries
    assert code_of(lambda: void_sale(demo.db, demo.reception, "DS-0001",
                                     day=DEMO_DAY)) == "void_not_same_day"
    assert demo.membership("DS-0001").entries == before


def test_a_manager_refunds_what_is_still_owed(demo):
    # Alice's Massage 10 (800.00) has 7 of its 10 visits left
    manager = demo.at("Downtown", Role.MANAGER)
    info = refund_membership(demo.db, manager, "DS-0001", reason="moved away", day=DEMO_DAY)
    refund = demo.membership("DS-0001").entries[-1]
    assert (info.status, info.remaining) == ("refunded", 0)
    assert (refund.amount, refund.reason, refund.stamp.location_id) == (
        Decimal("560.00"), "moved away", demo.location("Downtown"))


def test_reception_may_not_refund(demo):
    with pytest.raises(PermissionDenied):
        refund_membership(demo.db, demo.reception, "DS-0001", reason="moved away", day=DEMO_DAY)


def test_a_refunded_membership_pays_no_visit_and_cant_be_frozen(demo):
    refund_membership(demo.db, demo.admin, "DS-0001", reason="moved away", amount="100",
                      day=DEMO_DAY)
    assert code_of(lambda: pay_visit(
        demo.db, demo.admin, client_id=demo.client("Alice Smith"),
        service_id=demo.service("Classic massage"), location_id=demo.location("Downtown"),
        day=DEMO_DAY, membership_ref="DS-0001")) == "membership_refunded"
    assert code_of(lambda: freeze_membership(
        demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=3),
        day=DEMO_DAY)) == "membership_refunded"
