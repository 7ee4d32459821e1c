"""Every writer of a desk at once never shows a receptionist "database is locked".

On one database file: two processes pay and sell as fast as they can, two more run the due
work over and over, and in this process a thread pays, one takes backups, one syncs with
the chain server (a real PostgreSQL) round after round, and one reads.
"""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desk.services.queries import search_clients
from desk.store.backup import backup_to
from desk.store.uow import Database
from desk.sync.rounds import run_round
from tests.demo_chain import copy_demo
from tests.reliability.workers import Desk, Tally, sqlite_checks

PAYERS, DUE_RUNNERS, IN_THREAD = 2, 2, 400
PER_PAYER, PER_DUE_RUNNER = 1_500, 3_300  # 10,000 write transactions in all
ROOT = Path(__file__).resolve().parents[2]


def start(call: str) -> subprocess.Popen:
    """A worker process running ``tests.reliability.workers.<call>``."""
    return subprocess.Popen([sys.executable, "-c",
                             f"from tests.reliability import workers; workers.{call}"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)


def in_thread(tallies: dict, name: str, step, **how) -> threading.Thread:
    thread = threading.Thread(target=lambda: tallies.__setitem__(name, Tally().run(step, **how)))
    thread.start()
    return thread


def desk_threads(db: Path, folder: Path, server_url: str, tallies: dict,
                 finished) -> list[threading.Thread]:
    """This process's payer, backups, sync rounds and reader; all but the payer go on until
    ``finished()``."""
    desk, reader, syncer, membership = Desk.at(db), Database.open(db), Database.open(db), [None]
    backups = iter(range(10**6))
    folder.mkdir(parents=True, exist_ok=True)

    def pay() -> None:
        membership[0], _ = desk.pay_or_sell(membership[0])

    return [in_thread(tallies, "pay in a thread", pay, times=IN_THREAD),
            in_thread(tallies, "backup",
                      lambda: backup_to(reader.engine, folder / f"{next(backups)}.sqlite"),
                      until=finished, pause=2.0),
            in_thread(tallies, "sync", lambda: run_round(syncer, server_url), until=finished,
                      pause=0.2),
            in_thread(tallies, "read", lambda: search_clients(reader, "Bob"), until=finished,
                      pause=0.02)]


def collect(process: subprocess.Popen) -> Tally:
    return Tally(**json.loads(process.communicate()[0]))


@pytest.mark.slow
def test_no_writer_sees_database_is_locked(demo_template, tmp_path, chain_server):
    db, tallies, done = copy_demo(demo_template, tmp_path).path, {}, threading.Event()
    started = time.perf_counter()
    workers = {**{f"payer {n}": start(f"pay_many({str(db)!r}, {PER_PAYER})")
                  for n in range(PAYERS)},
               **{f"due {n}": start(f"run_due_many({str(db)!r}, {PER_DUE_RUNNER})")
                  for n in range(DUE_RUNNERS)}}
    threads = desk_threads(db, tmp_path / "backups", chain_server.url, tallies, done.is_set)
    tallies |= {name: collect(p) for name, p in workers.items()}
    threads[0].join()
    done.set()
    for t in threads:
        t.join()
    writes = sum(t.done for name, t in tallies.items()
                 if name not in ("read", "backup", "sync"))
    print(f"locking: {writes} write transactions, {tallies['sync'].done} sync rounds, "
          f"{tallies['backup'].done} backups, {tallies['read'].done} reads in "
          f"{time.perf_counter() - started:.1f} s")
    assert {n: (t.locked, t.faults) for n, t in tallies.items()} == {n: (0, []) for n in tallies}
    assert writes >= 10_000 and tallies["sync"].done > 0 and sqlite_checks(db) == ("ok", [])
