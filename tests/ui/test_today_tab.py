"""The Today tab (SPEC §11) driven through its widgets on the demo's day: it shows the desk's
location's bookings, visits, sales, deductions and freezes; it follows every change; a
booking is checked in through the Pay dialog with its service chosen; a visit is undone
after a question whose default is Cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.core.permissions import Role
from desk.services.auth import cli_actor
from desk.services.bookings import book
from desk.services.memberships import pay_visit
from desk.ui.app import main_window_for
from desk.ui.formats import day_in_words
from desk.ui.pay_dialog import PayDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, shown, writes_done

EVENING = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 18, 30, tzinfo=UTC)


def reception_window(demo, qtbot):
    window = main_window_for(demo.db, cli_actor(demo.db, "reception"))
    qtbot.addWidget(window)
    window.today.today_is = lambda: DEMO_DAY
    window.clients.today = lambda: DEMO_DAY
    window.today.refresh()
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def today_window(demo, qtbot):
    return reception_window(demo, qtbot)


def book_alice_massage(demo):
    return book(demo.db, demo.admin, client_id=demo.client("Alice Smith"),
                service_ids=[demo.service("Classic massage")],
                location_id=demo.location("Downtown"), starts_at=EVENING, today=DEMO_DAY,
                now=EVENING - timedelta(hours=10))


def pay_alice(demo, location="Downtown"):
    return pay_visit(demo.db, demo.at(location, Role.RECEPTION),
                     client_id=demo.client("Alice Smith"),
                     service_id=demo.service("Classic massage"),
                     location_id=demo.location(location), day=DEMO_DAY, membership_ref="DS-0001")


def test_reception_starts_on_today_at_the_desks_location(today_window):
    assert today_window.tabs.currentWidget() is today_window.today_view
    assert today_window.tabs.tabText(0) == "Toda&y"
    view = today_window.today_view
    assert view.location.currentText() == "Downtown"
    assert view.title.text() == f"Today at Downtown · {day_in_words(DEMO_DAY, weekday=True)}"


def test_a_manager_finds_today_next_to_the_clients(demo, qtbot):
    window = main_window_for(demo.db, cli_actor(demo.db, "manager"))
    qtbot.addWidget(window)
    assert window.tabs.indexOf(window.today_view) == 1
    assert window.tabs.indexOf(window.clients_view) == 0


def test_today_shows_the_days_paid_booking_visit_and_sales_of_its_location_only(demo, qtbot):
    book_alice_massage(demo)
    pay_alice(demo)
    pay_alice(demo, "Riverside")
    window = reception_window(demo, qtbot)
    view = window.today_view
    assert shown(view.bookings_model, 1) == ["Alice Smith"]
    assert shown(view.bookings_model, 4) == ["Paid"]  # the visit paid the booking
    assert shown(view.visits_model, 1) == ["Alice Smith"]
    assert shown(view.visits_model, 4) == ["reception"]
    assert shown(view.sales_model) == []  # the demo's sales of the day were at Riverside
    assert view.headings[view.visits].text() == "Visits paid (1)"
    view.location.setCurrentIndex(view.location.findText("Riverside"))
    assert shown(view.visits_model, 1) == ["Alice Smith"]
    assert sorted(shown(view.sales_model, 2)) == ["PT 12", "Yoga 8"]


def test_a_payment_made_elsewhere_in_the_window_shows_on_today_at_once(today_window, qtbot,
                                                                     demo):
    from desk.ui.operations import Changed, run_operation

    assert shown(today_window.today_view.visits_model) == []
    run_operation(today_window, "Paying…", lambda: pay_alice(demo), cancellable=False,
                  changes=Changed.MEMBERSHIPS)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: shown(today_window.today_view.visits_model, 1) == ["Alice Smith"])


def test_enter_on_a_booking_opens_pay_with_its_service_and_one_more_enter_checks_it_in(
        demo, qtbot):
    book_alice_massage(demo)
    window = reception_window(demo, qtbot)
    view = window.today_view
    view.bookings.selectRow(0)
    assert view.check_in_button.isEnabled()
    qtbot.keyClick(view.bookings, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.today.dialog, PayDialog))
    dialog = window.today.dialog
    assert dialog.service.currentText() == "Classic massage"
    assert dialog.location.currentText() == "Downtown"
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.usable)
    qtbot.keyClick(dialog.usable, Qt.Key.Key_Return)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: shown(view.bookings_model, 4) == ["Paid"])
    assert shown(view.visits_model, 1) == ["Alice Smith"]
    assert not view.check_in_button.isEnabled()  # a paid booking is not checked in again


def test_undo_asks_first_enter_keeps_the_visit_and_yes_gives_it_back(demo, qtbot):
    pay_alice(demo)
    window = reception_window(demo, qtbot)
    view = window.today_view
    view.visits.selectRow(0)
    click(qtbot, view.undo_button)
    box = window.today.dialog
    assert isinstance(box, QMessageBox)
    assert "DS-0001" in box.text() and "Alice Smith" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    writes_done(qtbot)
    assert shown(view.visits_model, 1) == ["Alice Smith"]
    click(qtbot, view.undo_button)
    window.today.dialog.button(QMessageBox.StandardButton.Yes).click()
    writes_done(qtbot)
    qtbot.waitUntil(lambda: shown(view.visits_model) == [])
    assert not view.undo_button.isEnabled()


def test_what_is_typed_on_today_goes_on_in_the_clients_search(today_window, qtbot):
    view = today_window.today_view
    today_window.activateWindow()
    qtbot.waitUntil(today_window.isActiveWindow)
    view.search.setFocus()
    for key in "Ali":  # each key goes where the focus is, as a scanner's do
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert today_window.tabs.currentWidget() is today_window.clients_view
    assert today_window.clients_view.search.text() == "Ali"
    assert view.search.text() == ""


def test_the_day_sheet_button_saves_the_days_bookings_where_asked(demo, qtbot, tmp_path):
    book_alice_massage(demo)
    window = reception_window(demo, qtbot)
    asked = []
    window.today.ask_path = lambda _parent, title, name: asked.append(name) or str(
        tmp_path / name)
    with qtbot.waitSignal(window.today.sig_day_sheet_saved) as saved:
        click(qtbot, window.today_view.day_sheet_button)
    assert asked == ["day-sheet-Downtown-2026-03-15.pdf"]
    assert saved.args[0].read_bytes().startswith(b"%PDF")
    assert window.today_view.message.text() == f"Day sheet saved to {saved.args[0]}."


def test_a_new_chain_without_a_location_opens_on_a_today_that_says_so(tmp_path, qtbot):
    from desk.services.database import Database

    db = Database.open(tmp_path / "new.sqlite")
    window = main_window_for(db)
    qtbot.addWidget(window)
    assert window.today_view.title.text() == "Today · the chain has no location yet"
    view = window.today_view
    assert window.today.day is None
    assert not any(b.isEnabled() for b in (view.check_in_button, view.undo_button,
                                           view.day_sheet_button))
    db.close()
