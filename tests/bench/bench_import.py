"""Benchmark of the Excel import (run: uv run python tests/bench/bench_import.py [--rows N]).

Builds a valid file of N rows (default 100,000) for the demo chain, then times whole
processes, as a user would run them: python-calamine reading every cell (the floor),
openpyxl in read-only mode reading every cell, `desk import --json` (the preview) and
`desk import --json --commit`, with the peak memory of each. Prints a table.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-import-"))
    file = folder / "import.xlsx"
    started = time.perf_counter()
    write_file(file, args.rows)
    print(f"wrote {args.rows:,} rows ({file.stat().st_size / 2**20:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s")
    demo = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "desk", "demo", "--db", str(demo)], check=True,
                   stdout=subprocess.DEVNULL)
    desk = [sys.executable, "-m", "desk", "import", str(file), "--json", "--today",
            TODAY.isoformat()]
    warm = folder / "warm.xlsx"  # a first, untimed run writes Python's compiled modules
    write_file(warm, 10)
    run([*desk[:4], str(warm), *desk[5:], "--commit", "--db", str(folder / "warm.sqlite")])
    results = {}
    for name, argv in [("calamine floor", [sys.executable, "-c", FLOOR, str(file)]),
                       ("openpyxl read-only", [sys.executable, "-c", OPENPYXL, str(file)]),
                       ("preview", [*desk, "--db", str(demo)]),
                       ("commit", None)]:
        if name == "commit":
            target = folder / "commit.sqlite"
            shutil.copy(demo, target)
            argv = [*desk, "--commit", "--db", str(target)]
        results[name] = run(argv)
    floor = results["calamine floor"][0]
    print("\n| step | seconds | × floor | peak RSS (MB) | goal | result |")
    print("|---|---:|---:|---:|---|---|")
    for name, (seconds, rss, code) in results.items():
        goal = GOALS.get(name)
        verdict = "" if goal is None else (
            "PASS" if seconds <= goal * floor and rss < RSS_GOAL_MB and code == 0 else "MISS")
        goal_text = f"≤ {goal:g}× floor, < {RSS_GOAL_MB} MB" if goal else ""
        print(f"| {name} | {seconds:.2f} | {seconds / floor:.2f} | {rss:.0f} | {goal_text} | "
              f"{verdict}{'' if code == 0 else f' (exit {code})'} |")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
