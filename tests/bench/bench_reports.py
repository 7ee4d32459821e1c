"""Benchmark of the reports: the summary, a filtered memberships report page, a one-year
liability roll-forward, on the benchmark database (100,000 memberships, ~1M entries).

    uv run python tests/bench/bench_reports.py [--db PATH] [--runs 5] [--payments 300]
                                               [--no-export]

Builds the database with ``bench_db.build_bench_db`` when it is missing. The roll-forward
and the liability chart read the per-day liability cache: the script times its first build
(when the database has none yet), the reports from it, the same roll-forward computed from
the ledger for comparison, and the cache catching up after a day's payments (it pays them,
through the desk's own service, so the database changes). The summary is also timed as of
past days (worked out from the ledger entries dated after them), and ``desk report --xlsx``
as a whole process with its peak memory (every membership in the workbook). Prints one
Markdown table: runs, p50, max, goal (500 ms each) and PASS/MISS. A script: pytest does not
collect it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from desk.core.permissions import Role
from desk.reports.liability import liability_series, roll_forward
from desk.reports.memberships_report import ReportFilters, memberships_report
from desk.reports.summary import summary
from desk.services.actor import Actor
from desk.services.memberships import pay_visit
from desk.services.reports import liability_chart_days, months_back, refresh_liability
from desk.store.uow import Database
from tests.bench.bench_desk import _payable_visits

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
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--no-export", action="store_true", help="skip desk report --xlsx")
    args = parser.parse_args(argv)
    path = Path(args.db)
    if not path.exists():
        from tests.bench.bench_db import build_bench_db

        path.parent.mkdir(parents=True, exist_ok=True)
        build_bench_db(path)
    db = Database.open(path)
    today = date.today()
    with db.read() as uow:
        latest = uow.connection().execute(
            text("select max(sold_on) from memberships")).scalar()
    today = date.fromisoformat(latest) if latest else today
    measures = {}
    started = time.perf_counter()
    counted = refresh_liability(db)
    if counted:
        measures[f"liability cache: first build ({counted:,} memberships)"] = \
            [(time.perf_counter() - started) * 1000]

    def timed(name, fn):
        def run():
            with db.read() as uow:
                return fn(uow)
        measures[name] = _time(run, args.runs)

    timed("summary", lambda s: summary(s, today))
    for days in (30, 365):
        timed(f"summary as of {days} days before (past day: from the later entries)",
              lambda s, days=days: summary(s, today - timedelta(days=days)))
    filters = ReportFilters(sold_from=today - timedelta(days=365), remaining_min=1,
                            statuses=("active", "frozen"))
    timed("memberships report: page 3 of 50, 3 filters, by valid until",
          lambda s: memberships_report(s.connection(), today, filters, sort="valid_until",
                                       offset=100, limit=50))
    year = (today - timedelta(days=365), today + timedelta(days=1))
    timed("liability roll-forward, 1 year", lambda s: roll_forward(s, *year))
    chart_days = liability_chart_days(months_back(today.replace(day=1), 12), today)
    timed(f"liability over time ({len(chart_days)} points)",
          lambda s: liability_series(s, chart_days))
    timed("liability roll-forward, 1 year, computed from the ledger (reference)",
          lambda s: roll_forward(s, *year, from_ledger=True))
    paid = _pay(db, today, args.payments)
    started = time.perf_counter()
    counted = refresh_liability(db)
    measures[f"liability cache: catching up after {paid} payments ({counted} recounted)"] = \
        [(time.perf_counter() - started) * 1000]
    db.close()
    if not args.no_export:
        measures.update(_export(path))
    print(f"| measure ({args.runs} runs, as of {today}) | p50 ms | max ms | goal ms | result |")
    print("|---|---:|---:|---:|---|")
    for name, times in measures.items():
        p50 = statistics.median(times)
        judged = not any(word in name for word in ("first build", "reference", "past", "xlsx"))
        verdict = ("PASS" if p50 < GOAL_MS else "MISS") if judged else "–"
        goal = f"{GOAL_MS:.0f}" if judged else "–"
        print(f"| {name} | {p50:.0f} | {max(times):.0f} | {goal} | {verdict} |")
    return 0


# ``desk`` that prints its peak memory (KiB) last on stderr. Read from /proc (Linux): the
# rusage of a child counts the memory of this large process it was forked from.
DESK_WITH_PEAK = """import atexit, re, sys
atexit.register(lambda: print(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1],
                              file=sys.stderr))
from desk.cli import main
sys.exit(main(sys.argv[1:]))"""


def _export(path: Path) -> dict[str, list[float]]:
    """``desk report --xlsx`` as a user runs it: a whole process, timed, its peak memory."""
    out = path.with_name("bench-report.xlsx")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", DESK_WITH_PEAK, "report", "--db", str(path),
                           "--xlsx", str(out), "--json"], check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    peak_mb = int(done.stderr.split()[-1]) / 1024
    out.unlink()
    return {f"desk report --xlsx, every membership (process; peak RSS {peak_mb:.0f} MB)":
            [elapsed]}


def _pay(db: Database, today: date, count: int) -> int:
    """A day's payments at the desk, each for another client (the cache then catches up)."""
    import random

    with db.read() as uow:
        reception = uow.users.by_name("reception")
    paid = 0
    for client_id, service_id, location_id in _payable_visits(db, today, random.Random(7),
                                                               count):
        actor = Actor(reception.id, reception.username, Role.RECEPTION, location_id)
        pay_visit(db, actor, client_id=client_id, service_id=service_id,
                  location_id=location_id, day=today)
        paid += 1
    return paid


if __name__ == "__main__":
    raise SystemExit(main())
