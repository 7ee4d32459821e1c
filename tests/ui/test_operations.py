"""The one door for long work: off the GUI thread, one error path, cancel discards."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desk import support
from desk.core.errors import DeskError
from desk.ui import operations
from desk.ui.errors import show_error
from desk.ui.operations import Changed, events, run_operation


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def crash_log(tmp_path, monkeypatch):
    log = tmp_path / "desk-errors.log"

    def write() -> str:
        import traceback

        log.write_text(traceback.format_exc(), encoding="utf-8")
        return str(log)

    monkeypatch.setattr(support, "write_crash_log", write)
    return log


def test_the_result_arrives_on_the_gui_thread_from_another_thread(parent, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["work"] = threading.get_ident()
        return 42

    def done(result):
        seen["done"] = threading.get_ident()
        seen["result"] = result

    op = run_operation(parent, "Counting…", work, on_done=done)
    with qtbot.waitSignal(op.sig_done) as blocker:
        pass
    assert blocker.args == [42]
    assert seen == {"work": seen["work"], "done": gui, "result": 42}
    assert seen["work"] != gui


def test_the_gui_thread_stays_free_while_the_work_runs(parent, qtbot):
    release = threading.Event()
    ticks = []
    op = run_operation(parent, "Waiting…", lambda: release.wait(10) and "free",
                       on_done=lambda _: None)
    # The event loop keeps running: a timer fires on the GUI thread, then lets the work end.
    QTimer.singleShot(0, lambda: (ticks.append(threading.get_ident()), release.set()))
    with qtbot.waitSignal(op.sig_done) as blocker:
        pass
    assert blocker.args == ["free"]
    assert ticks == [threading.get_ident()]


def test_the_progress_dialog_shows_for_slow_work_and_goes_away(parent, qtbot, monkeypatch):
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    op = run_operation(parent, "Reading the file…", lambda: release.wait(10),
                       on_done=lambda _: None)
    qtbot.waitUntil(op.progress.isVisible)
    assert op.progress.labelText() == "Reading the file…"
    release.set()
    with qtbot.waitSignal(op.sig_finished):
        pass


def test_an_exception_reaches_on_error_on_the_gui_thread(parent, qtbot):
    failures = []

    def work():
        raise DeskError("nope", "That can't be done.")

    op = run_operation(parent, "Trying…", work, on_done=pytest.fail,
                       on_error=lambda e: failures.append((e, threading.get_ident())))
    with qtbot.waitSignal(op.sig_failed):
        pass
    assert [(e.code, ident) for e, ident in failures] == [("nope", threading.get_ident())]


def test_a_refusal_shows_its_message_in_the_error_dialog(parent, qtbot):
    def work():
        raise DeskError("nope", "That can't be done.", hint="Ask a manager.")

    op = run_operation(parent, "Trying…", work, on_done=pytest.fail)
    with qtbot.waitSignal(op.sig_failed):
        pass
    box = parent.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert box.text() == "That can't be done. Ask a manager."
    box.close()


def test_an_unexpected_error_is_logged_and_says_nothing_was_changed(parent, qtbot, crash_log):
    def work():
        raise ZeroDivisionError("boom")

    op = run_operation(parent, "Trying…", work, on_done=pytest.fail)
    with qtbot.waitSignal(op.sig_failed):
        pass
    box = parent.findChild(QMessageBox, "error_box")
    assert "unexpected problem" in box.text() and "Nothing was changed" in box.text()
    assert str(crash_log) in box.text()
    logged = crash_log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in logged and "in work" in logged  # the worker's frames
    box.close()


def test_show_error_can_be_called_directly(parent, qtbot, crash_log):
    box = show_error(parent, RuntimeError("odd"))
    qtbot.waitUntil(box.isVisible)
    assert str(crash_log) in box.text()
    box.close()


def test_cancel_discards_the_result(parent, qtbot, monkeypatch):
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    delivered = []
    op = run_operation(parent, "Slow…", lambda: release.wait(10) and "late",
                       on_done=delivered.append, on_error=delivered.append)
    qtbot.waitUntil(op.progress.isVisible)
    cancel = op.progress.findChild(QPushButton)
    with qtbot.waitSignal(op.sig_cancelled):
        cancel.click()
    assert not op.progress.isVisible()
    with qtbot.waitSignal(op.sig_finished):
        release.set()
    assert delivered == []


def test_cancel_discards_a_failure_too(parent, qtbot):
    release = threading.Event()
    delivered = []

    def work():
        release.wait(10)
        raise DeskError("late", "Too late.")

    op = run_operation(parent, "Slow…", work, on_done=delivered.append,
                       on_error=delivered.append)
    op.cancel()
    with qtbot.waitSignal(op.sig_finished):
        release.set()
    assert delivered == []
    assert parent.findChild(QMessageBox, "error_box") is None


def test_work_that_cant_be_cancelled_has_no_cancel_button(parent, qtbot, monkeypatch):
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    op = run_operation(parent, "Writing…", lambda: release.wait(10), on_done=lambda _: None,
                       cancellable=False)
    qtbot.waitUntil(op.progress.isVisible)
    assert op.progress.findChild(QPushButton) is None
    with qtbot.waitSignal(op.sig_finished):
        release.set()


def test_an_operation_that_writes_announces_the_change(parent, qtbot):
    with qtbot.waitSignal(events.sig_changed) as blocker:
        run_operation(parent, "Saving…", lambda: None, on_done=lambda _: None,
                      changes=Changed.MEMBERSHIPS)
    assert blocker.args == [Changed.MEMBERSHIPS]


def test_a_failed_operation_announces_no_change(parent, qtbot):
    changed = []
    events.sig_changed.connect(changed.append)
    try:
        op = run_operation(parent, "Saving…", lambda: 1 / 0, on_done=lambda _: None,
                           on_error=lambda _: None, changes=Changed.MEMBERSHIPS)
        with qtbot.waitSignal(op.sig_finished):
            pass
    finally:
        events.sig_changed.disconnect(changed.append)
    assert changed == []


def test_what_changed_can_be_worked_out_from_the_result(parent, qtbot):
    changed = []
    events.sig_changed.connect(changed.append)
    try:
        for result in (0, 3):
            op = run_operation(parent, "Running…", lambda r=result: r,
                               changes=lambda n: Changed.MEMBERSHIPS if n else Changed.NOTHING)
            with qtbot.waitSignal(op.sig_finished):
                pass
    finally:
        events.sig_changed.disconnect(changed.append)
    assert changed == [Changed.MEMBERSHIPS]  # a run that changed nothing says nothing


def test_a_kind_of_rows_can_be_named_by_its_name():
    assert Changed("memberships") is Changed.MEMBERSHIPS
    assert Changed(Changed.CLIENTS | Changed.OUTBOX) & Changed.OUTBOX
    with pytest.raises(ValueError):
        Changed("no such rows")


def test_a_refusal_goes_to_on_refused_and_a_fault_to_the_error_dialog(parent, qtbot, crash_log):
    refused = []

    def refuse():
        raise DeskError("nope", "That can't be done.")

    op = run_operation(parent, "Trying…", refuse, on_done=pytest.fail, on_refused=refused.append)
    with qtbot.waitSignal(op.sig_failed):
        pass
    assert [e.code for e in refused] == ["nope"]
    assert parent.findChild(QMessageBox, "error_box") is None
    op = run_operation(parent, "Trying…", lambda: 1 / 0, on_done=pytest.fail,
                       on_refused=refused.append)
    with qtbot.waitSignal(op.sig_failed):
        pass
    assert len(refused) == 1
    box = parent.findChild(QMessageBox, "error_box")
    assert box is not None and "unexpected problem" in box.text()
    box.close()


@pytest.mark.parametrize("outcome", [lambda: "done", lambda: 1 / 0])
def test_busy_buttons_rest_while_the_work_runs_and_come_back_after(parent, qtbot, outcome):
    save, release = QPushButton("Save", parent), threading.Event()
    op = run_operation(parent, "Saving…", lambda: release.wait(10) and outcome(),
                       on_error=lambda _: None, busy=[save])
    assert not save.isEnabled()
    with qtbot.waitSignal(op.sig_finished):
        release.set()
    assert save.isEnabled()


def test_a_handler_that_failed_still_announces_the_change_made(parent, qtbot, crash_log):
    def done(_result):
        raise RuntimeError("a bug in the handler")

    with qtbot.waitSignal(events.sig_changed) as blocker:
        run_operation(parent, "Saving…", lambda: None, on_done=done,
                      changes=Changed.CLIENTS)
    assert blocker.args == [Changed.CLIENTS]
    parent.findChild(QMessageBox, "error_box").close()


def test_the_result_for_a_dialog_closed_meanwhile_is_dropped_but_announced(qtbot):
    dialog, release, delivered = QWidget(), threading.Event(), []
    op = run_operation(dialog, "Saving…", lambda: release.wait(10),
                       on_done=delivered.append, changes=Changed.MEMBERSHIPS)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not operations.shiboken6.isValid(dialog))
    with qtbot.waitSignal(events.sig_changed) as blocker:
        release.set()
    assert delivered == [] and blocker.args == [Changed.MEMBERSHIPS]
    qtbot.waitUntil(lambda: not op.running)


def test_wait_for_runs_the_events_until_the_work_ended(parent):
    op = run_operation(parent, "Starting…", lambda: "ready")
    assert operations.wait_for(op) is True and not operations.running()
    failed = run_operation(parent, "Starting…", lambda: 1 / 0, on_error=lambda _: None)
    assert operations.wait_for(failed) is False


def test_work_that_cant_be_cancelled_delivers_its_outcome_even_after_escape(parent, qtbot):
    release, delivered = threading.Event(), []
    with qtbot.waitSignal(events.sig_changed) as blocker:
        op = run_operation(parent, "Paying…", lambda: release.wait(10) and "paid",
                           on_done=delivered.append, cancellable=False,
                           changes=Changed.MEMBERSHIPS)
        op.progress.canceled.emit()  # what Escape on its progress dialog does
        release.set()
    assert delivered == ["paid"] and blocker.args == [Changed.MEMBERSHIPS]


def test_garbage_is_collected_on_the_gui_thread_only(parent, qtbot, monkeypatch):
    import gc

    op = run_operation(parent, "Counting…", lambda: 1)
    with qtbot.waitSignal(op.sig_finished):
        pass
    assert not gc.isenabled()  # a worker never collects (it would delete Qt objects there)
    collected = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(
        threading.get_ident()) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 0, 0))
    qtbot.waitUntil(lambda: bool(collected))
    assert set(collected) == {threading.get_ident()}
