"""Exactly once: replayed or reordered pushes add nothing twice; the pull cursor never skips
a row committed out of order on the server."""

import random

import pytest
from sqlalchemy import text

from desk.services import memberships as ms
from desk.sync import central
from desk.sync.push import Batch, collect, send
from desk.sync.rounds import run_round
from desk.sync.tables import LEDGER_COLUMNS
from tests.demo_chain import DEMO_DAY, Demo


def sell_some(demo: Demo, count: int) -> None:
    for i in range(count):
        ms.sell_membership(demo.db, demo.admin, type_id=demo.type_id("PT 12"), code=f"R-{i}",
                           location_id=demo.location("Riverside"), day=DEMO_DAY)


def server_counts(url: str) -> tuple[int, int]:
    engine = central.server_engine(url)
    with engine.connect() as conn:
        counts = conn.execute(text("SELECT (SELECT count(*) FROM ledger_entries), "
                                   "(SELECT count(*) FROM sync_rows)")).one()
    engine.dispose()
    return tuple(counts)


@pytest.mark.parametrize("replays", [2, 3, 4, 5])
def test_the_same_push_replayed_and_reordered_adds_nothing_twice(chain_server, demo, replays):
    sell_some(demo, 5)
    with demo.db.read() as uow:
        batch = collect(uow.connection())
    rng = random.Random(replays)
    engine = central.server_engine(chain_server.url)
    for _ in range(replays):
        rows, entries = batch.rows[:], batch.entries[:]
        rng.shuffle(rows), rng.shuffle(entries)
        cut = rng.randrange(len(entries))
        for part in (Batch(rows, entries[:cut]), Batch([], entries[cut:])):
            with engine.begin() as conn:
                send(conn, part)
    engine.dispose()
    assert server_counts(chain_server.url) == (len(batch.entries), len(batch.rows))


def test_a_round_after_replays_has_nothing_left_to_send(chain_server, demo):
    sell_some(demo, 3)
    with demo.db.read() as uow:
        batch = collect(uow.connection())
    engine = central.server_engine(chain_server.url)
    with engine.begin() as conn:
        send(conn, batch)
    engine.dispose()
    result = run_round(demo.db, chain_server.url)
    assert result.pending == 0 and server_counts(chain_server.url)[0] == len(batch.entries)


def an_entry(desks, entry_id: str) -> dict:
    """A harmless ledger entry (no balance change) on DS-0001, as a desk would push it."""
    with desks.a.read() as uow:
        row = uow.connection().exec_driver_sql(
            f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in LEDGER_COLUMNS)} "
            "FROM ledger_entries WHERE kind = 'sale' LIMIT 1").one()
    return dict(zip(LEDGER_COLUMNS, row, strict=True)) | {
        "id": entry_id, "kind": "edit", "deltas": "{}", "visits": 0, "reason": "note"}


def ledger_ids(db) -> set[str]:
    with db.read() as uow:
        return set(uow.connection().exec_driver_sql(
            "SELECT id FROM ledger_entries").scalars())


def test_a_row_committed_out_of_order_is_not_skipped_by_the_cursor(desks):
    engine = central.server_engine(desks.url)
    early, late = engine.connect(), engine.connect()
    early.begin()
    send(early, Batch([], [an_entry(desks, "00000000-0000-7000-8000-00000000000e")]))
    with late.begin():  # began after, committed first
        send(late, Batch([], [an_entry(desks, "00000000-0000-7000-8000-00000000000f")]))
    run_round(desks.b, desks.url)
    seen_before = ledger_ids(desks.b)
    early.commit()
    run_round(desks.b, desks.url)
    early.close(), late.close(), engine.dispose()
    assert "00000000-0000-7000-8000-00000000000f" not in seen_before
    assert {"00000000-0000-7000-8000-00000000000e",
            "00000000-0000-7000-8000-00000000000f"} <= ledger_ids(desks.b)
