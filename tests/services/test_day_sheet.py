"""The day sheet's facts (SPEC §11): one location's bookings of a day, each with what the
booked client still holds, gathered in a fixed number of queries."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from desk.services.bookings import book
from desk.services.day_sheet import day_sheet
from desk.services.memberships import freeze_membership
from tests.demo_chain import DEMO_DAY

PRINTED = datetime(2026, 3, 15, 9, 41, tzinfo=UTC)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, hour, minute, tzinfo=UTC)


def book_at(demo, client: str, service: str, when: datetime, location: str = "Downtown"):
    return book(demo.db, demo.admin, client_id=demo.client(client),
                service_ids=[demo.service(service)], location_id=demo.location(location),
                starts_at=when, today=DEMO_DAY, now=at(6))  # the demo's morning


def sheet_of(demo, location: str = "Downtown", day=DEMO_DAY):
    return day_sheet(demo.db, demo.reception, demo.location(location), day, now=PRINTED)


def test_each_booking_shows_the_clients_memberships_still_held_with_what_is_left(demo):
    book_at(demo, "Bob Jones", "Personal training", at(18, 30))
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    sheet = sheet_of(demo)
    assert (sheet.chain, sheet.location, sheet.day) == ("Demo Studio", "Downtown", DEMO_DAY)
    assert [(r.booking.time, r.booking.client) for r in sheet.rows] == [
        ("10:00", "Alice Smith"), ("18:30", "Bob Jones")]
    alice = sheet.rows[0].holdings
    assert [(h.number, h.type, h.remaining) for h in alice] == [("DS-0001", "Massage 10", 7)]
    assert sheet_of(demo, "Riverside").rows == ()
    assert sheet_of(demo, day=DEMO_DAY + timedelta(days=1)).rows == ()


def test_a_frozen_membership_is_still_held_and_says_so(demo):
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=3),
                      day=DEMO_DAY)
    [held] = sheet_of(demo).rows[0].holdings
    assert (held.number, held.status, held.remaining) == ("DS-0001", "frozen", 7)


def statements_of(demo, work) -> int:
    seen: list[str] = []

    def on_execute(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(demo.db.engine, "before_cursor_execute", on_execute)
    try:
        work()
    finally:
        event.remove(demo.db.engine, "before_cursor_execute", on_execute)
    return len(seen)


def test_more_bookings_cost_no_more_queries(demo):
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    one = statements_of(demo, lambda: sheet_of(demo))
    book_at(demo, "Bob Jones", "Personal training", at(11))
    book_at(demo, "Carla Díaz", "Yoga class", at(12), location="Downtown")
    sheet = sheet_of(demo)
    assert len(sheet.rows) == 3 and all(r.holdings for r in sheet.rows)
    assert statements_of(demo, lambda: sheet_of(demo)) == one
