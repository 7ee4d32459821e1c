"""Paying visits with memberships through the service (SPEC §3.4)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta

from desk.core.errors import DeskError
from desk.services.memberships import (
    freeze_membership,
    pay_visit,
    payment_options,
    sell_membership,
    undo_payment,
)
from tests.demo_chain import DEMO_DAY


def pay(demo, client="Alice Smith", service="Classic massage", location="Downtown", **kw):
    kw.setdefault("day", DEMO_DAY)
    return pay_visit(demo.db, demo.admin, client_id=demo.client(client),
                     service_id=demo.service(service), location_id=demo.location(location), **kw)


def refusal(demo, **kw) -> str:
    with pytest.raises(DeskError) as caught:
        pay(demo, **kw)
    return caught.value.code


def test_paying_deducts_one_visit_and_returns_the_payment(demo):
    info = pay(demo)
    assert (info.number, info.remaining) == ("DS-0001", 6)
    assert demo.membership("DS-0001").payment(info.payment_id) is not None


def test_a_membership_sold_at_one_location_pays_at_another_valid_one(demo):
    assert pay(demo, location="Riverside").remaining == 6


def test_a_location_outside_the_type_is_refused(demo):
    assert refusal(demo, location="Airport") == "location_not_valid"


def test_a_service_outside_the_type_is_refused(demo):
    assert refusal(demo, service="Manicure") == "service_not_included"


def test_the_membership_expiring_first_is_used(demo):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
                    location_id=demo.location("Downtown"), client_id=demo.client("Alice Smith"),
                    code="LATER", day=DEMO_DAY)
    assert pay(demo).number == "DS-0001"
    usable, _ = payment_options(demo.db, client_id=demo.client("Alice Smith"),
                                service_id=demo.service("Sports massage"),
                                location_id=demo.location("Downtown"), day=DEMO_DAY)
    assert [m.number for m in usable] == ["DS-0001", "LATER"]


def test_payment_options_explain_why_a_membership_cannot_pay(demo):
    _, refused = payment_options(demo.db, client_id=demo.client("Alice Smith"),
                                 service_id=demo.service("Manicure"),
                                 location_id=demo.location("Downtown"), day=DEMO_DAY)
    assert [(r.membership.number, r.code, "does not include" in r.reason) for r in refused] == [
        ("DS-0001", "service_not_included", True)]


def test_a_frozen_membership_does_not_pay(demo):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    assert refusal(demo) == "membership_frozen"


def test_an_expired_membership_does_not_pay(demo):
    expiry = demo.membership("DS-0001").expiry
    assert refusal(demo, day=expiry) == "membership_expired"
    assert pay(demo, day=expiry - timedelta(days=1)).remaining == 6


def test_a_used_up_membership_does_not_pay(demo):
    for _ in range(7):
        pay(demo)
    assert refusal(demo) == "membership_used_up"


def test_a_no_code_membership_pays_only_for_its_owner(demo):
    yoga = demo.carla_yoga()
    code = refusal(demo, client="Bob Jones", service="Yoga class", location="Riverside",
                   membership_ref=yoga.id)
    assert code == "not_membership_owner"


def test_a_client_without_memberships_gets_no_usable_membership(demo):
    assert refusal(demo, client="Emma Brown") == "no_usable_membership"


def test_the_first_visit_starts_the_validity_of_a_first_visit_type(demo):
    visit_day = DEMO_DAY + timedelta(days=3)
    info = pay(demo, client="Carla Díaz", service="Yoga class", location="Airport", day=visit_day)
    assert (info.status, info.expires) == ("active", visit_day + relativedelta(months=1))


def test_undoing_the_first_visit_returns_the_membership_to_issued(demo):
    info = pay(demo, client="Carla Díaz", service="Yoga class", location="Airport")
    undone = undo_payment(demo.db, demo.admin, info.payment_id, DEMO_DAY)
    assert (undone.status, undone.remaining) == ("issued", 8)


def test_recalculated_cost_is_price_over_visits(demo):
    info = pay(demo)
    payment = demo.membership("DS-0001").payment(info.payment_id)
    assert payment.amount == Decimal("80.00")


def test_without_recalculation_the_list_price_is_recorded(demo):
    info = pay(demo, client="Bob Jones", service="Personal training", location="Riverside")
    assert demo.membership("DS-0002").payment(info.payment_id).amount == Decimal("60.00")


def test_undo_restores_the_visit_and_keeps_the_payment_in_the_ledger(demo):
    info = pay(demo)
    entries_before = len(demo.membership("DS-0001").entries)
    assert undo_payment(demo.db, demo.admin, info.payment_id, DEMO_DAY).remaining == 7
    m = demo.membership("DS-0001")
    assert len(m.entries) == entries_before + 1 and m.payment(info.payment_id) is not None


def test_a_payment_is_undone_only_once(demo):
    info = pay(demo)
    undo_payment(demo.db, demo.admin, info.payment_id, DEMO_DAY)
    with pytest.raises(DeskError) as caught:
        undo_payment(demo.db, demo.admin, info.payment_id, DEMO_DAY)
    assert caught.value.code == "payment_already_undone"


def test_an_unknown_payment_cannot_be_undone(demo):
    with pytest.raises(DeskError) as caught:
        undo_payment(demo.db, demo.admin, "no-such-payment", DEMO_DAY)
    assert caught.value.code == "payment_not_found"


def test_a_split_membership_deducts_only_the_paid_service(demo):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                    location_id=demo.location("Downtown"), client_id=demo.client("Emma Brown"),
                    code="NS-1", day=DEMO_DAY)
    info = pay(demo, client="Emma Brown", service="Manicure")
    assert info.balances == {"Classic massage": 2, "Manicure": 4}
