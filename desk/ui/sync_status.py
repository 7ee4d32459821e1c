"""Chain sync inside the running desk: a round every minute off the GUI thread, a status
line (last sync, changes waiting to be sent, conflicts), and Desk-menu actions. Nothing of
it reads the database on the GUI thread: whether a server is set is found out by the round
itself, on its worker, and the round brings back the figures the line shows.

A failed round (server down, network cut) is noted in the status line, never a popup
every minute: the desk keeps working offline and the next round sends everything.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
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
from desk.ui.formats import clock, number
from desk.ui.i18n import tr
from desk.ui.operations import Changed, events, run_operation
from desk.ui.phrasebook import translated
from desk.ui.recurring import Recurring

EVERY_MS = 60 * 1000
log = logger("sync")


class SyncRunner(Recurring):
    """Runs a round every ``interval_ms`` (nothing when no server is set); one at a time."""

    title = QT_TR_NOOP("Syncing with the chain server…")
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
        now, reason = utc_now().astimezone(), error_text(error).splitlines()[0]
        log.warning("Sync failed at %s: %s", now.strftime("%H:%M"), reason)
        self.failure = tr("Sync failed at {time}: {reason}").format(
            time=clock(now), reason=translated(reason))
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
        run_operation(None, tr("Reading the sync status…"), lambda: sync.status(self.db),
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
            self.label.setText(status_line(state, self.failure))
            self.label.setToolTip(state.server_url or tr("Set the chain server in Settings."))
        self.sig_status.emit(state)

    def _status_failed(self, error: BaseException) -> None:
        self._reading = False  # the line keeps what it said; the next change tries again
        log.warning("sync status not read: %s", error_text(error).splitlines()[0])


def status_line(state: sync.SyncStatus, failure: str = "") -> str:
    """"Synced 14:05 · 3 to send · 1 conflict", or the last failure in place of the time."""
    if not state.server_url:
        return tr("Chain sync: off")
    counts = tr("{pending} to send · {conflicts}").format(
        pending=number(state.pending),
        conflicts=tr("%n conflicts", None, state.conflicts))
    if failure:
        return f"{failure} · {counts}"
    when = clock(state.last_sync.astimezone()) if state.last_sync else tr("never")
    return tr("Synced {time} · {counts}").format(time=when, counts=counts)


def install_sync(window: QMainWindow, menu: QMenu, db: Database, actor: Actor) -> SyncRunner:
    """The status line, "Sync now" and "Sync conflicts…" in ``menu``; starts the rounds."""
    label = QLabel("")
    label.setAccessibleName(tr("Sync status"))
    window.statusBar().addPermanentWidget(label)
    runner = SyncRunner(db, label, window)
    for text, slot in ((tr("S&ync now"), runner.run_now),
                       (tr("Sync &conflicts…"),
                        lambda: ConflictsView(db, actor, parent=window).exec())):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
    runner.start()
    return runner
