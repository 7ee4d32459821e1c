"""Desk → Close a location… (SPEC §3.5), for managers: the preview lists what the closure
freezes with each new expiry; Close location asks first, then freezes them, and Enter
afterwards closes the dialog instead of closing the location again."""

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desk.core.permissions import Role
from desk.services.closures import closures
from desk.ui.closure_dialog import CloseLocationDialog
from desk.ui.formats import day
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, shown, writes_done

FIRST = DEMO_DAY + timedelta(days=1)


def dialog(demo, qtbot, location="Downtown") -> CloseLocationDialog:
    d = CloseLocationDialog(demo.db, demo.at(location, Role.MANAGER), DEMO_DAY)
    qtbot.addWidget(d)
    d.show()
    d.first_day.setDate(QDate(FIRST))
    d.last_day.setDate(QDate(FIRST + timedelta(days=9)))
    writes_done(qtbot)  # the preview is worked out behind the door
    qtbot.waitUntil(lambda: "for 10 days" in d.summary.text())
    return d


def test_the_preview_lists_each_membership_with_its_new_expiry(demo, qtbot):
    d = dialog(demo, qtbot)
    expiry = demo.membership("DS-0001").expiry
    row = shown(d.model).index("DS-0001")
    assert d.model.data(d.model.index(row, 3)) == day(expiry)
    assert d.model.data(d.model.index(row, 4)) == day(expiry + timedelta(days=10))
    assert "for 10 days" in d.summary.text() and d.close_location_button.isEnabled()
    assert closures(demo.db) == []  # a preview writes nothing


def test_a_closure_in_the_past_is_refused_in_the_dialog(demo, qtbot):
    d = dialog(demo, qtbot)
    d.first_day.setDate(QDate(DEMO_DAY - timedelta(days=3)))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: "before today" in d.message.text())
    assert "before today" in d.message.text() and not d.close_location_button.isEnabled()


def test_close_location_asks_first_then_freezes_and_enter_then_closes(demo, qtbot):
    d = dialog(demo, qtbot)
    click(qtbot, d.close_location_button)
    qtbot.waitUntil(lambda: d.question is not None and d.question.isVisible())
    assert d.question.defaultButton() is d.question.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, d.question.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: "is closed from" in d.summary.text())
    assert demo.membership("DS-0001").frozen_on(FIRST)
    assert not d.close_location_button.isEnabled() and d.close_button.isDefault()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    qtbot.keyClick(d.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert len(closures(demo.db)) == 1


def test_the_desk_menu_offers_closing_to_managers_only(demo, qtbot):
    from desk.ui.app import main_window_for

    for role, offered in ((Role.MANAGER, True), (Role.RECEPTION, False)):
        win = main_window_for(demo.db, demo.at("Downtown", role))
        qtbot.addWidget(win)
        assert (win.close_location_action is not None) is offered


def test_reopen_today_ends_a_running_closure_crediting_the_days_closed(demo, qtbot):
    from desk.services.closures import close_location
    from desk.ui.reopen_dialog import ReopenLocationDialog

    manager = demo.at("Downtown", Role.MANAGER)
    close_location(demo.db, manager, demo.location("Downtown"), first_day=DEMO_DAY,
                   last_day=DEMO_DAY + timedelta(days=9), commit=True, today=DEMO_DAY)
    d = ReopenLocationDialog(demo.db, manager, DEMO_DAY + timedelta(days=3))
    qtbot.addWidget(d)
    d.show()
    assert d.model.rowCount() == 1 and d.reopen_button.isEnabled()
    click(qtbot, d.reopen_button)
    qtbot.waitUntil(lambda: d.question is not None and d.question.isVisible())
    assert d.question.defaultButton() is d.question.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, d.question.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: "Reopened" in d.note.text())
    assert demo.membership("DS-0001").frozen_days == 3
    assert d.model.rowCount() == 0 and d.close_button.isDefault()
    assert not d.reopen_button.isEnabled()


def test_no_running_closure_leaves_nothing_to_reopen(demo, qtbot):
    from desk.ui.reopen_dialog import ReopenLocationDialog

    d = ReopenLocationDialog(demo.db, demo.at("Downtown", Role.MANAGER), DEMO_DAY)
    qtbot.addWidget(d)
    assert "No location is closed" in d.note.text() and not d.reopen_button.isEnabled()
