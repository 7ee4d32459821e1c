"""Shifts (SPEC §11): Log out / Switch user with Ctrl+L without quitting, the lock after idle
minutes, and the log-in that remembers the last user name (never the password)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desk.services.auth import change_password, cli_actor
from desk.services.this_desk import remember_last_user
from desk.ui.app import main_window_for
from desk.ui.login_dialog import LoginDialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.shift import Shift
from tests.ui.driving import CTRL, writes_done

PASSWORDS = {"reception": "front desk 2026", "manager": "manager 2026"}


@pytest.fixture
def shift(demo, qtbot):
    for name, password in PASSWORDS.items():
        change_password(demo.db, cli_actor(demo.db, name), name, password)
    quits: list[bool] = []
    made = Shift(demo.db, lambda actor: main_window_for(demo.db, actor),
                 quit_desk=lambda: quits.append(True))
    made.quits = quits
    made._open_window(cli_actor(demo.db, "reception"))
    qtbot.addWidget(made.window)
    yield made
    if made.login is not None:
        made.login.reject()


def log_in(qtbot, login: LoginDialog, user: str) -> None:
    login.user.setText(user)
    qtbot.keyClicks(login.password, PASSWORDS[user])
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    writes_done(qtbot)


def test_the_log_in_offers_the_last_user_name_and_no_password(demo, qtbot):
    remember_last_user(demo.db, "reception")
    login = LoginDialog(demo.db)
    qtbot.addWidget(login)
    assert login.user.text() == "reception" and login.password.text() == ""
    assert login.focusWidget() is login.password
    assert login.password.echoMode() is QLineEdit.EchoMode.Password


def test_ctrl_l_hides_the_window_and_another_user_gets_a_window_of_their_own(shift, qtbot):
    first = shift.window
    first.activateWindow()  # the window's shortcuts go to the active window
    qtbot.waitUntil(first.isActiveWindow)
    qtbot.keyClick(first, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: shift.login is not None and shift.login.isVisible())
    assert not first.isVisible()
    assert shift.login.user.text() == ""  # nobody has logged in through the dialog yet
    log_in(qtbot, shift.login, "manager")
    qtbot.waitUntil(lambda: shift.window is not first and shift.window.isVisible())
    qtbot.addWidget(shift.window)
    assert shift.window.actor.username == "manager"
    assert shift.window.reports_view is not None  # the manager's own tabs
    assert shift.window.actor.location_id == first.actor.location_id  # the desk's location
    assert shift.quits == []


def test_the_same_user_gets_the_window_back_as_they_left_it(shift, qtbot):
    first = shift.window
    first.clients_view.search.setText("Alice")
    shift.switch_user()
    log_in(qtbot, shift.login, "reception")
    qtbot.waitUntil(first.isVisible)
    assert shift.window is first and first.clients_view.search.text() == "Alice"


def test_cancel_at_the_log_in_quits_the_desk(shift, qtbot):
    shift.switch_user()
    shift.login.reject()
    qtbot.waitUntil(lambda: shift.quits == [True])
    assert not shift.window.isVisible()


def test_idle_minutes_lock_the_desk_and_close_the_dialog_left_open(shift, qtbot, demo):
    window = shift.window
    window.clients.today = lambda: window.today.today_is()
    window.clients_view.search.setText("Alice")
    window.clients.search_now()
    window.clients.pay()
    dialog = window.clients.dialog
    assert isinstance(dialog, PayDialog) and dialog.isVisible()
    shift.idle.restart(ms=20)  # as if the minutes had passed
    qtbot.waitUntil(lambda: shift.login is not None and shift.login.isVisible())
    assert not dialog.isVisible() and not window.isVisible()
    assert shift.login.message.text() == "Locked after 15 minutes without use. Log in to go on."
    log_in(qtbot, shift.login, "reception")
    qtbot.waitUntil(window.isVisible)


def test_a_key_press_puts_the_lock_off(shift, qtbot):
    shift.idle.restart(ms=400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(shift.window.today_view.search, Qt.Key.Key_Shift)
    assert shift.login is None and shift.window.isVisible()
    assert shift.idle.timer.remainingTime() > 14 * 60_000  # counting the whole 15 again


def test_zero_idle_minutes_never_lock(shift):
    shift.idle.set_minutes(0)
    assert not shift.idle.timer.isActive()


def test_the_first_log_in_opens_the_window_and_says_the_start_once(demo, qtbot):
    change_password(demo.db, cli_actor(demo.db, "reception"), "reception", "front desk 2026")
    change_password(demo.db, cli_actor(demo.db, "manager"), "manager", "manager 2026")
    made = Shift(demo.db, lambda actor: main_window_for(demo.db, actor), quit_desk=lambda: None)
    started = []
    made.sig_started.connect(started.append)
    made.begin()
    log_in(qtbot, made.login, "reception")
    qtbot.waitUntil(lambda: made.window is not None and made.window.isVisible())
    qtbot.addWidget(made.window)
    made.switch_user()
    log_in(qtbot, made.login, "manager")
    qtbot.waitUntil(lambda: made.window.actor.username == "manager")
    qtbot.addWidget(made.window)
    assert [w.actor.username for w in started] == ["reception"]


def test_cancel_at_the_first_log_in_quits_before_any_window(demo, qtbot):
    quits = []
    made = Shift(demo.db, lambda actor: main_window_for(demo.db, actor),
                 quit_desk=lambda: quits.append(True))
    made.begin()
    made.login.reject()
    assert quits == [True] and made.window is None
