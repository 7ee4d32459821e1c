"""Driving the window like a receptionist: find a client, press keys, click."""

from PySide6.QtCore import Qt

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
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
