"""The desk's day of one location (SPEC §11): what is booked and done there that day."""

from datetime import UTC, datetime, timedelta

from desk.core.bookings import BookingStatus
from desk.core.permissions import Role
from desk.services.bookings import book, set_booking_status
from desk.services.memberships import freeze_membership, pay_visit, sell_membership, undo_payment
from desk.services.today import today
from tests.demo_chain import DEMO_DAY

EVENING = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 18, 30, tzinfo=UTC)
NEXT_DAY = DEMO_DAY + timedelta(days=1)


def day_of(demo, location="Downtown", day=DEMO_DAY):
    return today(demo.db, demo.reception, demo.location(location), day)


def pay_alice(demo, location="Downtown"):
    return pay_visit(demo.db, demo.at(location, Role.RECEPTION),
                     client_id=demo.client("Alice Smith"),
                     service_id=demo.service("Classic massage"),
                     location_id=demo.location(location), day=DEMO_DAY, membership_ref="DS-0001")


def book_bob(demo, location="Downtown", at=EVENING):
    return book(demo.db, demo.admin, client_id=demo.client("Bob Jones"),
                service_ids=[demo.service("Personal training")],
                location_id=demo.location(location), starts_at=at, today=DEMO_DAY,
                now=EVENING - timedelta(hours=10))


def test_a_paid_visit_shows_at_its_location_that_day_with_who_recorded_it(demo):
    payment = pay_alice(demo).payment_id
    visits = day_of(demo).visits
    assert [(v.payment_id, v.client, v.service, v.membership_number, v.recorded_by)
            for v in visits] == [(payment, "Alice Smith", "Classic massage", "DS-0001",
                                  "reception")]
    assert day_of(demo, "Riverside").visits == ()
    assert day_of(demo, day=NEXT_DAY).visits == ()


def test_an_undone_payment_leaves_the_days_visits(demo):
    info = pay_alice(demo)
    undo_payment(demo.db, demo.admin, info.payment_id, DEMO_DAY)
    assert day_of(demo).visits == ()


def test_a_booking_shows_on_its_day_at_its_location_with_its_membership_and_state(demo):
    book_bob(demo)
    booking = day_of(demo).bookings
    assert [(b.time, b.client, b.service, b.membership_number, b.state) for b in booking] == [
        ("18:30", "Bob Jones", "Personal training", "DS-0002", "booked")]
    assert day_of(demo, "Riverside").bookings == ()
    assert day_of(demo, day=NEXT_DAY).bookings == ()


def test_a_booking_shows_paid_once_its_visit_is_paid_and_no_show_when_marked(demo):
    book_bob(demo)
    pay_visit(demo.db, demo.admin, client_id=demo.client("Bob Jones"),
              service_id=demo.service("Personal training"),
              location_id=demo.location("Downtown"), day=DEMO_DAY)
    later = book_bob(demo, at=EVENING + timedelta(hours=2)).services[0].booking_id
    set_booking_status(demo.db, demo.admin, later, BookingStatus.NO_SHOW)
    assert [b.state for b in day_of(demo).bookings] == ["paid", "no-show"]


def test_a_freeze_shows_at_the_location_where_it_was_recorded_that_day(demo):
    freeze_membership(demo.db, demo.at("Riverside"), "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    [entry] = day_of(demo, "Riverside").deductions_and_freezes
    assert (entry.kind, entry.client, entry.membership_number, entry.until) == (
        "freeze", "Alice Smith", "DS-0001", DEMO_DAY + timedelta(days=5))
    assert day_of(demo, "Downtown").deductions_and_freezes == ()
    assert day_of(demo, "Riverside", NEXT_DAY).deductions_and_freezes == ()


def test_a_freeze_recorded_by_a_desk_without_location_counts_where_the_membership_was_sold(demo):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    assert [e.membership_number for e in day_of(demo).deductions_and_freezes] == ["DS-0001"]


def test_a_sale_shows_at_its_location_that_day_only(demo):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
                    location_id=demo.location("Downtown"), client_id=demo.client("Emma Brown"),
                    code="DS-0100", day=DEMO_DAY)
    assert [(s.client, s.type, s.membership_number, str(s.price))
            for s in day_of(demo).sales] == [("Emma Brown", "Massage 10", "DS-0100", "800.00")]
    assert "DS-0100" not in [s.membership_number for s in day_of(demo, "Riverside").sales]
    assert day_of(demo, day=NEXT_DAY).sales == ()


def test_the_demos_own_sales_are_riversides_day(demo):
    sales = day_of(demo, "Riverside").sales
    assert [(s.client, s.type) for s in sales] == [("Bob Jones", "PT 12"), ("Carla Díaz", "Yoga 8")]


def test_the_day_lists_as_json_with_every_kind(demo):
    pay_alice(demo)
    data = day_of(demo).as_json()
    assert (data["location"], data["day"]) == ("Downtown", DEMO_DAY.isoformat())
    assert set(data) >= {"bookings", "visits", "sales", "deductions_and_freezes"}
    assert data["visits"][0]["membership_number"] == "DS-0001"


def test_undoing_the_visit_that_paid_a_booking_books_the_client_again(demo):
    book_bob(demo)
    paid = pay_visit(demo.db, demo.at("Downtown", Role.RECEPTION),
                     client_id=demo.client("Bob Jones"),
                     service_id=demo.service("Personal training"),
                     location_id=demo.location("Downtown"), day=DEMO_DAY)
    assert [b.state for b in day_of(demo).bookings] == ["paid"]
    undo_payment(demo.db, demo.at("Downtown", Role.RECEPTION), paid.payment_id, DEMO_DAY)
    assert [b.state for b in day_of(demo).bookings] == ["booked"]
    assert day_of(demo).visits == ()


def test_undoing_an_unbooked_visit_leaves_the_bookings_as_they_were(demo):
    book_bob(demo)
    undo_payment(demo.db, demo.reception, pay_alice(demo).payment_id, DEMO_DAY)
    assert [b.state for b in day_of(demo).bookings] == ["booked"]


def test_a_late_evening_booking_is_paid_on_its_local_day_wherever_utc_has_got_to(demo):
    from zoneinfo import ZoneInfo

    from sqlalchemy import update

    from desk.store import schema

    with demo.db.write() as uow:  # Downtown keeps New York's time
        uow.connection().execute(update(schema.Location).where(
            schema.Location.name == "Downtown").values(timezone="America/New_York"))
        uow.commit()
    late = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 23, 30,
                    tzinfo=ZoneInfo("America/New_York"))  # 03:30 UTC the next day
    book_bob(demo, at=late)
    pay_visit(demo.db, demo.at("Downtown", Role.RECEPTION), client_id=demo.client("Bob Jones"),
              service_id=demo.service("Personal training"),
              location_id=demo.location("Downtown"), day=DEMO_DAY)
    assert [(b.time, b.state) for b in day_of(demo).bookings] == [("23:30", "paid")]
