"""Checking a booking at the desk (SPEC §5): the start proposed lies ahead, the same booking
is not made twice, a start that has passed is refused and a manager may book it anyway."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt

from desk.core.bookings import BOOKING_REFUSAL
from desk.core.permissions import Role
from desk.services.queries import search_clients
from desk.ui.booking_dialog import BookingDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, writes_done

DEMO_MORNING = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 9, 0, tzinfo=UTC)
EVENING = DEMO_MORNING.replace(hour=20, minute=38)


def dialog_for(demo, qtbot, client_name, service, location, *, now=DEMO_MORNING,
               actor=None) -> BookingDialog:
    client = search_clients(demo.db, client_name)[0]
    dialog = BookingDialog(demo.db, actor or demo.admin, client, now=now)
    qtbot.addWidget(dialog)
    dialog.location.setCurrentText(location)
    item = dialog.services.findItems(service, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    return dialog


def book_by_click(dialog, qtbot, button=None) -> str:
    click(qtbot, button or dialog.book_button)
    writes_done(qtbot)
    return dialog.result.text()


def start_at(dialog, hour: int, minute: int = 0) -> None:
    dialog.starts_at.setDateTime(QDateTime(DEMO_MORNING.replace(hour=hour, minute=minute,
                                                                tzinfo=None)))


def bookings_of(demo, name) -> int:
    with demo.db.read() as uow:
        return len(uow.bookings.pending_for_client(demo.client(name)))


def test_a_covered_booking_names_the_membership(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport")
    assert "covered by DS-0002" in book_by_click(dialog, qtbot)


def test_an_uncovered_booking_shows_the_exact_refusal(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Alice", "Manicure", "Downtown")
    assert book_by_click(dialog, qtbot) == BOOKING_REFUSAL


def test_the_start_proposed_is_the_next_whole_hour(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport", now=EVENING)
    assert dialog.start() == EVENING.replace(hour=21, minute=0)


def test_a_start_that_has_passed_is_refused_with_the_time(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport", now=EVENING,
                        actor=demo.at("Airport", Role.RECEPTION))
    start_at(dialog, 10)
    text = book_by_click(dialog, qtbot)
    assert text.startswith("This booking starts at 2026-03-15 10:00, which has already passed")
    assert bookings_of(demo, "Bob Jones") == 0
    assert dialog.book_anyway_button.isHidden()  # a receptionist can't: no button for it


def test_a_manager_books_a_passed_start_anyway_after_saying_why(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport", now=EVENING,
                        actor=demo.at("Airport", Role.MANAGER))
    start_at(dialog, 10)
    book_by_click(dialog, qtbot)
    assert not dialog.book_anyway_button.isHidden() and not dialog.book_anyway_button.isDefault()
    asked = []
    dialog.ask_reason = lambda parent: asked.append(parent) or "noted after the visit"
    assert book_by_click(dialog, qtbot, dialog.book_anyway_button).startswith("Booked")
    assert asked == [dialog] and bookings_of(demo, "Bob Jones") == 1


def test_a_manager_who_gives_no_reason_books_nothing(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport", now=EVENING,
                        actor=demo.at("Airport", Role.MANAGER))
    start_at(dialog, 10)
    book_by_click(dialog, qtbot)
    dialog.ask_reason = lambda _parent: ""
    click(qtbot, dialog.book_anyway_button)
    writes_done(qtbot)
    assert bookings_of(demo, "Bob Jones") == 0


@pytest.mark.parametrize("minutes", [0, 60])
def test_the_same_booking_from_a_second_dialog_is_refused(demo, qtbot, minutes):
    first = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport")
    book_by_click(first, qtbot)
    second = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport")
    second.starts_at.setDateTime(first.starts_at.dateTime().addSecs(minutes * 60))
    text = book_by_click(second, qtbot)
    assert text.startswith("Booked" if minutes else "Bob Jones is already booked for "
                           "Personal training at Airport on 2026-03-15 10:00.")
    assert bookings_of(demo, "Bob Jones") == (2 if minutes else 1)


def test_changing_the_start_after_a_refusal_hides_book_anyway(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport", now=EVENING,
                        actor=demo.at("Airport", Role.MANAGER))
    start_at(dialog, 10)
    book_by_click(dialog, qtbot)
    dialog.starts_at.setDateTime(dialog.starts_at.dateTime().addDays(1))
    assert dialog.book_anyway_button.isHidden()

