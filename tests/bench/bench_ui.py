"""Responsiveness of the window (run: uv run python tests/bench/bench_ui.py [--db PATH]).

On the benchmark database of bench_desk.py (100,000 clients and memberships): the time from
starting the process to the main window drawn (``desk --smoke-test``, whole process, as a
packaged build starts), and from a search to the updated results on screen (in process:
the query, the models, and Qt's repaint; the typing pause before a search is not counted).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DB = Path("bench-out/desk-bench.sqlite")
CHILD_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
             "QT_QPA_PLATFORM": "offscreen"}


def start_to_window(db: Path, runs: int) -> list[float]:
    argv = [sys.executable, "-m", "desk", "--smoke-test", "--db", str(db)]
    subprocess.run(argv, env=CHILD_ENV, capture_output=True, check=True)  # writes .pyc files
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, env=CHILD_ENV, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - started)
        assert "drew" in done.stdout, done.stdout
    return times


def search_to_results(db: Path, count: int, seed: int = 7) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desk.services.database import open_database
    from desk.ui.app import main_window_for

    database = open_database(db)
    window = main_window_for(database)
    window.resize(1280, 760)
    window.show()
    QApplication.processEvents()
    rng = random.Random(seed)
    with database.read() as uow:  # realistic prefixes: the start of real names and phones
        picks = uow.reference.find_clients(name_prefix="", limit=5000)
    times = []
    for i in range(count):
        client = rng.choice(picks)
        text = client.name[: rng.randint(2, 5)] if i % 2 else client.phone[: rng.randint(4, 8)]
        window.clients_view.search.setText(text)
        started = time.perf_counter()
        window.clients.search_now()
        window.clients_view.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    window.close()
    window.deleteLater()  # tear Qt down before Python's own shutdown
    QApplication.processEvents()
    database.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--searches", type=int, default=200)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} is missing: build it with tests/bench/bench_desk.py --rebuild")
    starts = start_to_window(args.db, args.starts)
    searches = search_to_results(args.db, args.searches)
    print("| measure | n | p50 | p99 | max | goal | result |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    for name, times, goal in (("start to window drawn", starts, 1.5),
                              ("search to results shown", searches, 0.050)):
        p50 = statistics.median(times)
        p99 = sorted(times)[max(0, round(len(times) * 0.99) - 1)]
        unit, scale = ("s", 1) if goal >= 1 else ("ms", 1000)
        verdict = "PASS" if p99 <= goal else "MISS"
        print(f"| {name} | {len(times)} | {p50 * scale:.2f} {unit} | {p99 * scale:.2f} {unit} | "
              f"{max(times) * scale:.2f} {unit} | p99 < {goal * scale:g} {unit} | {verdict} |")


if __name__ == "__main__":
    main()
