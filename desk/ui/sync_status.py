"""Chain sync inside the running desk: a round every minute off the GUI thread, a status
line (last sync, changes waiting to be sent, conflicts), and Desk-menu actions.

A failed round (server down, network cut) is noted in the status line, never a popup
every minute: the desk keeps working offline and the next round sends everything.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

import desk.ui.sync_settings  # noqa: F401  (registers the Settings › Chain server tab)
from desk.core.dates import utc_now
from desk.services import sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.conflicts_view import ConflictsView
from desk.ui.errors import error_text
from desk.ui.operations import events, run_operation

EVERY_MS = 60 * 1000


class SyncRunner(QObject):
    """Runs a round every ``interval_ms`` when a server is set; one round at a time."""

    sig_synced = Signal(object)  # the round's result
    sig_failed = Signal(str)

    def __init__(self, db: Database, label: QLabel, parent: QObject | None = None, *,
                 interval_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.db, self.label = db, label
        self.running, self.failure = False, ""
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_now)
        events.sig_changed.connect(self._changed)  # a method: dropped with this object

    def start(self) -> None:
        self.timer.start()
        self.show_status()
        QTimer.singleShot(0, self.run_now)

    def run_now(self) -> None:
        if self.running or not sync.server_url(self.db):
            return
        self.running = True
        run_operation(None, "Syncing with the chain server…", lambda: sync.sync_now(self.db),
                      on_done=self._done, on_error=self._failed, cancellable=False, quiet=True)

    def _done(self, result) -> None:
        self.running, self.failure = False, ""
        if result.pulled_entries or result.pulled_rows:
            events.sig_changed.emit("memberships")  # also refreshes this line
        else:
            self.show_status()
        self.sig_synced.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        when = utc_now().astimezone().strftime("%H:%M")
        self.failure = f"Sync failed at {when}: {error_text(error).splitlines()[0]}"
        self.show_status()
        self.sig_failed.emit(self.failure)

    def _changed(self, _what: str) -> None:
        self.show_status()

    def show_status(self) -> None:
        if not shiboken6.isValid(self.label):
            return
        state = sync.status(self.db)
        text = state.line()
        if self.failure and state.server_url:
            text = f"{self.failure} · {state.pending} to send · {state.conflicts} conflicts"
        self.label.setText(text)
        self.label.setToolTip(state.server_url or "Set the chain server in Settings.")


def install_sync(window: QMainWindow, menu: QMenu, db: Database, actor: Actor) -> SyncRunner:
    """The status line, "Sync now" and "Sync conflicts…" in ``menu``; starts the rounds."""
    label = QLabel("")
    label.setAccessibleName("Sync status")
    window.statusBar().addPermanentWidget(label)
    runner = SyncRunner(db, label, window)
    for text, slot in (("S&ync now", runner.run_now),
                       ("Sync &conflicts…",
                        lambda: ConflictsView(db, actor, parent=window).exec())):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
    runner.start()
    return runner
