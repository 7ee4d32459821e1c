"""A booking is made once and not in the past (SPEC §5, §11 "Safe keys"): the same booking
again is refused, a start that has passed needs a manager's reason, which the audit keeps."""

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.bookings import BookingStatus, check_start
from desk.core.errors import DeskError
from desk.core.permissions import Role
from desk.services.bookings import book, set_booking_status
from tests.demo_chain import DEMO_DAY

NOW = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 20, 38, tzinfo=UTC)
TOMORROW = NOW + timedelta(days=1)


def book_bob(demo, *, at=TOMORROW, role=Role.ADMIN, override=None, service="Personal training",
             location="Downtown"):
    return book(demo.db, demo.at(location, role), client_id=demo.client("Bob Jones"),
                service_ids=[demo.service(service)], location_id=demo.location(location),
                starts_at=at, today=DEMO_DAY, now=NOW, override=override)


def refusal(demo, **kw) -> DeskError:
    with pytest.raises(DeskError) as caught:
        book_bob(demo, **kw)
    return caught.value


def bookings_of_bob(demo) -> int:
    with demo.db.read() as uow:
        return len(uow.bookings.pending_for_client(demo.client("Bob Jones")))


def test_the_same_booking_twice_is_refused_and_names_the_service_and_time(demo):
    book_bob(demo)
    error = refusal(demo)
    assert error.code == "booking_exists"
    assert str(error).startswith("Bob Jones is already booked for Personal training at "
                                 "Downtown on 2026-03-16 20:38.")
    assert bookings_of_bob(demo) == 1


def test_another_time_or_place_is_another_booking(demo):
    book_bob(demo)
    book_bob(demo, at=TOMORROW + timedelta(hours=1))
    book_bob(demo, location="Airport")
    assert bookings_of_bob(demo) == 3


def test_a_cancelled_booking_can_be_booked_again(demo):
    first = book_bob(demo).services[0].booking_id
    set_booking_status(demo.db, demo.admin, first, BookingStatus.CANCELLED, at=NOW)
    book_bob(demo)
    assert bookings_of_bob(demo) == 1


def test_a_start_that_has_passed_is_refused_with_the_time_and_what_to_do(demo):
    error = refusal(demo, at=NOW.replace(hour=10, minute=0), role=Role.RECEPTION)
    assert error.code == "booking_in_past"
    assert str(error).startswith("This booking starts at 2026-03-15 10:00, which has already "
                                 "passed (it is 2026-03-15 20:38 now).")
    assert "Choose a later start" in error.hint
    assert bookings_of_bob(demo) == 0


def test_a_receptionist_can_t_book_a_passed_start_even_with_a_reason(demo):
    error = refusal(demo, at=NOW - timedelta(hours=1), role=Role.RECEPTION, override="came")
    assert error.code == "permission_denied" and "manager" in str(error)
    assert bookings_of_bob(demo) == 0


def test_a_blank_reason_is_no_override(demo):
    assert refusal(demo, at=NOW - timedelta(hours=1), role=Role.MANAGER,
                   override="  ").code == "booking_in_past"


def test_a_manager_books_a_passed_start_with_a_reason_the_audit_keeps(demo):
    info = book_bob(demo, at=NOW - timedelta(hours=1), role=Role.MANAGER,
                    override=" visit noted late ")
    assert bookings_of_bob(demo) == 1
    with closing(sqlite3.connect(demo.path)) as con:
        action, row_id, detail = con.execute(
            "SELECT action, row_id, detail FROM admin_changes ORDER BY chain_seq DESC").fetchone()
    assert (action, row_id, json.loads(detail)["reason"]) == (
        "booked_past_start", info.group_id, "visit noted late")


@given(minutes=st.integers(-10_000, 10_000), override=st.sampled_from([None, "", "late"]),
       manager=st.booleans())
def test_a_start_is_accepted_exactly_when_it_is_not_past_or_a_manager_says_why(
        minutes, override, manager):
    starts_at = NOW + timedelta(minutes=minutes)
    try:
        reason = check_start(starts_at, NOW, override=override, may_override=manager)
    except DeskError as error:
        assert starts_at < NOW and error.code in {"booking_in_past", "permission_denied"}
        assert (error.code == "permission_denied") == bool(override and not manager)
    else:
        assert starts_at >= NOW or (manager and override)
        assert reason == (None if starts_at >= NOW else override)
