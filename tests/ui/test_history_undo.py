"""The membership history at the desk: it says when, where and who, and any payment in it
can be undone from there (SPEC §3.11), asking first."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.core.permissions import Role
from desk.services.memberships import pay_visit
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import CTRL, click, dialog_of, find_client, press, shown, writes_done

WHAT, DETAILS, WHERE, WHO = 1, 2, 6, 7


@pytest.fixture
def reception_desk(demo, qtbot):
    from desk.ui.app import main_window_for

    win = main_window_for(demo.db, demo.at("Downtown", Role.RECEPTION))
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    win.clients.today = lambda: DEMO_DAY
    win.focus_search()  # reception starts on Today; the history is on the clients' tab
    qtbot.waitUntil(win.clients_view.sell_button.isEnabled)
    return win


def pay_today(demo, actor):
    return pay_visit(demo.db, actor, client_id=demo.client("Alice Smith"),
                     service_id=demo.service("Classic massage"),
                     location_id=demo.location("Downtown"), day=DEMO_DAY)


def choose_history_row(desk, qtbot, row):
    history = desk.clients_view.history
    qtbot.waitUntil(lambda: desk.clients_view.history_model.rowCount() > row)
    history.setFocus()
    history.selectRow(row)


def test_the_history_says_where_and_who_for_each_row(desk, qtbot, demo):
    pay_today(demo, demo.at("Riverside"))
    find_client(desk, qtbot, "Alice Smith")
    model = desk.clients_view.history_model
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    assert shown(model, WHAT)[-1] == "Payment"
    assert (shown(model, WHERE)[-1], shown(model, WHO)[-1]) == ("Downtown", "admin")


def test_undo_is_offered_only_on_a_payment_not_undone(desk, qtbot):
    find_client(desk, qtbot, "Alice Smith")
    button = desk.clients_view.undo_payment_button
    choose_history_row(desk, qtbot, 0)  # the sale
    assert not button.isEnabled()
    choose_history_row(desk, qtbot, 1)
    assert button.isEnabled()


def test_undoing_an_earlier_payment_asks_then_gives_the_visit_back(desk, qtbot, demo):
    find_client(desk, qtbot, "Alice Smith")
    choose_history_row(desk, qtbot, 1)
    click(qtbot, desk.clients_view.undo_payment_button)
    box = dialog_of(desk, qtbot, QMessageBox)
    assert box.text().startswith("Undo the ") and "Classic massage visit of " in box.text()
    assert box.text().endswith("? The visit goes back to DS-0001.")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    model = desk.clients_view.history_model
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    assert shown(model, WHAT)[-1] == "Payment undo"
    assert shown(model, DETAILS)[-1].startswith("Undo of the ")
    assert shown(model, DETAILS)[1].endswith("(undone)")
    assert demo.membership("DS-0001").remaining == 8
    choose_history_row(desk, qtbot, 1)
    assert not desk.clients_view.undo_payment_button.isEnabled()


def test_enter_on_the_question_cancels_and_nothing_is_undone(desk, qtbot, demo):
    find_client(desk, qtbot, "Alice Smith")
    choose_history_row(desk, qtbot, 2)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # Ctrl+Z in the history: the same question
    box = dialog_of(desk, qtbot, QMessageBox)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    writes_done(qtbot)
    assert demo.membership("DS-0001").remaining == 7


def test_reception_learns_why_an_earlier_days_payment_is_not_theirs_to_undo(
        reception_desk, qtbot, demo):
    find_client(reception_desk, qtbot, "Alice Smith")
    view = reception_desk.clients_view
    choose_history_row(reception_desk, qtbot, 1)
    assert view.undo_payment_button.isEnabled()
    click(qtbot, view.undo_payment_button)
    assert view.action_message.isVisible() and "Ask a manager" in view.action_message.text()
    assert "may undo only payments of today" in view.action_message.text()
    assert reception_desk.clients.dialog is None
    assert demo.membership("DS-0001").remaining == 7


def test_reception_undoes_todays_payment_from_the_history(reception_desk, qtbot, demo):
    pay_today(demo, demo.at("Downtown", Role.RECEPTION))
    find_client(reception_desk, qtbot, "Alice Smith")
    choose_history_row(reception_desk, qtbot, 4)
    click(qtbot, reception_desk.clients_view.undo_payment_button)
    box = dialog_of(reception_desk, qtbot, QMessageBox)
    assert " visit? " in box.text()  # today's: no day named
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: demo.membership("DS-0001").remaining == 7)
