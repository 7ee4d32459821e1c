"""The one door from the window to the services (ARCHITECTURE: like Anki's CollectionOp).

``run_operation`` runs ``work()`` on a worker thread while a busy progress dialog (with a
Cancel button unless ``cancellable=False``) shows for work that takes a while; the result
comes back to ``on_done`` on the GUI thread and any exception to the one error path: a
refusal (``DeskError``) to ``on_refused`` when the caller shows it in place (a dialog's
error line, so the receptionist can fix the input), anything else — and every failure
when there is no ``on_refused`` — to ``on_error``, by default the one error dialog
(``errors.show_error``). Cancel stops the waiting, not the work: the outcome is
discarded; a write (``cancellable=False``) has no Cancel, ignores Escape, and its outcome
always arrives. ``busy`` widgets (the Pay or Save button) are disabled while the work
runs, so a second Enter or click can't start it again. Workers never hold a Qt object,
and garbage is collected on the GUI thread only (``_Relay``).

What counts as a write, and goes through here: every call of a ``desk.services`` function
that changes the database or a file (a sale, a payment, a saved setting, a log-in, which
counts failures, an export), and any long read (reports, an import's check, the sync
status). Its ``changes=`` says which kinds of rows it changed (``Changed``), so that after
it succeeded ``events.sig_changed`` tells every open view, which refreshes what shows
those rows. What counts as a short read, called directly on the GUI thread: a look-up of
a few rows by key or index that takes a few milliseconds (a search as you type, a client's
card, the choices of a dialog, a preview of a rule's answer; README's benchmark). Nothing
else in ``desk/ui`` calls a service (tests/ui/test_one_door.py).
"""

from __future__ import annotations

import enum
import gc
import itertools
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.core.errors import DeskError
from desk.ui import errors
from desk.ui.i18n import tr

SHOW_AFTER_MS = 200  # quick work finishes without a flash of the progress dialog
WORKERS = 2  # long work is rare and mostly waits on files and SQLite
COLLECT_EVERY_MS = 250  # garbage collection on the GUI thread, in small steps


class Changed(enum.Flag):
    """Which kinds of rows an operation changed; open views refresh when theirs is in it.

    ``Changed(value)`` takes a ``Changed`` or a kind's name ("memberships"), so a
    subscriber reads whatever it is sent the same way."""

    NOTHING = 0
    MEMBERSHIPS = enum.auto()  # sales, visits paid, freezes, the due work's entries
    CLIENTS = enum.auto()
    BOOKINGS = enum.auto()
    TYPES = enum.auto()  # membership types
    SETTINGS = enum.auto()  # the desk's and the chain's settings, users' passwords
    OUTBOX = enum.auto()  # messages to clients
    CHARGES = enum.auto()  # renewal charges (payments due)
    CONFLICTS = enum.auto()  # sync conflicts and rows set aside

    @classmethod
    def _missing_(cls, value: object) -> Changed | None:
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return super()._missing_(value)  # a combination of kinds


# What an operation says it changed: a fixed value, or one worked out from its result.
Changes = Changed | Callable[[Any], Changed]


class Events(QObject):
    """App-wide notices; ``sig_changed(Changed)`` after an operation wrote. Subscribers
    read the value with ``Changed(value)`` (see ``Changed``)."""

    sig_changed = Signal(object)


events = Events()


