"""Driving the window like a receptionist: find a client, press keys, click."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
LEFT = Qt.MouseButton.LeftButton


def shown(model, column=0):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def find_client(desk, qtbot, name):
    view = desk.clients_view
    qtbot.keyClicks(view.search, name)
    qtbot.waitUntil(lambda: view.client_title.text().startswith(name))


def open_by_keys(desk, qtbot, key, modifiers, kind):
    desk.activateWindow()  # back from a dialog: shortcuts go to the active window
    qtbot.waitUntil(desk.isActiveWindow)
    qtbot.keyClick(desk, key, modifiers)
    qtbot.waitUntil(lambda: isinstance(desk.clients.dialog, kind)
                    and desk.clients.dialog.isVisible())
    return desk.clients.dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, LEFT)


# the keyboard alone: every key goes where the focus is ------------------------------------
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


def double_click(qtbot, widget):
    """A double click as the window system delivers it to a widget: a click, then the
    double-click event (which presses again) and its release."""
    qtbot.mouseClick(widget, LEFT)
    qtbot.mouseDClick(widget, LEFT)
    qtbot.mouseRelease(widget, LEFT)


def writes_done(qtbot):
    """Wait until the work behind the one door has ended: a write runs off the GUI thread,
    and its outcome is on screen once it has."""
    from desk.ui import operations

    qtbot.waitUntil(lambda: not operations.running())
