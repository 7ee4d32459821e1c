"""A membership's history explains itself: when, where, who, what, and in time order;
any payment can be undone, an earlier day's only by a manager (SPEC §3.8, §3.11)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from desk.core.errors import DeskError
from desk.core.permissions import Role
from desk.services.chain import add_location
from desk.services.corrections import refund_membership, void_sale
from desk.services.history import membership_history
from desk.services.memberships import freeze_membership, pay_visit, undo_payment
from tests.demo_chain import DEMO_DAY


def pay(demo, actor=None, client="Alice Smith", service="Classic massage",
        location="Downtown", day=DEMO_DAY):
    return pay_visit(demo.db, actor or demo.at(location), client_id=demo.client(client),
                     service_id=demo.service(service), location_id=demo.location(location),
                     day=day)


def history(demo, ref="DS-0001"):
    return membership_history(demo.db, demo.membership(ref).id)


def test_a_payment_row_says_where_who_what_and_the_balance_it_left(demo):
    info = pay(demo, demo.at("Riverside", Role.RECEPTION), location="Riverside")
    line = history(demo)[-1]
    assert (line.what, line.location, line.user, line.visits, line.balance_after) == (
        "Payment", "Riverside", "reception", -1, info.remaining)
    assert line.details == "Classic massage visit of 15 Mar" and line.undoable


def test_times_are_shown_in_the_time_zone_of_where_it_happened(demo):
    add_location(demo.db, demo.admin, "Madrid", timezone="Europe/Madrid")
    freeze_membership(demo.db, demo.at("Madrid"), "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    line = history(demo)[-1]
    assert line.location == "Madrid" and line.at.utcoffset() == ZoneInfo(
        "Europe/Madrid").utcoffset(line.at.replace(tzinfo=None))


def test_a_freeze_row_says_from_when_and_until_when(demo):
    freeze_membership(demo.db, demo.at("Downtown"), "DS-0001",
                      until=DEMO_DAY + timedelta(days=5), day=DEMO_DAY)
    assert history(demo)[-1].details == "Frozen from 15 Mar 2026, works again on 20 Mar 2026"


def test_an_undo_row_names_the_payment_it_reversed_and_the_payment_says_undone(demo):
    info = pay(demo)
    undo_payment(demo.db, demo.at("Downtown"), info.payment_id, DEMO_DAY)
    *_, payment, undo = history(demo)
    paid_at = f"{payment.at:%H:%M}"
    assert undo.details == f"Undo of the {paid_at} Classic massage visit of 15 Mar"
    assert (undo.what, undo.visits, undo.balance_after) == ("Payment undo", 1, 7)
    assert payment.details.endswith("(undone)") and not payment.undoable
    assert not undo.undoable


def test_an_activation_caused_by_a_payment_comes_before_it(demo):
    pay(demo, client="Carla Díaz", service="Yoga class", location="Airport")
    kinds = [line.kind for line in history(demo, demo.carla_yoga().id)]
    assert kinds[-2:] == ["activation", "payment"]


def test_the_history_is_read_in_a_few_queries_however_long(demo):
    for _ in range(5):
        pay(demo)
    statements = []
    engine = demo.db.engine
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        lines = history(demo)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert len(lines) >= 8 and len([s for s in statements if "SELECT" in s.upper()]) <= 10


def test_reception_undoes_a_payment_of_today(demo):
    info = pay(demo)
    assert undo_payment(demo.db, demo.reception, info.payment_id, DEMO_DAY).remaining == 7


def test_reception_may_not_undo_an_earlier_days_payment_and_learns_why(demo):
    info = pay(demo, day=DEMO_DAY - timedelta(days=1))
    with pytest.raises(DeskError) as caught:
        undo_payment(demo.db, demo.reception, info.payment_id, DEMO_DAY)
    assert caught.value.code == "undo_needs_manager"
    assert "14 Mar 2026" in str(caught.value) and "manager" in str(caught.value)
    assert demo.membership("DS-0001").remaining == 6


def test_a_manager_undoes_any_payment_not_only_the_last(demo):
    first = pay(demo, day=DEMO_DAY - timedelta(days=2))
    pay(demo)
    manager = demo.at("Downtown", Role.MANAGER)
    assert undo_payment(demo.db, manager, first.payment_id, DEMO_DAY).remaining == 6


def test_a_void_row_says_the_sale_was_cancelled_and_why(demo):
    price = demo.membership("DS-0002").sale.price
    void_sale(demo.db, demo.reception, "DS-0002", reason="wrong type", day=DEMO_DAY)
    last = history(demo, "DS-0002")[-1]
    assert (last.what, last.reason, last.balance_after) == ("Sale voided", "wrong type", 0)
    assert f"{price} back to the client" in last.details


def test_a_refund_row_says_what_was_paid_back_and_no_payment_can_be_undone_after_it(demo):
    pay(demo)
    refund_membership(demo.db, demo.admin, "DS-0001", reason="moved away", amount="100",
                      day=DEMO_DAY)
    lines = history(demo)
    assert (lines[-1].what, lines[-1].details) == (
        "Refund", "100.00 paid back to the client; no visits left")
    assert not any(line.undoable for line in lines)
