"""Visit limits at the desk (SPEC §3.10): paying and booking with a capped membership, a
manager's override with a reason, and the caps surviving a save and a reload."""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest

from desk.core.bookings import BookingStatus, ServiceKind
from desk.core.errors import DeskError, PermissionDenied
from desk.core.membership_types import ValidityStart
from desk.core.permissions import Role
from desk.core.visit_limits import VisitLimits
from desk.services import chain
from desk.services.bookings import book, set_booking_status
from desk.services.due import run_due
from desk.services.memberships import (
    pay_visit,
    payment_options,
    sell_membership,
    undo_payment,
)
from desk.services.types import create_type, duplicate, update_type
from tests.demo_chain import DEMO_DAY

TOMORROW = DEMO_DAY + timedelta(days=1)


def capped_yoga(demo, **caps) -> str:
    """A copy of "Yoga 8" with ``caps``, counted from the sale, sold to Emma at Riverside;
    returns the membership's id."""
    copy = duplicate(demo.db, demo.admin, demo.type_id("Yoga 8"))
    update_type(demo.db, demo.admin, replace(
        copy, validity_start=ValidityStart.SALE, auto_activate_days=None,
        visit_limits=VisitLimits(**caps)))
    return sell_yoga(demo, copy.id)


def sell_yoga(demo, type_id: str) -> str:
    return sell_membership(demo.db, demo.admin, type_id=type_id,
                           location_id=demo.location("Riverside"),
                           client_id=demo.client("Emma Brown"), generate=True, day=DEMO_DAY).id


def pay_yoga(demo, role=Role.RECEPTION, day=DEMO_DAY, **kw):
    return pay_visit(demo.db, demo.at("Riverside", role), client_id=demo.client("Emma Brown"),
                     service_id=demo.service("Yoga class"), location_id=demo.location("Riverside"),
                     day=day, **kw)


def refusal(call) -> DeskError:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value


def test_the_caps_are_kept_by_the_store_and_reloaded(demo):
    capped_yoga(demo, per_day=1, per_week=3, per_month=10)
    with demo.db.read() as uow:
        assert uow.types.by_name("Yoga 8 (2)").visit_limits == VisitLimits(1, 3, 10)


def test_a_type_with_a_zero_cap_is_refused_and_nothing_is_saved(demo):
    copy = duplicate(demo.db, demo.admin, demo.type_id("Yoga 8"))
    error = refusal(lambda: update_type(demo.db, demo.admin, replace(
        copy, visit_limits=VisitLimits(per_day=0))))
    assert error.code == "type_visit_limit_invalid"
    with demo.db.read() as uow:
        assert uow.types.get(copy.id).visit_limits == VisitLimits()


def test_a_sold_type_refuses_a_new_visit_limit_and_keeps_none(demo):
    with demo.db.read() as uow:
        yoga = uow.types.by_name("Yoga 8")
    error = refusal(lambda: update_type(demo.db, demo.admin, replace(
        yoga, visit_limits=VisitLimits(per_day=1))))
    assert error.code == "type_locked_visit_limits"
    with demo.db.read() as uow:
        assert uow.types.get(yoga.id).visit_limits == VisitLimits()


def test_the_second_visit_of_the_day_on_a_one_a_day_pass_is_refused_with_the_next_date(demo):
    capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    error = refusal(lambda: pay_yoga(demo))
    assert error.code == "visit_limit_reached"
    assert TOMORROW.isoformat() in error.message
    assert pay_yoga(demo, day=TOMORROW).remaining == 6


def test_an_undone_visit_gives_the_day_back(demo):
    capped_yoga(demo, per_day=1)
    undo_payment(demo.db, demo.reception, pay_yoga(demo).payment_id, DEMO_DAY)
    assert pay_yoga(demo).remaining == 7


def test_a_manager_pays_past_the_cap_and_the_payment_keeps_the_reason(demo):
    capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    info = pay_yoga(demo, Role.MANAGER, past_limit_reason="make-up for Sunday's class")
    payment = demo.membership(info.id).payment(info.payment_id)
    assert payment is not None and payment.reason == "make-up for Sunday's class"


def test_reception_cant_pay_past_the_cap(demo):
    info_id = capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    with pytest.raises(PermissionDenied):
        pay_yoga(demo, past_limit_reason="she asked nicely")
    assert demo.membership(info_id).remaining == 7


