"""The one door for long work (ARCHITECTURE: like Anki's CollectionOp/QueryOp).

``run_operation`` runs ``work()`` on a worker thread while a busy progress dialog with a
Cancel button shows; the result comes back to ``on_done`` on the GUI thread and any
exception to ``on_error`` — by default the one error dialog, ``errors.show_error``.
Work that can't be interrupted is not stopped by Cancel: its result is discarded.
Operations that write pass ``changes=`` so that ``events.sig_changed`` tells open views
to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.ui import errors

SHOW_AFTER_MS = 200  # quick work finishes without a flash of the progress dialog
WORKERS = 2  # long work is rare and mostly waits on files and SQLite


class Events(QObject):
    """App-wide notices; ``sig_changed(what)`` after an operation wrote (e.g. "memberships")."""

    sig_changed = Signal(str)


events = Events()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Operation(QObject):
    """One run of long work; its signals tell tests (and callers) how it ended."""

    sig_done = Signal(object)  # the result, after on_done ran
    sig_failed = Signal(object)  # the exception, after on_error ran
    sig_cancelled = Signal()  # Cancel was pressed; whatever the work returns is discarded
    sig_finished = Signal()  # the work has ended, in any of the ways above

    def __init__(self, parent: QWidget | None, title: str, *, cancellable: bool,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None,
                 changes: str | None, quiet: bool = False) -> None:
        super().__init__()  # not owned by parent: it must outlive a view closed meanwhile
        self._parent, self._on_done, self._on_error = parent, on_done, on_error
        self._changes, self._quiet = changes, quiet
        self.cancelled = self.running = False
        self.progress = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.progress.setWindowTitle("Desk")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.canceled.connect(self.cancel)
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show_progress)
        self._signals = _Signals()  # lives on the GUI thread: its emits are queued here
        self._signals.done.connect(self._finish_done)
        self._signals.failed.connect(self._finish_failed)

    def start(self, work: Callable[[], Any]) -> Operation:
        self.running = True
        _running.add(self)
        if not self._quiet:
            self._show_timer.start()
        _executor().submit(_work_then_report, work, self._signals)
        return self

    def cancel(self) -> None:
        """Stop waiting: the dialog closes now and the work's outcome is discarded."""
        if not self.running or self.cancelled:
            return
        self.cancelled = True
        self._close_progress()
        self.sig_cancelled.emit()

    def _show_progress(self) -> None:
        if self.running and not self.cancelled:
            self.progress.show()

    def _close_progress(self) -> None:
        if shiboken6.isValid(self.progress):
            self.progress.hide()

    def _end(self) -> bool:
        """The work ended; True when its outcome should be delivered."""
        self.running = False
        _running.discard(self)
        self._close_progress()
        if shiboken6.isValid(self.progress):
            self.progress.deleteLater()
        return not self.cancelled

    def _finish_done(self, result: object) -> None:
        try:
            if self._end():
                try:
                    self._on_done(result)
                except Exception as error:  # a failing handler is shown too
                    self._fail(error)
                    return
                if self._changes:
                    events.sig_changed.emit(self._changes)
                self.sig_done.emit(result)
        finally:
            self.sig_finished.emit()
            self.deleteLater()

    def _finish_failed(self, error: BaseException) -> None:
        try:
            if self._end():
                self._fail(error)
        finally:
            self.sig_finished.emit()
            self.deleteLater()

    def _fail(self, error: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(error)
        else:
            parent = self._parent if self._parent is None or shiboken6.isValid(self._parent) \
                else None
            errors.show_error(parent, error)
        self.sig_failed.emit(error)


_running: set[Operation] = set()  # keeps operations alive while their work runs
_executors: list[ThreadPoolExecutor] = []


def _executor() -> ThreadPoolExecutor:
    """Desk's worker threads: plain Python threads (PySide6 6.12's QThreadPool.start drops a
    reference to None on every call; see the report)."""
    if not _executors:
        _executors.append(ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="desk-op"))
    return _executors[0]


def _work_then_report(work: Callable[[], Any], signals: _Signals) -> None:
    """On a worker thread: run the work and send its outcome to the GUI thread (queued)."""
    try:
        result = work()
    except BaseException as error:  # every failure goes to the GUI thread's error path
        signals.failed.emit(error)
    else:
        signals.done.emit(result)


def run_operation(parent: QWidget | None, title: str, work: Callable[[], Any], *,
                  on_done: Callable[[Any], None],
                  on_error: Callable[[BaseException], None] | None = None,
                  cancellable: bool = True, changes: str | None = None,
                  quiet: bool = False) -> Operation:
    """Run ``work()`` off the GUI thread with a progress dialog (none when ``quiet``: for
    reads a view waits for in place, such as the next page of a table); see the module's doc."""
    operation = Operation(parent, title, cancellable=cancellable, on_done=on_done,
                          on_error=on_error, changes=changes, quiet=quiet)
    return operation.start(work)
