"""Rounds cut off halfway — process SIGKILLed, server connection terminated — lose nothing
and double nothing: the next round finishes the work (SPEC §10, exactly once)."""

import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy.engine import make_url

from desk.core.errors import DeskError
from desk.store.uow import Database
from desk.sync.rounds import run_round
from tests.bench.bench_db import build_bench_db
from tests.demo_chain import DEMO_DAY

RUNS = 20


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory):
    """A desk with a few thousand entries not yet pushed: a round long enough to cut."""
    path = tmp_path_factory.mktemp("busy") / "busy.sqlite"
    build_bench_db(path, clients=300, memberships=800, entries=6_000, today=DEMO_DAY)
    return path


def ledger_ids(db: Database) -> set[str]:
    with db.read() as uow:
        return set(uow.session.connection().exec_driver_sql(
            "SELECT id FROM ledger_entries").scalars())


def server_ledger(pg_admin, schema: str) -> tuple[int, int]:
    with pg_admin.connect() as conn:
        return tuple(conn.exec_driver_sql(
            f"SELECT count(*), count(DISTINCT id) FROM {schema}.ledger_entries").one())


def killed_round(db_path, url: str, after: float) -> None:
    process = subprocess.Popen([sys.executable, "-m", "desk", "sync", "--db", str(db_path),
                                "--server", url], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_rounds_killed_at_random_moments_lose_and_double_nothing(
        busy_template, chain_server, pg_admin, tmp_path):
    import shutil

    shutil.copy(busy_template, a_path := tmp_path / "a.sqlite")
    b_path = tmp_path / "b.sqlite"
    Database.open(b_path).close()
    rng = random.Random(20261122)
    for run in range(RUNS):  # the pushing desk and the pulling desk, killed in turn
        killed_round(a_path if run % 2 == 0 else b_path, chain_server.url, rng.uniform(0.3, 2.5))
    a, b = Database.open(a_path), Database.open(b_path)
    for db in (a, b, a):
        run_round(db, chain_server.url)
    count, distinct = server_ledger(pg_admin, chain_server.schema)
    assert ledger_ids(a) == ledger_ids(b) and count == distinct == len(ledger_ids(a))
    a.close(), b.close()


def terminate_when_seen(pg_admin, app: str, delay: float, done: threading.Event) -> None:
    """From another connection: cut the desk's server connection ``delay`` s after it shows."""
    while not done.is_set():
        with pg_admin.connect() as conn:
            pids = conn.exec_driver_sql("SELECT pid FROM pg_stat_activity "
                                        f"WHERE application_name = '{app}'").scalars().all()
            if pids:
                time.sleep(delay)
                conn.exec_driver_sql(f"SELECT pg_terminate_backend({pids[0]})")
                return
        time.sleep(0.002)


def test_a_round_whose_server_connection_is_cut_is_finished_by_the_next(
        busy_template, chain_server, pg_admin, tmp_path):
    import shutil

    shutil.copy(busy_template, a_path := tmp_path / "a.sqlite")
    a = Database.open(a_path)
    url = make_url(chain_server.url).update_query_dict({"application_name": "desk_cut"})
    url = url.render_as_string(hide_password=False)
    failures = 0
    for delay in (0.0, 0.05, 0.2):
        done = threading.Event()
        cutter = threading.Thread(target=terminate_when_seen, args=(pg_admin, "desk_cut", delay,
                                                                    done))
        cutter.start()
        try:
            run_round(a, url)
        except DeskError as error:
            failures += error.code == "sync_server_unreachable"
        done.set()
        cutter.join()
    run_round(a, chain_server.url)
    count, distinct = server_ledger(pg_admin, chain_server.schema)
    assert failures >= 1 and count == distinct == len(ledger_ids(a))
    a.close()
