"""Bulk writes do once what triggers and index upkeep do per row, with the same outcome:
the sync versions and queue the triggers would have written, the indexes as they were."""

import gc
import json
import sqlite3
from contextlib import closing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.collector import collector_paused
from desk.core.ids import new_ids
from desk.store import audit
from desk.store.bulk_writes import indexes_rebuilt, versioned_in_bulk


def connect(path) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    return raw


def add_memberships(raw: sqlite3.Connection, ids: list[str]) -> None:
    """New memberships like the first one in the file, each with its own id and code."""
    names = [r[1] for r in raw.execute("PRAGMA table_info(memberships)")]
    model = dict(zip(names, raw.execute("SELECT * FROM memberships LIMIT 1").fetchone(),
                     strict=True))
    rows = [tuple({**model, "id": i, "code": f"B-{n}", "code_key": f"b-{n}"}[c] for c in names)
            for n, i in enumerate(ids)]
    raw.executemany(f"INSERT INTO memberships VALUES ({', '.join('?' * len(names))})", rows)


def written(raw: sqlite3.Connection, ids: list[str]) -> tuple:
    """What the memberships ``ids`` left in the queue and the versions: the queue's rows
    in order, each version's device and deletion, the versions' order, the clock's end."""
    queued = raw.execute("SELECT table_name, row_id FROM sync_outbox WHERE row_id IN "
                         f"({', '.join('?' * len(ids))}) ORDER BY seq", ids).fetchall()
    versions = raw.execute("SELECT row_id, hlc, device_id, deleted FROM row_versions WHERE "
                           f"row_id IN ({', '.join('?' * len(ids))}) ORDER BY hlc", ids
                           ).fetchall()
    [(clock,)] = raw.execute("SELECT hlc FROM sync_clock").fetchall()
    return (queued, [(r, d, x) for r, _, d, x in versions],
            len({h for _, h, _, _ in versions}) == len(ids), clock == versions[-1][1])


def test_set_based_versions_are_what_the_per_row_triggers_write(demo):
    ids = new_ids(50)
    demo.db.close()
    with closing(connect(demo.path)) as raw:
        [(clock_before,)] = raw.execute("SELECT hlc FROM sync_clock").fetchall()
        add_memberships(raw, ids)
        by_triggers = written(raw, ids)
        raw.execute("ROLLBACK")
        raw.execute("BEGIN IMMEDIATE")
        with versioned_in_bulk(raw, "memberships"):
            add_memberships(raw, ids)
        set_based = written(raw, ids)
        [(first,)] = raw.execute("SELECT min(hlc) FROM row_versions WHERE row_id IN "
                                 f"({', '.join('?' * len(ids))})", ids).fetchall()
        [(applying,)] = raw.execute("SELECT applying FROM sync_clock").fetchall()
    assert set_based == by_triggers
    assert set_based[0] == [("memberships", i) for i in ids]  # queued once, in write order
    assert first > clock_before and applying == 0


def index_sql(raw: sqlite3.Connection) -> list[tuple]:
    return raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name IN ('memberships', 'ledger_entries') ORDER BY name").fetchall()


def test_a_large_write_finds_its_indexes_as_they_were(demo):
    demo.db.close()
    with closing(connect(demo.path)) as raw:
        before = index_sql(raw)
        with indexes_rebuilt(raw, ("memberships", "ledger_entries"), large=True):
            during = index_sql(raw)
            add_memberships(raw, ids := new_ids(20))
        after = index_sql(raw)
        plan = raw.execute("EXPLAIN QUERY PLAN SELECT id FROM memberships WHERE code_key = ?",
                           ("b-3",)).fetchall()
        found = raw.execute("SELECT id FROM memberships WHERE code_key = 'b-3'").fetchall()
    assert after == before and len(during) < len(before)
    assert "ix_memberships_code_key" in str(plan) and found == [(ids[3],)]


def test_a_write_that_fails_midway_still_finds_its_indexes(demo):
    demo.db.close()
    with closing(connect(demo.path)) as raw:
        before = index_sql(raw)
        with pytest.raises(sqlite3.IntegrityError), \
                indexes_rebuilt(raw, ("memberships", "ledger_entries"), large=True):
            add_memberships(raw, [new_ids(1)[0]] * 2)  # one id twice
        assert index_sql(raw) == before


@pytest.fixture
def collector_as_in(request):
    """The collector on (a command's process) or off (a window's: desk.ui.operations
    collects on the GUI thread only), put back as the run had it."""
    was = gc.isenabled()
    gc.enable() if request.param else gc.disable()
    yield request.param
    gc.enable() if was else gc.disable()


@pytest.mark.parametrize("collector_as_in", [True], indirect=True)
def test_the_collector_is_back_on_after_bulk_work_that_failed(collector_as_in):
    frozen = gc.get_freeze_count()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested bulk work leaves it off for the outer one
            pass
        assert not gc.isenabled()
        raise RuntimeError("the file could not be written")
    assert gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.parametrize("collector_as_in", [False], indirect=True)
def test_bulk_work_in_the_window_leaves_the_collector_to_the_window(collector_as_in):
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the window collects on its own thread: bulk work keeps out


def test_ids_made_in_bulk_are_unique_and_in_the_order_made():
    ids = new_ids(30_000)
    assert len(set(ids)) == len(ids) and ids == sorted(ids)


stored_values = st.one_of(st.none(), st.integers(), st.text(), st.booleans(),
                          st.floats(allow_nan=False))


@given(values=st.lists(stored_values, max_size=20))
def test_the_hashed_text_of_a_row_is_its_values_as_json(values):
    assert audit.stored_json(values) == json.dumps(values, ensure_ascii=False,
                                                   separators=(",", ":"))


def test_rows_written_in_bulk_while_a_pull_applies_are_not_queued_as_ours(demo):
    ids = new_ids(3)
    demo.db.close()
    with closing(connect(demo.path)) as raw:
        raw.execute("UPDATE sync_clock SET applying = 1 WHERE id = 1")
        with versioned_in_bulk(raw, "memberships"):
            add_memberships(raw, ids)
        queued = raw.execute("SELECT count(*) FROM sync_outbox WHERE row_id IN (?, ?, ?)",
                             ids).fetchone()[0]
        [(applying,)] = raw.execute("SELECT applying FROM sync_clock").fetchall()
    assert (queued, applying) == (0, 1)
