"""Benchmark of the Excel import (run: uv run python tests/bench/bench_import.py [--rows N ...]).

For each size (default 10,000, 100,000 and 300,000 rows, so that scaling shows) builds a
valid file for the demo chain, then times whole processes, as a user would run them:
python-calamine reading every cell (the floor), openpyxl in read-only mode reading every
cell, `desk import --json` (the preview) and `desk import --json --commit`, with the peak
memory of each. Each step's time is the best of ``--repeat`` runs (the machine is shared;
openpyxl, a reference only, runs once) and its ratio is to the floor measured in the same
run. Prints one table per size and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 3, 15)
GOALS = {"preview": 2.0, "commit": 4.0}  # times the floor
RSS_GOAL_MB = 400

FLOOR = ("from python_calamine import CalamineWorkbook; import sys; "
         "CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()")
OPENPYXL = ("import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1], read_only=True); "
            "[None for row in wb.worksheets[0].iter_rows(values_only=True)]")


def write_file(path: Path, rows: int) -> None:
    """A valid import for the demo chain: numbered memberships of three types."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Memberships")
    ws.append(["Location", "Membership type", "Remaining sessions", "Status", "Owner phone",
               "Membership number", "Sale date", "Valid until"])
    kinds = [("Downtown", "Massage 10", 10, ""), ("Riverside", "PT 12", 12, ""),
             ("Airport", "Yoga 8", 8, "activated")]
    for i in range(rows):
        location, type_name, visits, status = kinds[i % 3]
        if location == "Airport":
            location = "Riverside"  # Airport has no sales storage
        sold = TODAY - timedelta(days=i % 700)
        valid_until = (sold + timedelta(days=120)).isoformat() if i % 4 == 0 else None
        ws.append([location, type_name, i % (visits + 1), status, None, f"IMP-{i:07d}", sold,
                   valid_until])
    wb.save(path)


# as on a user's machine, Python keeps compiled modules (some shells here switch that off)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=CHILD_ENV)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def best_of(repeat: int, argv: list[str], before=None) -> tuple[float, float, int]:
    """The fastest of ``repeat`` runs, the highest peak RSS, the worst exit code;
    ``before`` runs untimed before each (a fresh copy of the database to commit into)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run(argv))
    return min(r[0] for r in runs), max(r[1] for r in runs), max(r[2] for r in runs)


def measure(folder: Path, demo: Path, rows: int, repeat: int) -> dict[str, tuple]:
    file = folder / f"import-{rows}.xlsx"
    started = time.perf_counter()
    write_file(file, rows)
    print(f"wrote {rows:,} rows ({file.stat().st_size / 2**20:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s", flush=True)
    desk = [sys.executable, "-m", "desk", "import", str(file), "--json", "--today",
            TODAY.isoformat()]
    target = folder / "commit.sqlite"

    def fresh_target() -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(demo, target)

    results = {
        "calamine floor": best_of(repeat, [sys.executable, "-c", FLOOR, str(file)]),
        "openpyxl read-only": run([sys.executable, "-c", OPENPYXL, str(file)]),
        "preview": best_of(repeat, [*desk, "--db", str(demo)]),
        "commit": best_of(repeat, [*desk, "--commit", "--db", str(target)], fresh_target),
    }
    file.unlink()
    return results


def print_table(rows: int, results: dict[str, tuple]) -> None:
    floor = results["calamine floor"][0]
    print(f"\n{rows:,} rows\n")
    print("| step | seconds | × floor | peak RSS (MB) | goal | result |")
    print("|---|---:|---:|---:|---|---|")
    for name, (seconds, rss, code) in results.items():
        goal = GOALS.get(name)
        verdict = "" if goal is None else (
            "PASS" if seconds <= goal * floor and rss < RSS_GOAL_MB and code == 0 else "MISS")
        goal_text = f"≤ {goal:g}× floor, < {RSS_GOAL_MB} MB" if goal else ""
        print(f"| {name} | {seconds:.2f} | {seconds / floor:.2f} | {rss:.0f} | {goal_text} | "
              f"{verdict}{'' if code == 0 else f' (exit {code})'} |", flush=True)


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-import-"))
    print(f"load average before: {load_average()}", flush=True)
    demo = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "desk", "demo", "--db", str(demo)], check=True,
                   stdout=subprocess.DEVNULL)
    warm = folder / "warm.xlsx"  # a first, untimed run writes Python's compiled modules
    write_file(warm, 10)
    run([sys.executable, "-m", "desk", "import", str(warm), "--json", "--today",
         TODAY.isoformat(), "--commit", "--db", str(folder / "warm.sqlite")])
    try:
        for rows in args.rows:
            print_table(rows, measure(folder, demo, rows, args.repeat))
    finally:
        shutil.rmtree(folder)
    print(f"\nload average after: {load_average()}")

if __name__ == "__main__":
    main()
