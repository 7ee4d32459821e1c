"""Work the open desk repeats by itself — the due work, the sync round, the daily backup —
now and then every few minutes, off the GUI thread through ``run_operation``, one run at a
time: a tick that comes while a run is still busy (a slow mail or chain server) is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QObject, QTimer

from desk.ui.i18n import tr
from desk.ui.operations import Changed, run_operation


class Recurring(QObject):
    """Subclasses say what a run does (``work``), what it changed (``changes``) and what
    follows it (``finished``, ``failed``), and may hold a run back (``ready``). ``title`` is
    marked with ``QT_TR_NOOP`` and translated when a run starts."""

    title = QT_TR_NOOP("Working…")

    def __init__(self, parent: QObject | None, interval_ms: int) -> None:
        super().__init__(parent)
        self.running = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run_now)

    def run_now(self) -> None:
        if self.running or not self.ready():
            return
        self.running = True
        run_operation(None, tr(self.title), self.work(), on_done=self._finished,
                      on_error=self._failed, cancellable=False, quiet=True,
                      changes=self.changes)

    def ready(self) -> bool:
        return True

    def work(self) -> Callable[[], Any]:
        """The run, as a function called on a worker thread (take what it needs now)."""
        raise NotImplementedError

    def changes(self, result: Any) -> Changed:
        """What a run that ended well changed; the door tells the open views."""
        return Changed.NOTHING

    def finished(self, result: Any) -> None:
        """On the GUI thread, after a run that ended well."""

    def failed(self, error: BaseException) -> None:
        """On the GUI thread, after a run that raised."""

    def _finished(self, result: Any) -> None:
        self.running = False
        self.finished(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed(error)
