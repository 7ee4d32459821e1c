"""A desk killed at any moment keeps every payment it acknowledged, and nothing half-written.

A payer pays visits as fast as it can through the services and writes each payment's id to a
file right after its commit; it is SIGKILLed at random moments, over and over, on one file.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk.services.backups import ledger_disagreements
from desk.store.uow import Database
from tests.demo_chain import copy_demo
from tests.reliability.workers import payment_ids, sqlite_checks, unpaired_visits

RUNS = 50


@pytest.fixture
def fork_server():
    server = subprocess.Popen(
        [sys.executable, "-c", "from tests.reliability.workers import serve_forks; serve_forks()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2])
    yield server
    server.stdin.close()
    server.wait(timeout=10)


def pay_and_kill(server, db: Path, acknowledged: Path, after: float) -> None:
    """Start a payer on ``db``, wait until it has acknowledged a payment (so the kill lands
    in the middle of its work, however fast this machine is), and SIGKILL it ``after``
    seconds later."""
    before = acknowledged.stat().st_size if acknowledged.exists() else 0
    server.stdin.write(f"{db}\t{acknowledged}\n")
    server.stdin.flush()
    payer = int(server.stdout.readline())
    deadline = time.monotonic() + 30
    while (acknowledged.stat().st_size if acknowledged.exists() else 0) == before:
        assert time.monotonic() < deadline, "the payer acknowledged nothing in 30 s"
        time.sleep(0.002)
    time.sleep(after)
    os.kill(payer, signal.SIGKILL)  # the server reaps it only after this, so the pid is its
    assert server.stdout.readline().strip() == "ended"


def state_after_kill(db: Path) -> tuple:
    """(integrity verdict, foreign key faults, visits and payments without their pair,
    memberships whose cache is off the ledger)."""
    verdict, broken = sqlite_checks(db)
    reopened = Database.open(db)
    try:
        return verdict, broken, unpaired_visits(db), ledger_disagreements(reopened)
    finally:
        reopened.close()


@pytest.mark.slow
def test_every_acknowledged_payment_survives_a_kill_at_a_random_moment(
        demo_template, tmp_path, fork_server):
    db = copy_demo(demo_template, tmp_path)
    db.db.close()
    acknowledged, rng = tmp_path / "acknowledged.txt", random.Random(20260315)
    for run in range(RUNS):
        pay_and_kill(fork_server, db.path, acknowledged, rng.uniform(0, 0.3))
        assert state_after_kill(db.path) == ("ok", [], 0, []), run
        promised = set(acknowledged.read_text().split())
        assert promised <= payment_ids(db.path), (run, promised - payment_ids(db.path))
    assert len(promised) > RUNS  # every payer was killed after acknowledging at least one
    print(f"kill loop: {RUNS} kills, {len(promised)} acknowledged payments all present")
