"""Rounds cut off halfway — process SIGKILLed, server connection terminated — lose nothing
and double nothing: the next round finishes the work (SPEC §10, exactly once).

Each cut is shown to land inside a round: a `desk sync` process is killed only after it has
reported progress (a batch sent, a page received) and before it reports the pull done, and a
connection is terminated only while it is running a query that moves ledger entries."""

import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import make_url

from desk.core.errors import DeskError
from desk.store.uow import Database
from desk.sync.rounds import run_round
from tests.bench.bench_db import build_bench_db
from tests.demo_chain import DEMO_DAY

KILLS = 20  # kills that landed inside a round
MAX_TRIES = 3 * KILLS


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory):
    """A desk with 30,000 entries not yet pushed: some fifteen batches to push, and a pull
    of a few seconds for a new desk."""
    path = tmp_path_factory.mktemp("busy") / "busy.sqlite"
    build_bench_db(path, clients=1_200, memberships=3_000, entries=30_000, today=DEMO_DAY)
    return path


def ledger_ids(db: Database) -> set[str]:
    with db.read() as uow:
        return set(uow.connection().exec_driver_sql(
            "SELECT id FROM ledger_entries").scalars())


def ledger_count(path) -> int:
    db = Database.open(path)
    try:
        return len(ledger_ids(db))
    finally:
        db.close()


def server_ledger(pg_admin, schema: str) -> tuple[int, int]:
    with pg_admin.connect() as conn:
        return tuple(conn.exec_driver_sql(
            f"SELECT count(*), count(DISTINCT id) FROM {schema}.ledger_entries").one())


@dataclass
class Kill:
    landed: bool  # inside the round: after its first progress, before its pull was done
    during: str  # what it last said it was doing: "push" or "pull"


def killed_round(db_path, url: str, rng: random.Random) -> Kill:
    """`desk sync` killed a few milliseconds after a random one of its progress lines."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desk", "sync", "--db", str(db_path), "--server", url],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    said = []
    for _ in range(rng.randint(1, 4)):
        line = process.stderr.readline()
        if not line:
            break
        said.append(line)
    time.sleep(rng.uniform(0, 0.03))
    process.send_signal(signal.SIGKILL)
    said += process.stderr.read().splitlines()
    process.wait()
    done = any(line.startswith("received ") for line in said)  # the pull had committed
    landed = process.returncode == -signal.SIGKILL and bool(said) and not done
    last = said[-1] if said else ""
    return Kill(landed, "push" if last.startswith(("sending", "sent")) else "pull")


def test_rounds_killed_at_random_moments_lose_and_double_nothing(
        busy_template, chain_server, pg_admin, tmp_path):
    shutil.copy(busy_template, a_path := tmp_path / "a.sqlite")
    total = ledger_count(a_path)
    rng = random.Random(20261122)
    landed, partial_pushes, tries = [], 0, 0
    while len(landed) < KILLS and tries < MAX_TRIES:
        # in turn: the desk with everything to push, and a new desk pulling all there is
        pushing = tries % 2 == 0
        path = a_path if pushing else tmp_path / f"b{tries}.sqlite"
        tries += 1
        kill = killed_round(path, chain_server.url, rng)
        if not kill.landed:
            continue
        landed.append(kill)
        if pushing:
            partial_pushes += 0 < server_ledger(pg_admin, chain_server.schema)[0] < total
        else:  # a pull is one local transaction: cut, it applied nothing
            assert ledger_count(path) == 0
    assert len(landed) == KILLS, f"only {len(landed)} of {tries} kills landed inside a round"
    assert {kill.during for kill in landed} == {"push", "pull"} and partial_pushes >= 1
    a, b = Database.open(a_path), Database.open(path)
    for db in (a, b, a):
        run_round(db, chain_server.url)
    count, distinct = server_ledger(pg_admin, chain_server.schema)
    assert ledger_ids(a) == ledger_ids(b) and count == distinct == len(ledger_ids(a)) == total
    a.close(), b.close()


def cut_while_moving(pg_admin, app: str, done: threading.Event, cut: list) -> None:
    """From another connection: terminate the desk's server connection the moment it is
    running a query that writes or reads ledger entries (or, first, the rows)."""
    with pg_admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        while not done.is_set():  # autocommit: each look at pg_stat_activity is a fresh one
            found = conn.exec_driver_sql(
                "SELECT pid, query FROM pg_stat_activity WHERE application_name = %s "
                "AND state = 'active' AND (query ILIKE '%%ledger_entries%%' "
                "OR query ILIKE '%%FROM sync_rows%%')", (app,)).first()
            if found:
                conn.exec_driver_sql("SELECT pg_terminate_backend(%s)", (found[0],))
                cut.append(found[1])
                return


def round_cut_off(db: Database, url: str, pg_admin, app: str) -> str | None:
    """One round whose connection is cut while data moves: the query cut, or None if the
    round ended before the cut could land."""
    done, cut = threading.Event(), []
    cutter = threading.Thread(target=cut_while_moving, args=(pg_admin, app, done, cut))
    cutter.start()
    try:
        run_round(db, make_url(url).update_query_dict({"application_name": app})
                  .render_as_string(hide_password=False))
    except DeskError as error:
        assert error.code == "sync_server_unreachable"
        return cut[0]
    finally:
        done.set()
        cutter.join()
    return None


def test_a_push_whose_connection_is_cut_while_sending_is_finished_by_the_next(
        busy_template, chain_server, pg_admin, tmp_path):
    shutil.copy(busy_template, tmp_path / "a.sqlite")
    a = Database.open(tmp_path / "a.sqlite")
    cut = round_cut_off(a, chain_server.url, pg_admin, "desk_cut_push")
    assert cut is not None and cut.lstrip().upper().startswith("INSERT")
    assert server_ledger(pg_admin, chain_server.schema)[0] < len(ledger_ids(a))
    run_round(a, chain_server.url)
    count, distinct = server_ledger(pg_admin, chain_server.schema)
    assert count == distinct == len(ledger_ids(a))
    a.close()


def test_a_pull_whose_connection_is_cut_while_reading_is_finished_by_the_next(
        busy_template, chain_server, pg_admin, tmp_path):
    shutil.copy(busy_template, tmp_path / "a.sqlite")
    a = Database.open(tmp_path / "a.sqlite")
    run_round(a, chain_server.url)
    for attempt in range(5):  # a round too quick for the cut leaves a desk with everything
        b = Database.open(tmp_path / f"b{attempt}.sqlite")
        cut = round_cut_off(b, chain_server.url, pg_admin, "desk_cut_pull")
        if cut is not None:
            break
        b.close()
    assert cut is not None and "SELECT" in cut.upper() and ledger_ids(b) == set()
    run_round(b, chain_server.url)
    assert ledger_ids(b) == ledger_ids(a)
    a.close(), b.close()
