"""Shifts at the desk (SPEC §11): who is logged in, the window opened for them, Log out /
Switch user (Ctrl+L) without quitting, and the lock after the idle minutes of Settings.

Locking hides the window and closes the dialogs left open on it (nothing half-typed stays
on screen for the next person); the log-in then asks. The same user gets the window back
as it was; another user gets a window of their own (their tabs, their permissions);
Cancel quits the desk as closing the window does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.this_desk import desk_location, idle_lock_minutes
from desk.ui.i18n import tr
from desk.ui.login_dialog import LoginDialog
from desk.ui.main_window import MainWindow
from desk.ui.operations import Changed, events, writing

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
RETRY_MS = 60_000  # work still running when the lock is due: the lock waits a minute
WindowMaker = Callable[[Actor], MainWindow]


class IdleWatch(QObject):
    """Fires ``sig_idle`` once no key was pressed and nothing clicked for ``minutes``
    (0: never), anywhere in the application."""

    sig_idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.sig_idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.restart()

    def restart(self, ms: int | None = None) -> None:
        self.timer.stop()
        if self.minutes > 0:
            self.timer.start(ms if ms is not None else self.minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.restart()
        return False


class Shift(QObject):
    sig_window_opened = Signal(object)  # the MainWindow made for the user now at the desk
    sig_started = Signal(object)  # the run's first window, once: what the start says goes there

    def __init__(self, db: Database, make_window: WindowMaker, *,
                 quit_desk: Callable[[], None] = QApplication.quit) -> None:
        """``make_window``: the main window for a user who logged in, with its timers."""
        super().__init__()
        self.db, self.make_window, self.quit_desk = db, make_window, quit_desk
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None  # the log-in showing now, if any
        self._quits = True  # whether closing the last window quits, outside a hand-over
        self.idle = IdleWatch(idle_lock_minutes(db), self)
        self.idle.sig_idle.connect(self.lock_idle)
        events.sig_changed.connect(self._settings_changed)
        self._started = False

    def begin(self) -> None:
        """The first log-in of the day; Cancel quits the desk."""
        self._ask("")

    def switch_user(self) -> None:
        """Ctrl+L: the desk hands on to whoever logs in next."""
        self._hand_over("")

    def lock_idle(self) -> None:
        if writing():
            self.idle.restart(RETRY_MS)  # a payment still being written finishes first
            return
        self._hand_over(tr("Locked after %n minutes without use. Log in to go on.", None,
                           self.idle.minutes))

    def _hand_over(self, why: str) -> None:
        window = self.window
        if window is None or self.login is not None:
            return
        if writing():
            window.statusBar().showMessage(tr("Wait a moment: the desk is still saving."), 5000)
            return
        self._close_dialogs(window)
        window.hide()
        self._ask(why)

    def _ask(self, why: str) -> None:
        app = QApplication.instance()
        self._quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window shows until someone logs in
        self.login = LoginDialog(self.db, why=why)
        self.login.finished.connect(self._answered)
        self.login.open()

    def _answered(self, code: int) -> None:
        login, self.login, window = self.login, None, self.window
        actor = login.actor if login and code == QDialog.DialogCode.Accepted else None
        if login is not None:
            login.deleteLater()
        QApplication.instance().setQuitOnLastWindowClosed(self._quits)
        if actor is None:
            if window is not None:
                window.close()  # as closing the window: its size is kept, the desk quits
            self.quit_desk()
        elif window is None:
            self._open_window(actor)
        elif actor.user_id == window.actor.user_id and actor.role is window.actor.role:
            window.show()  # the same person: the window as they left it
        else:
            self._open_window(actor)
        self.idle.restart()

    def _open_window(self, actor: Actor) -> None:
        old, self.window = self.window, self.make_window(actor)
        self.window.sig_switch_user.connect(self.switch_user)
        if old is not None:
            old.close()
            old.deleteLater()
        self.window.show()
        self.sig_window_opened.emit(self.window)
        if not self._started:
            self._started = True
            self.sig_started.emit(self.window)

    @staticmethod
    def _close_dialogs(window: MainWindow) -> None:
        """The dialogs open on the window go (Esc, as the receptionist would)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog | QMessageBox) and widget.isVisible() \
                    and _belongs_to(widget, window):
                widget.reject()

    def _settings_changed(self, what: Changed | str) -> None:
        """Settings › This desk saved: the new idle minutes count now; a new location is
        the window's default once the Settings dialog has closed."""
        if not Changed(what) & Changed.SETTINGS:
            return
        self.idle.set_minutes(idle_lock_minutes(self.db))
        QTimer.singleShot(0, self._follow_location)

    def _follow_location(self) -> None:
        window, here = self.window, desk_location(self.db)
        if window is None or here is None or here.id == window.actor.location_id:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(500, self._follow_location)
            return
        self._open_window(replace(window.actor, location_id=here.id))


def _belongs_to(widget, window) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
