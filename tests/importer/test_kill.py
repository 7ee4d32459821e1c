"""A commit killed at any moment leaves the database whole, with all rows or none (SPEC §7)."""

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.importer.helpers import HEADER, TODAY, query

ROWS = 20_000
RUNS = 20


def write_large_file(path: Path) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Memberships")
    ws.append(HEADER)
    for i in range(ROWS):
        ws.append(["Downtown" if i % 2 else "Riverside", "PT 12", i % 13, None,
                   None, f"K-{i:05d}", None, "2026-01-15"])
    wb.save(path)
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{template}{suffix}").exists():
            shutil.copy(f"{template}{suffix}", f"{folder / 'desk.sqlite'}{suffix}")
    return folder / "desk.sqlite"


def start_commit(file: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desk", "import", str(file), "--commit",
                             "--db", str(db), "--today", TODAY],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def state(db: Path) -> tuple[str, int, int, list]:
    """Integrity, imported memberships, import ledger entries, and the indexes (a large
    commit drops and rebuilds them inside its transaction)."""
    [(integrity,)] = query(db, "PRAGMA integrity_check")
    return (integrity,
            query(db, "SELECT count(*) FROM memberships WHERE imported")[0][0],
            query(db, "SELECT count(*) FROM ledger_entries WHERE kind = 'import'")[0][0],
            query(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))


def killed_commit(file: Path, template: Path, folder: Path, after: float) -> tuple:
    """The state of a fresh demo database after a commit SIGKILLed ``after`` seconds in."""
    process = start_commit(file, db := fresh_copy(template, folder))
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return state(db)


@pytest.mark.slow
def test_a_commit_killed_at_any_moment_writes_all_rows_or_none(demo_template, tmp_path):
    file = write_large_file(tmp_path / "large.xlsx")
    started = time.perf_counter()
    db = fresh_copy(demo_template, tmp_path / "full")
    indexes = state(db)[3]
    assert start_commit(file, db).wait() == 0
    full = time.perf_counter() - started
    assert state(db) == ("ok", ROWS, ROWS, indexes)
    rng = random.Random(20260315)  # one random moment in each twentieth of a full commit
    for run in range(RUNS):
        after = full * (run + rng.random()) / RUNS
        outcome = killed_commit(file, demo_template, tmp_path / str(run), after)
        assert outcome in (("ok", 0, 0, indexes), ("ok", ROWS, ROWS, indexes)), (
            run, after, outcome)
