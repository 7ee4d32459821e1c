"""Booking with a membership (SPEC §5), automatic deduction (§3.7), auto-activation (§3.3)."""

from datetime import UTC, datetime, timedelta

import pytest

from desk.core.bookings import BOOKING_REFUSAL, BookingStatus
from desk.core.errors import DeskError
from desk.services.bookings import book, set_booking_status
from desk.services.due import run_due
from desk.services.memberships import freeze_membership, pay_visit
from tests.demo_chain import DEMO_DAY
from tests.services.due_helpers import pilates_with_deduction

NOON = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 12, tzinfo=UTC)


def book_for(demo, client, services, location="Downtown", at=NOON + timedelta(days=2)):
    return book(demo.db, demo.admin, client_id=demo.client(client),
                service_ids=[demo.service(s) for s in services],
                location_id=demo.location(location), starts_at=at, today=DEMO_DAY,
                now=NOON - timedelta(hours=4))


def refused_booking(demo, *args, **kw) -> DeskError:
    with pytest.raises(DeskError) as caught:
        book_for(demo, *args, **kw)
    return caught.value


def test_a_covered_service_is_booked_against_the_covering_membership(demo):
    info = book_for(demo, "Bob Jones", ["Personal training"])
    assert [s.membership_number for s in info.services] == ["DS-0002"]


def test_an_uncovered_service_is_refused_with_the_exact_message(demo):
    error = refused_booking(demo, "Alice Smith", ["Manicure"])
    assert (error.code, str(error)) == ("booking_not_covered", BOOKING_REFUSAL)


def test_pending_bookings_must_be_covered_too(demo):
    for day in range(7):
        book_for(demo, "Alice Smith", ["Classic massage"], at=NOON + timedelta(days=day + 1))
    assert refused_booking(demo, "Alice Smith", ["Sports massage"]).code == "booking_not_covered"


def test_a_booking_of_several_services_needs_cover_for_each(demo):
    assert refused_booking(demo, "Alice Smith", ["Classic massage", "Manicure"]).code == \
        "booking_not_covered"
    assert len(book_for(demo, "Alice Smith", ["Classic massage", "Sports massage"]).services) == 2


def test_an_issued_membership_is_valid_for_booking(demo):
    info = book_for(demo, "Carla Díaz", ["Yoga class"], location="Riverside")
    assert info.services[0].membership_number is None


def test_a_frozen_membership_is_valid_for_booking_when_the_type_allows(demo):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    assert book_for(demo, "Alice Smith", ["Classic massage"]).services


def test_paying_a_booked_visit_consumes_its_booking(demo):
    book_for(demo, "Bob Jones", ["Personal training"], at=NOON)
    pay_visit(demo.db, demo.admin, client_id=demo.client("Bob Jones"),
              service_id=demo.service("Personal training"),
              location_id=demo.location("Downtown"), day=DEMO_DAY)
    for hour in range(11):  # 12 visits: the consumed booking no longer counts against cover
        book_for(demo, "Bob Jones", ["Personal training"], at=NOON + timedelta(days=2, hours=hour))


def test_auto_activation_happens_once_when_due(demo):
    due = NOON + timedelta(days=14)
    assert run_due(demo.db, demo.admin, due - timedelta(days=1)).activated == []
    assert len(run_due(demo.db, demo.admin, due).activated) == 1
    assert run_due(demo.db, demo.admin, due).activated == []
    yoga = demo.carla_yoga()
    assert yoga.state.explicit_activation == DEMO_DAY + timedelta(days=14)


@pytest.fixture
def strict_service(demo):
    return pilates_with_deduction(demo, DEMO_DAY)


def test_a_late_cancellation_is_deducted_once_after_the_start(demo, strict_service):
    info = book_for(demo, "Emma Brown", ["Pilates"])
    booking = info.services[0].booking_id
    set_booking_status(demo.db, demo.admin, booking, BookingStatus.CANCELLED,
                       at=info.starts_at - timedelta(hours=3))
    assert run_due(demo.db, demo.admin, info.starts_at - timedelta(minutes=1)).debited == []
    assert run_due(demo.db, demo.admin, info.starts_at).debited == [booking]
    assert run_due(demo.db, demo.admin, info.starts_at + timedelta(hours=1)).debited == []
    assert demo.membership("PIL-1").remaining == 4


def test_an_early_cancellation_is_not_deducted(demo, strict_service):
    info = book_for(demo, "Emma Brown", ["Pilates"])
    set_booking_status(demo.db, demo.admin, info.services[0].booking_id,
                       BookingStatus.CANCELLED, at=info.starts_at - timedelta(hours=30))
    assert run_due(demo.db, demo.admin, info.starts_at).not_debited == [
        info.services[0].booking_id]
    assert demo.membership("PIL-1").remaining == 5


def test_a_no_show_is_deducted(demo, strict_service):
    info = book_for(demo, "Emma Brown", ["Pilates"])
    set_booking_status(demo.db, demo.admin, info.services[0].booking_id, BookingStatus.NO_SHOW)
    run_due(demo.db, demo.admin, info.starts_at + timedelta(hours=2))
    assert demo.membership("PIL-1").remaining == 4