def test_an_override_without_a_reason_is_refused(demo):
    error = refusal(lambda: pay_yoga(demo, Role.MANAGER, past_limit_reason="  "))
    assert error.code == "override_reason_required"


def test_the_chooser_lists_a_capped_membership_as_cant_pay_and_pays_with_another(demo):
    capped = capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    other = sell_yoga(demo, demo.type_id("Yoga 8"))
    usable, cant = payment_options(demo.db, client_id=demo.client("Emma Brown"),
                                   service_id=demo.service("Yoga class"),
                                   location_id=demo.location("Riverside"), day=DEMO_DAY)
    assert [m.id for m in usable] == [other]
    assert [(c.membership.id, c.code) for c in cant] == [(capped, "visit_limit_reached")]
    assert pay_yoga(demo).id == other


def book_emma(demo, day):
    return book(demo.db, demo.at("Riverside", Role.RECEPTION),
                client_id=demo.client("Emma Brown"), service_ids=[demo.service("Yoga class")],
                location_id=demo.location("Riverside"),
                starts_at=datetime.combine(day, time(18), UTC), today=DEMO_DAY,
                now=datetime.combine(DEMO_DAY, time(8), UTC))


def test_a_second_booking_the_same_day_on_a_one_a_day_pass_is_refused(demo):
    capped_yoga(demo, per_day=1)
    book_emma(demo, TOMORROW)
    error = refusal(lambda: book(
        demo.db, demo.reception, client_id=demo.client("Emma Brown"),
        service_ids=[demo.service("Yoga class")], location_id=demo.location("Riverside"),
        starts_at=datetime.combine(TOMORROW, time(20), UTC), today=DEMO_DAY,
        now=datetime.combine(DEMO_DAY, time(8), UTC)))
    assert error.code == "visit_limit_reached"
    book_emma(demo, TOMORROW + timedelta(days=1))


def test_a_visit_paid_today_counts_against_a_booking_today(demo):
    capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    assert refusal(lambda: book_emma(demo, DEMO_DAY)).code == "visit_limit_reached"


def test_paying_the_booked_visit_is_not_refused_by_its_own_booking(demo):
    capped_yoga(demo, per_day=1)
    book_emma(demo, DEMO_DAY)
    assert pay_yoga(demo).remaining == 7
    assert refusal(lambda: pay_yoga(demo)).code == "visit_limit_reached"


def test_a_no_show_is_deducted_even_on_a_day_already_at_its_limit(demo):
    """The booking was counted when made; a walk-in paid the same day at another location
    does not spare the no-show its deduction."""
    pilates = chain.add_service(demo.db, demo.admin, "Pilates", category="Fitness",
                                kind=ServiceKind.GROUP, duration_min=50, price=Decimal(25),
                                auto_deduct=True, free_cancel_hours=24)
    with demo.db.read() as uow:
        pt = uow.types.by_name("PT 12")
    t = create_type(demo.db, demo.admin, replace(
        pt, id="", name="Pilates daily", service_ids=frozenset({pilates}), visits={"*": 5},
        visit_limits=VisitLimits(per_day=1)))
    sell_membership(demo.db, demo.admin, type_id=t.id, location_id=demo.location("Downtown"),
                    client_id=demo.client("Emma Brown"), code="PIL-1", day=DEMO_DAY)
    starts = datetime.combine(TOMORROW, time(18), UTC)
    [booked] = book(demo.db, demo.admin, client_id=demo.client("Emma Brown"),
                    service_ids=[pilates], location_id=demo.location("Downtown"),
                    starts_at=starts, today=DEMO_DAY,
                    now=datetime.combine(DEMO_DAY, time(8), UTC)).services
    pay_visit(demo.db, demo.admin, client_id=demo.client("Emma Brown"), service_id=pilates,
              location_id=demo.location("Riverside"), day=TOMORROW, membership_ref="PIL-1")
    set_booking_status(demo.db, demo.admin, booked.booking_id, BookingStatus.NO_SHOW)
    assert run_due(demo.db, demo.admin, starts + timedelta(hours=2)).debited \
        == [booked.booking_id]
    assert demo.membership("PIL-1").remaining == 3
