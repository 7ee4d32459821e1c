"""The round of a quiet minute — nothing to send, nothing new on the server — runs every
minute on every desk: it is at most one read and one write of the desk's database, and the
window's rounds never touch the database on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel
from sqlalchemy import event

from desk.services import sync
from desk.sync.rounds import run_round
from desk.ui.sync_status import SyncRunner
from tests.demo_chain import Demo
from tests.sync.test_merging import last_visit_membership, pay_classic


@dataclass(frozen=True)
class Begun:
    """A local transaction: how it began (IMMEDIATE: a write) and on which thread."""

    mode: str
    thread: threading.Thread


@contextmanager
def transactions(db) -> Iterator[list[Begun]]:
    """Every local transaction begun on ``db`` meanwhile (as desk/store/engine.py begins
    them: BEGIN IMMEDIATE unless the unit asked for DEFERRED)."""
    begun: list[Begun] = []

    def on_begin(conn) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        begun.append(Begun(mode, threading.current_thread()))

    event.listen(db.engine, "begin", on_begin)
    try:
        yield begun
    finally:
        event.remove(db.engine, "begin", on_begin)


def writes(begun: list[Begun]) -> int:
    return sum(b.mode == "IMMEDIATE" for b in begun)


def quiet_desk(desks):
    """Desk B with its server set and nothing left to move either way."""
    sync.set_server_url(desks.b, Demo(desks.b, None).admin, desks.url)
    sync.sync_now(desks.b)
    sync.sync_now(desks.b)
    return desks.b


def moved_nothing(result) -> bool:
    return not (result.pushed_rows or result.pushed_entries or result.pulled_rows
                or result.pulled_entries)


def test_an_idle_round_is_one_read_and_one_write(desks):
    db = quiet_desk(desks)
    with transactions(db) as begun:
        result = sync.sync_now(db)
    assert moved_nothing(result)
    assert len(begun) <= 2 and writes(begun) <= 1, begun


def test_the_windows_idle_round_brings_its_status_line_in_the_same_two(desks):
    db = quiet_desk(desks)
    with transactions(db) as begun:
        done = sync.scheduled_round(db)
    assert done.result is not None and moved_nothing(done.result)
    assert len(begun) <= 2 and writes(begun) <= 1, begun
    assert done.status == sync.status(db)


def test_a_round_with_a_server_not_set_here_is_one_read_and_one_write_as_well(desks):
    desks.sync(desks.b)  # `desk sync --server URL` style: the address is not kept here
    with transactions(desks.b) as begun:
        result = run_round(desks.b, desks.url)
    assert moved_nothing(result) and len(begun) <= 2 and writes(begun) <= 1, begun
    assert sync.status(desks.b).conflicts == len(result.conflicts)


def test_an_idle_round_notes_when_it_ran(desks):
    db = quiet_desk(desks)
    before = sync.status(db).last_sync
    result = sync.sync_now(db)
    assert sync.status(db).last_sync == result.at and result.at > before


def test_after_idle_rounds_what_another_desk_wrote_still_comes_in(desks):
    last_visit_membership(desks)
    db = quiet_desk(desks)
    pay_classic(desks.a, "EMMA-1")
    desks.sync(desks.a)
    result = sync.sync_now(db)
    assert result.pulled_entries == 1 and result.memberships_refreshed == 1


def wait_for_rounds(qtbot, runner: SyncRunner, signal, count: int) -> None:
    """Let the runner's timer fire ``count`` times (each bringing ``signal``), then stop it
    and wait for the round under way."""
    seen: list[object] = []
    signal.connect(seen.append)
    runner.start()
    qtbot.waitUntil(lambda: len(seen) >= count, timeout=30_000)
    runner.timer.stop()
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)


def test_the_windows_rounds_never_touch_the_database_on_the_gui_thread(desks, qtbot):
    db = quiet_desk(desks)
    label = QLabel()
    qtbot.addWidget(label)
    runner = SyncRunner(db, label, label, interval_ms=50)
    with transactions(db) as begun:
        wait_for_rounds(qtbot, runner, runner.sig_synced, 3)
    assert begun and all(b.thread is not threading.main_thread() for b in begun), begun
    assert label.text().startswith("Synced ")


def test_without_a_server_the_windows_ticks_read_nothing_on_the_gui_thread(demo, qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    runner = SyncRunner(demo.db, label, label, interval_ms=50)
    with transactions(demo.db) as begun:
        wait_for_rounds(qtbot, runner, runner.sig_status, 3)
    assert begun and all(b.thread is not threading.main_thread() for b in begun), begun
    assert label.text() == "Chain sync: off"


def test_without_a_server_a_round_counts_nothing_of_what_waits(demo):
    # a desk that never synced has every row it ever changed queued: counting them, every
    # minute, cost 0.7 s on a 100,000-membership desk (and held up its closing)
    statements: list[str] = []

    def on_execute(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(demo.db.engine, "before_cursor_execute", on_execute)
    try:
        assert sync.scheduled_round(demo.db).result is None
    finally:
        event.remove(demo.db.engine, "before_cursor_execute", on_execute)
    assert statements and not [s for s in statements if "sync_outbox" in s
                               or "ledger_entries" in s]
