"""Benchmark of the reports: the summary, a filtered memberships report page, a one-year
liability roll-forward, on the benchmark database (100,000 memberships, ~1M entries).

    uv run python tests/bench/bench_reports.py [--db PATH] [--runs 5]

Builds the database with ``bench_db.build_bench_db`` when it is missing. Prints one Markdown
table: runs, p50, max, goal (500 ms each) and PASS/MISS. A script: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from desk.reports.liability import roll_forward
from desk.reports.memberships_report import ReportFilters, memberships_report
from desk.reports.summary import summary
from desk.store.uow import Database

GOAL_MS = 500.0


def _time(run, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench-out/desk-bench.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    path = Path(args.db)
    if not path.exists():
        from tests.bench.bench_db import build_bench_db

        path.parent.mkdir(parents=True, exist_ok=True)
        build_bench_db(path)
    db = Database.open(path)
    today = date.today()
    with db.read() as uow:
        latest = uow.session.execute(
            text("select max(sold_on) from memberships")).scalar()
    today = date.fromisoformat(latest) if latest else today
    measures = {}

    def timed(name, fn):
        def run():
            with db.read() as uow:
                return fn(uow.session)
        measures[name] = _time(run, args.runs)

    timed("summary", lambda s: summary(s, today))
    filters = ReportFilters(sold_from=today - timedelta(days=365), remaining_min=1,
                            statuses=("active", "frozen"))
    timed("memberships report: page 3 of 50, 3 filters, by valid until",
          lambda s: memberships_report(s, today, filters, sort="valid_until", offset=100,
                                       limit=50))
    timed("liability roll-forward, 1 year",
          lambda s: roll_forward(s, today - timedelta(days=365), today + timedelta(days=1)))
    db.close()
    print(f"| measure ({args.runs} runs, as of {today}) | p50 ms | max ms | goal ms | result |")
    print("|---|---:|---:|---:|---|")
    for name, times in measures.items():
        p50 = statistics.median(times)
        print(f"| {name} | {p50:.0f} | {max(times):.0f} | {GOAL_MS:.0f} | "
              f"{'PASS' if p50 < GOAL_MS else 'MISS'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
