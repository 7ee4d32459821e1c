"""A write that finds the database busy waits its turn, within a bound, never failing early."""

import sqlite3
import threading
from contextlib import closing

import pytest

from desk.core.errors import DeskError
from desk.store import engine
from desk.store.uow import Database


@pytest.fixture
def short_wait(monkeypatch, tmp_path):
    """A database whose writers wait at most 300 ms for the write lock."""
    db = Database.open(tmp_path / "desk.sqlite")
    db.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    yield Database.open(tmp_path / "desk.sqlite"), tmp_path / "desk.sqlite"


def write_setting(db: Database) -> None:
    with db.write() as uow:
        uow.settings.put("k", "v")
        uow.commit()


def test_a_write_waits_for_the_lock_and_then_commits(short_wait):
    db, path = short_wait
    with closing(sqlite3.connect(path, isolation_level=None, check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        threading.Timer(0.15, other.rollback).start()
        write_setting(db)
    with db.read() as uow:
        assert uow.settings.get("k") == "v"


def test_a_lock_held_beyond_the_wait_is_refused_clearly_and_nothing_is_written(short_wait):
    db, path = short_wait
    with closing(sqlite3.connect(path, isolation_level=None, check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DeskError) as caught:
            write_setting(db)
        other.rollback()
    assert caught.value.code == "database_busy" and "nothing was changed" in str(caught.value)
    with db.read() as uow:
        assert uow.settings.get("k") is None
