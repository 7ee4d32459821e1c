"""The receptionist's day with the keyboard alone: every key goes where the focus is."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.sell_dialog import SellDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import (
    ALT,
    CTRL,
    SHIFT,
    back_to_desk,
    close_dialog,
    dialog_of,
    press,
    type_text,
    writes_done,
)


@pytest.fixture
def desk(window, qtbot):
    window.clients.today = lambda: DEMO_DAY
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_find_sell_pay_undo_freeze_and_unfreeze_with_keys_alone(desk, qtbot):
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "Emma")
    qtbot.waitUntil(lambda: desk.clients_view.client_title.text().startswith("Emma Brown"))

    press(qtbot, Qt.Key.Key_N, CTRL)
    sell = dialog_of(desk, qtbot, SellDialog)
    for _ in range(6):  # Tab on to the list of types
        if QApplication.focusWidget() is sell.types:
            break
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Home)
    assert sell.chosen_type().name == "Massage 10"
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: sell.result.text().startswith("Sold"))
    close_dialog(desk, qtbot, sell)

    press(qtbot, Qt.Key.Key_P, CTRL)
    pay = dialog_of(desk, qtbot, PayDialog)
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    press(qtbot, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: not pay.undo_button.isEnabled())
    writes_done(qtbot)  # the undo runs off the GUI thread; Escape comes once it is done
    close_dialog(desk, qtbot, pay)

    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    freeze = dialog_of(desk, qtbot, FreezeDialog)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: desk.clients.current_membership().status == "frozen")
    back_to_desk(desk, qtbot, freeze)
    press(qtbot, Qt.Key.Key_U, CTRL | SHIFT)
    qtbot.waitUntil(lambda: desk.clients.current_membership().status == "active")
