"""Checking a booking at the desk (SPEC §5)."""

from PySide6.QtCore import Qt

from desk.core.bookings import BOOKING_REFUSAL
from desk.services.queries import search_clients
from desk.ui.booking_dialog import BookingDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import writes_done


def dialog_for(demo, qtbot, client_name, service, location):
    client = search_clients(demo.db, client_name)[0]
    dialog = BookingDialog(demo.db, demo.admin, client, today=DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.location.setCurrentText(location)
    item = dialog.services.findItems(service, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    return dialog


def test_a_covered_booking_names_the_membership(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Bob", "Personal training", "Airport")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert "covered by DS-0002" in dialog.result.text()


def test_an_uncovered_booking_shows_the_exact_refusal(demo, qtbot):
    dialog = dialog_for(demo, qtbot, "Alice", "Manicure", "Downtown")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert dialog.result.text() == BOOKING_REFUSAL
