"""A location's closure at scale (run: uv run python tests/bench/bench_closure.py [--db PATH]).

On a copy of the benchmark database of bench_desk.py (100,000 clients and memberships), the
busiest location is closed for ten days from tomorrow: the preview (every membership it would
freeze, with its new expiry), the commit (one transaction) and the cancel on its third day
(crediting three days), each timed as one whole service call. The copy is made beside the
database and removed.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = Path("bench-out/desk-bench.sqlite")
GOALS_S = {"preview": 10.0, "commit": 20.0, "cancel": 20.0}  # a manager waits for these once


def closure_timed(path: Path) -> list[tuple[str, int, float]]:
    from desk.services.auth import cli_actor
    from desk.services.closures import cancel_closure, close_location
    from desk.services.database import open_database

    db = open_database(path)
    actor = cli_actor(db, "admin")
    with db.read() as uow:
        location = uow.reference.location_by_name("Downtown")
    first = date.today() + timedelta(days=1)
    steps = []
    started = time.perf_counter()
    plan = close_location(db, actor, location.id, first_day=first,
                          last_day=first + timedelta(days=9), today=date.today())
    steps.append(("preview", len(plan.frozen), time.perf_counter() - started))
    started = time.perf_counter()
    done = close_location(db, actor, location.id, first_day=first,
                          last_day=first + timedelta(days=9), commit=True, today=date.today())
    steps.append(("commit", len(done.frozen), time.perf_counter() - started))
    started = time.perf_counter()
    count = cancel_closure(db, actor, done.closure_id, day=first + timedelta(days=3))
    steps.append(("cancel", count, time.perf_counter() - started))
    db.close()
    return steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # run as a script: make ``tests.bench`` importable
    from tests.bench.copies import working_copy

    with working_copy(args.db, "closure") as copy:
        steps = closure_timed(copy)
    print("| step (Downtown closed 10 days) | memberships | wall | goal | result |")
    print("| --- | ---: | ---: | --- | --- |")
    for name, count, seconds in steps:
        goal = GOALS_S[name]
        print(f"| {name} | {count:,} | {seconds:.2f} s | < {goal:g} s | "
              f"{'PASS' if seconds < goal else 'MISS'} |")


if __name__ == "__main__":
    main()
