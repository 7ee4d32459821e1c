"""The receptionist's day with the keyboard alone: every key goes where the focus is."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.sell_dialog import SellDialog
from tests.demo_chain import DEMO_DAY

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


@pytest.fixture
def desk(window, qtbot):
    window.clients.today = lambda: DEMO_DAY
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def dialog_of(desk, qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(desk.clients.dialog, kind)
                    and desk.clients.dialog.isVisible())
    dialog = desk.clients.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def close_dialog(desk, qtbot, dialog):
    press(qtbot, Qt.Key.Key_Escape)
    back_to_desk(desk, qtbot, dialog)


def back_to_desk(desk, qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.isVisible())
    desk.activateWindow()  # the window manager's part; offscreen Qt has none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk)


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
    close_dialog(desk, qtbot, pay)

    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    freeze = dialog_of(desk, qtbot, FreezeDialog)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: desk.clients.current_membership().status == "frozen")
    back_to_desk(desk, qtbot, freeze)
    press(qtbot, Qt.Key.Key_U, CTRL | SHIFT)
    qtbot.waitUntil(lambda: desk.clients.current_membership().status == "active")
