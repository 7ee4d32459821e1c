"""Chain sync inside the running desk: a round every minute off the GUI thread, a status
line (last sync, changes waiting to be sent, conflicts), and Desk-menu actions. Nothing of
it reads the database on the GUI thread: whether a server is set is found out by the round
itself, on its worker, and the round brings back the figures the line shows.

A failed round (server down, network cut) is noted in the status line, never a popup
every minute: the desk keeps working offline and the next round sends everything.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

import desk.ui.sync_settings  # noqa: F401  (registers the Settings › Chain server tab)
from desk.core.dates import utc_now
from desk.services import sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.support import logger
from desk.ui.conflicts_view import ConflictsView
from desk.ui.errors import error_text
from desk.ui.operations import Changed, events, run_operation
from desk.ui.recurring import Recurring

EVERY_MS = 60 * 1000
log = logger("sync")


class SyncRunner(Recurring):
    """Runs a round every ``interval_ms`` (nothing when no server is set); one at a time."""

    title = "Syncing with the chain server…"
    sig_synced = Signal(object)  # the round's result
    sig_failed = Signal(str)
    sig_status = Signal(object)  # the SyncStatus the line now shows

    def __init__(self, db: Database, label: QLabel, parent: QObject | None = None, *,
                 interval_ms: int = EVERY_MS) -> None:
        super().__init__(parent, interval_ms)
        self.db, self.label, self.failure = db, label, ""
        self._reading = self._again = False
        events.sig_changed.connect(self._changed)  # a method: dropped with this object

    def start(self) -> None:
        self.show_status()
        super().start()

    def work(self):
        return lambda: sync.scheduled_round(self.db)

    def changes(self, result: sync.ScheduledRound) -> Changed:
        """A round that pulled something changed what the views show (this line too)."""
        if result.result is not None and (result.result.pulled_entries
                                          or result.result.pulled_rows):
            return Changed.MEMBERSHIPS | Changed.CLIENTS | Changed.CONFLICTS
        return Changed.NOTHING

    def finished(self, result: sync.ScheduledRound) -> None:
        self.failure = ""
        if not self.changes(result):  # else the change it announces refreshes the line
            self._display(result.status)  # the round's own figures: nothing to read again
        if result.result is not None:
            self.sig_synced.emit(result.result)

    def failed(self, error: BaseException) -> None:
        when = utc_now().astimezone().strftime("%H:%M")
        self.failure = f"Sync failed at {when}: {error_text(error).splitlines()[0]}"
        log.warning(self.failure)
        self.show_status()
        self.sig_failed.emit(self.failure)

    def _changed(self, _what: Changed) -> None:
        self.show_status()

    def show_status(self) -> None:
        """Refresh the line, off the GUI thread: counting what waits and the conflicts reads
        the database, which must never hold up a receptionist's click."""
        if self._reading:
            self._again = True  # a change came while reading: read once more afterwards
            return
        self._reading = True
        run_operation(None, "Reading the sync status…", lambda: sync.status(self.db),
                      on_done=self._show, on_error=self._status_failed, cancellable=False,
                      quiet=True)

    def _show(self, state: sync.SyncStatus) -> None:
        self._reading = False
        self._display(state)
        if self._again:
            self._again = False
            self.show_status()

    def _display(self, state: sync.SyncStatus) -> None:
        if shiboken6.isValid(self.label):
            text = state.line()
            if self.failure and state.server_url:
                text = f"{self.failure} · {state.pending} to send · {state.conflicts} conflicts"
            self.label.setText(text)
            self.label.setToolTip(state.server_url or "Set the chain server in Settings.")
        self.sig_status.emit(state)

    def _status_failed(self, error: BaseException) -> None:
        self._reading = False  # the line keeps what it said; the next change tries again
        log.warning("sync status not read: %s", error_text(error).splitlines()[0])


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
