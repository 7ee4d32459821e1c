"""A whole shift at the desk with the keyboard alone (SPEC §11), on the demo's day: log in as
reception, scan DS-0001's card and pay (five more Enters: still one payment), check a
booking in from Today, undo a payment from the history, switch user to the manager, print
the day sheet. Every key goes where the focus is, as on a real desk."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.services.auth import change_password, cli_actor
from desk.services.bookings import book
from desk.ui.app import main_window_for
from desk.ui.login_dialog import LoginDialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.shift import Shift
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import ALT, CTRL, writes_done

PASSWORDS = {"reception": "front desk 2026", "manager": "back office 2026"}
ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab


def at(hour: int) -> datetime:
    return datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, hour, tzinfo=UTC)


def key(qtbot, which, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press, to the widget that has the focus in the active window."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), which, modifiers)


def typed(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def active(qtbot, widget) -> None:
    """Wait until ``widget``'s window is the active one (as a window manager makes it)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def log_in_by_keys(qtbot, login: LoginDialog, user: str) -> None:
    active(qtbot, login)
    login.user.setFocus()
    qtbot.keyClick(login.user, Qt.Key.Key_A, CTRL)  # over the name offered
    typed(qtbot, user)
    key(qtbot, TAB)
    typed(qtbot, PASSWORDS[user])
    key(qtbot, ENTER)
    writes_done(qtbot)


def payments_of_ds_0001(demo) -> int:
    return sum(1 for e in demo.membership("DS-0001").entries if e.kind.value == "payment")


def on_the_demo_day(window) -> None:
    window.today.today_is = lambda: DEMO_DAY
    window.clients.today = lambda: DEMO_DAY
    window.today.refresh()


def test_a_whole_shift_by_keyboard(demo, qtbot, tmp_path):
    for name, password in PASSWORDS.items():
        change_password(demo.db, cli_actor(demo.db, name), name, password)
    book(demo.db, demo.admin, client_id=demo.client("Bob Jones"),
         service_ids=[demo.service("Personal training")], location_id=demo.location("Downtown"),
         starts_at=at(17), today=DEMO_DAY, now=at(8))
    windows = []

    def make_window(actor):
        window = main_window_for(demo.db, actor)
        on_the_demo_day(window)
        window.resize(1280, 800)
        window.today.ask_path = lambda _parent, _title, name: str(tmp_path / name)
        windows.append(window)
        qtbot.addWidget(window)
        return window

    shift = Shift(demo.db, make_window, quit_desk=lambda: None)
    shift.begin()

    # log in as reception: the window opens on Today, the find-or-scan box ready
    log_in_by_keys(qtbot, shift.login, "reception")
    qtbot.waitUntil(lambda: shift.window is not None and shift.window.isVisible())
    window = shift.window
    assert window.actor.username == "reception"
    window.focus_start()
    active(qtbot, window)
    assert QApplication.focusWidget() is window.today_view.search
    paid_before = payments_of_ds_0001(demo)

    # scan DS-0001 (a scanner types the code and Enter): its Pay dialog, then Enter pays
    typed(qtbot, "DS-0001")
    key(qtbot, ENTER)
    qtbot.waitUntil(lambda: isinstance(window.clients.dialog, PayDialog))
    pay = window.clients.dialog
    active(qtbot, pay)
    assert pay.chosen().number == "DS-0001"
    key(qtbot, ENTER)
    writes_done(qtbot)
    assert payments_of_ds_0001(demo) == paid_before + 1
    for _ in range(5):  # Close is the default now; then the card again, and its question
        if QApplication.activeModalWidget() is not None:
            active(qtbot, QApplication.activeModalWidget())
        else:
            active(qtbot, window)
        key(qtbot, ENTER)
        writes_done(qtbot)
    assert payments_of_ds_0001(demo) == paid_before + 1
    while QApplication.activeModalWidget() is not None:  # Esc leaves whatever is open
        active(qtbot, QApplication.activeModalWidget())
        key(qtbot, Qt.Key.Key_Escape)
        writes_done(qtbot)

    # check Bob's booking in from Today: Alt+Y, Alt+K, and Enter pays it
    active(qtbot, window)
    key(qtbot, Qt.Key.Key_Y, ALT)
    assert window.tabs.currentWidget() is window.today_view
    view = window.today_view
    assert [b.client for b in window.today.day.bookings] == ["Bob Jones"]
    key(qtbot, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: isinstance(window.today.dialog, PayDialog))
    check_in = window.today.dialog
    assert check_in.service.currentText() == "Personal training"
    active(qtbot, check_in)
    key(qtbot, ENTER)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: [b.state for b in window.today.day.bookings] == ["paid"])
    key(qtbot, ENTER)  # Close
    assert view.visits_model.rowCount() == 2

    # undo DS-0001's payment of the day from its history: Ctrl+F, the history, Ctrl+Z, Alt+U
    active(qtbot, window)
    key(qtbot, Qt.Key.Key_F, CTRL)
    typed(qtbot, "Alice")
    qtbot.waitUntil(lambda: window.clients_view.client_title.text().startswith("Alice Smith"))
    history = window.clients_view.history
    history.setFocus()  # Tab order reaches it; the test goes straight there
    rows = window.clients_view.history_model
    today_payment = next(r for r in range(rows.rowCount())
                         if rows.row_at(r).kind == "payment" and rows.row_at(r).on == DEMO_DAY)
    history.selectRow(today_payment)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.clients.dialog, QMessageBox))
    box = window.clients.dialog
    active(qtbot, box)
    key(qtbot, Qt.Key.Key_U, ALT)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: payments_of_ds_0001(demo) == paid_before + 1 and
                    demo.membership("DS-0001").remaining == 7)

    # switch user to the manager (Ctrl+L): a window of their own, at the desk's location
    active(qtbot, window)
    key(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: shift.login is not None and shift.login.isVisible())
    assert not window.isVisible() and shift.login.user.text() == "reception"
    log_in_by_keys(qtbot, shift.login, "manager")
    qtbot.waitUntil(lambda: shift.window is not window and shift.window.isVisible())
    manager = shift.window
    assert manager.actor.username == "manager" and manager.reports_view is not None

    # print the day sheet from Today: Alt+Y, Alt+H
    active(qtbot, manager)
    key(qtbot, Qt.Key.Key_Y, ALT)
    with qtbot.waitSignal(manager.today.sig_day_sheet_saved) as saved:
        key(qtbot, Qt.Key.Key_H, ALT)
    assert saved.args[0].name == f"day-sheet-Downtown-{DEMO_DAY.isoformat()}.pdf"
    assert saved.args[0].read_bytes().startswith(b"%PDF")