class _Relay(QObject):
    """The one go-between from the worker threads to the GUI thread, made there and never
    deleted: a worker holds only an operation's number, never a Qt object, so no Qt object
    can ever be deleted on a worker thread (its last reference dropped there)."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._done)  # queued: the relay lives on the GUI thread
        self.failed.connect(self._failed)
        # Python's cycle collector runs on whichever thread happens to allocate: on a
        # worker it would delete the widgets of a closed dialog there, and Qt aborts. So
        # once there are workers, garbage is collected on the GUI thread only (as Anki does).
        gc.disable()
        self._collector = QTimer(self, interval=COLLECT_EVERY_MS)
        self._collector.timeout.connect(_collect_garbage)
        self._collector.start()

    def _done(self, number: int, result: object) -> None:
        operation = _numbered.pop(number, None)
        if operation is not None:
            operation._finish_done(result)

    def _failed(self, number: int, error: BaseException) -> None:
        operation = _numbered.pop(number, None)
        if operation is not None:
            operation._finish_failed(error)


class Operation(QObject):
    """One run of long work; its signals tell tests (and callers) how it ended."""

    sig_done = Signal(object)  # the result, after on_done ran
    sig_failed = Signal(object)  # the exception, after on_error ran
    sig_cancelled = Signal()  # Cancel was pressed; whatever the work returns is discarded
    sig_finished = Signal()  # the work has ended, in any of the ways above

    def __init__(self, parent: QWidget | None, title: str, *, cancellable: bool,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None,
                 on_refused: Callable[[DeskError], None] | None = None,
                 changes: Changes = Changed.NOTHING, quiet: bool = False,
                 busy: Iterable[QWidget] = ()) -> None:
        super().__init__()  # not owned by parent: it must outlive a view closed meanwhile
        self._parent, self._on_done, self._on_error = parent, on_done, on_error
        self._on_refused, self._changes, self._quiet = on_refused, changes, quiet
        self._busy = [(widget, widget.isEnabled()) for widget in busy]
        self.cancelled = self.running = False
        self.cancellable = cancellable
        self.progress = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle("Desk")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.canceled.connect(self.cancel)
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show_progress)

    def start(self, work: Callable[[], Any]) -> Operation:
        self.running = True
        _running.add(self)
        for widget, _ in self._busy:
            widget.setEnabled(False)
        if not self._quiet:
            self._show_timer.start()
        relay, number = _relay(), next(_numbers)
        _numbered[number] = self
        _executor().submit(_work_then_report, work, relay, number)
        return self

    def cancel(self) -> None:
        """Stop waiting: the dialog closes now and the work's outcome is discarded. Work
        that can't be cancelled (a write) can't be walked away from either: Escape on its
        progress dialog is ignored, and its outcome and change always arrive."""
        if not self.running or self.cancelled or not self.cancellable:
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
        for widget, enabled in self._busy:  # as they were: on_done may rest them again
            if shiboken6.isValid(widget):
                widget.setEnabled(enabled)
        self._close_progress()
        if shiboken6.isValid(self.progress):
            self.progress.deleteLater()
        return not self.cancelled

    def _finish_done(self, result: object) -> None:
        try:
            if self._end():
                self._deliver(result)
        finally:
            self.sig_finished.emit()
            self.deleteLater()

    def _deliver(self, result: object) -> None:
        """The work succeeded: its handler, then the change to every open view (announced
        even when the handler fails: the write was made)."""
        try:
            if not self._parent_gone():  # a dialog closed meanwhile has nothing to show
                self._on_done(result)
        except Exception as error:  # a failing handler is shown too
            self._fail(error)
            self._announce(result)
            return
        self._announce(result)
        self.sig_done.emit(result)

    def _announce(self, result: object) -> None:
        changed = self._changes(result) if callable(self._changes) else self._changes
        if changed:
            events.sig_changed.emit(changed)

    def _parent_gone(self) -> bool:
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _finish_failed(self, error: BaseException) -> None:
        try:
            if self._end():
                self._fail(error)
        finally:
            self.sig_finished.emit()
            self.deleteLater()

    def _fail(self, error: BaseException) -> None:
        if self._parent_gone():
            errors.show_error(None, error)  # whoever asked is gone; the person still learns
        elif self._on_refused is not None and isinstance(error, DeskError):
            self._on_refused(error)
        elif self._on_error is not None:
            self._on_error(error)
        else:
            errors.show_error(self._parent, error)
        self.sig_failed.emit(error)


_running: set[Operation] = set()  # keeps operations alive while their work runs
_numbered: dict[int, Operation] = {}  # the operations waiting for their work's outcome
_numbers = itertools.count(1)
_relays: list[_Relay] = []


def _collect_garbage() -> None:
    """On the GUI thread: collect the oldest generation that is due, as Python would."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def _relay() -> _Relay:
    """The relay, made on the GUI thread with the first operation."""
    if not _relays:
        _relays.append(_Relay())
    return _relays[0]
_executors: list[ThreadPoolExecutor] = []


def _executor() -> ThreadPoolExecutor:
    """Desk's worker threads: plain Python threads (PySide6 6.12's QThreadPool.start drops a
    reference to None on every call; see the report)."""
    if not _executors:
        _executors.append(ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="desk-op"))
    return _executors[0]


def _work_then_report(work: Callable[[], Any], relay: _Relay, number: int) -> None:
    """On a worker thread: run the work and send its outcome to the GUI thread (queued)."""
    try:
        result = work()
    except BaseException as error:  # every failure goes to the GUI thread's error path
        relay.failed.emit(number, error)
    else:
        relay.done.emit(number, result)


def run_operation(parent: QWidget | None, title: str, work: Callable[[], Any], *,
                  on_done: Callable[[Any], None] = lambda _result: None,
                  on_error: Callable[[BaseException], None] | None = None,
                  on_refused: Callable[[DeskError], None] | None = None,
                  cancellable: bool = True, changes: Changes = Changed.NOTHING,
                  quiet: bool = False, busy: Iterable[QWidget] = ()) -> Operation:
    """Run ``work()`` off the GUI thread with a progress dialog (none when ``quiet``: for
    reads a view waits for in place, such as the next page of a table); see the module's doc.
    ``changes``: what a success changed, or a function of the result that says it."""
    operation = Operation(parent, title, cancellable=cancellable, on_done=on_done,
                          on_error=on_error, on_refused=on_refused, changes=changes,
                          quiet=quiet, busy=busy)
    return operation.start(work)


def wait_for(operation: Operation) -> bool:
    """Let the window's events run until ``operation`` ended (for start-up, before the main
    event loop runs); True when it succeeded."""
    succeeded: list[bool] = []
    operation.sig_done.connect(lambda _result: succeeded.append(True))
    if operation.running:
        loop = QEventLoop()
        operation.sig_finished.connect(loop.quit)
        loop.exec()
    return bool(succeeded)


def running() -> bool:
    """Whether any operation's work is still running (tests wait on it)."""
    return bool(_running)


def writing() -> bool:
    """Whether a write someone is waiting on (not the desk's quiet background work) is still
    running: the desk does not lock in the middle of a payment."""
    return any(not op.cancellable and not op._quiet for op in _running)
