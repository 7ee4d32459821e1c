"""Due work inside the running desk: at start-up and every few minutes, off the GUI thread.

Activations, deductions, renewals, write-offs and messages then happen even if nobody runs
``desk run-due``; what a run changed is announced by the door (``Changed``) so open
views refresh. A failed run is noted in the status bar (and the crash log), never a popup
every five minutes; the next run tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import QMainWindow

from desk.core.dates import utc_now
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.due import DueReport, run_due
from desk.support import logger
from desk.ui.errors import error_text
from desk.ui.i18n import tr
from desk.ui.operations import Changed
from desk.ui.phrasebook import translated
from desk.ui.recurring import Recurring

EVERY_MS = 5 * 60 * 1000
# activations, deductions, write-offs, renewals (and their charges) and messages
DUE_WORK_CHANGES = Changed.MEMBERSHIPS | Changed.CHARGES | Changed.OUTBOX
log = logger("due")


class DueRunner(Recurring):
    """Runs the due work now and then every ``interval_ms``; one run at a time."""

    title = QT_TR_NOOP("Doing the work that is due…")
    sig_ran = Signal(object)  # the DueReport of a finished run
    sig_failed = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QMainWindow | None = None, *,
                 interval_ms: int = EVERY_MS,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent, interval_ms)
        self.db, self.actor, self.clock, self.window = db, actor, clock, parent

    def work(self):
        now = self.clock()
        return lambda: run_due(self.db, self.actor, now)

    def changes(self, report: DueReport) -> Changed:
        return DUE_WORK_CHANGES if _did_something(report) else Changed.NOTHING

    def finished(self, report: DueReport) -> None:
        if _did_something(report):
            log.info("due work done: %s", report.as_json())
            self._say(summary(report))
        self.sig_ran.emit(report)

    def failed(self, error: BaseException) -> None:
        text = error_text(error)
        log.warning("due work failed: %s", text.splitlines()[0])
        self._say(tr("Due work failed: {reason}").format(
            reason=translated(text.splitlines()[0])))
        self.sig_failed.emit(text)

    def _say(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 15000)


def _did_something(report: DueReport) -> bool:
    return any(v for k, v in report.as_json().items() if k != "waiting")


def summary(report: DueReport) -> str:
    """A status-bar line in plain words: what the due work just did."""
    def n(items: list, counted: Callable[[int], str]) -> str:
        return counted(len(items)) if items else ""

    parts = [
        n(report.activated, lambda k: tr("%n memberships started their validity", None, k)),
        n(report.debited, lambda k: tr("%n missed visits were deducted", None, k)),
        n(report.renewed, lambda k: tr("%n memberships renewed", None, k)),
        n(report.written_off, lambda k: tr("%n memberships had already expired; their "
                                           "remaining visits were written off", None, k)),
        n(report.sent, lambda k: tr("%n messages sent", None, k)),
        n(report.failed, lambda k: tr("%n messages could not be sent (see the Outbox)", None, k)),
    ]
    said = "; ".join(part for part in parts if part)
    return f"{said[0].upper()}{said[1:]}." if said else tr("Nothing was due.")


def start_due_work(window: QMainWindow, db: Database, actor: Actor) -> DueRunner:
    """Start the due work for the desk's window (called once the user has logged in)."""
    runner = DueRunner(db, actor, window)
    runner.start()
    return runner


def add_due_actions(window: QMainWindow, menu, db: Database, actor: Actor) -> None:
    """Desk menu entries: the outbox, payments due and (for managers) the settings."""
    from PySide6.QtGui import QAction

    from desk.ui.outbox_view import OutboxView
    from desk.ui.payments_due_view import PaymentsDueView
    from desk.ui.settings_dialog import SettingsDialog, offers_settings

    entries = [(tr("&Outbox…"), lambda: OutboxView(db, actor, window).exec()),
               (tr("&Payments due…"), lambda: PaymentsDueView(db, actor, window).exec())]
    if offers_settings(actor):
        entries.append((tr("&Settings…"), lambda: SettingsDialog(db, actor, window).exec()))
    menu.addSeparator()
    for text, slot in entries:
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
