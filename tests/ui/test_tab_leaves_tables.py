"""Tab moves on from a list (SPEC §11, the keyboard alone): rows are chosen whole, so Tab
leaves the clients list for the actions and the memberships for the history, instead of
walking the cells of one table for ever."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.driving import find_client, press


def focus_after_tabs(qtbot, start, count: int):
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    for _ in range(count):
        press(qtbot, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_clients_list_and_the_memberships_for_the_next_field(desk, qtbot):
    view = desk.clients_view
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    find_client(desk, qtbot, "Alice")
    assert focus_after_tabs(qtbot, view.clients, 1) is view.new_client_button
    assert focus_after_tabs(qtbot, view.memberships, 1) is view.history

