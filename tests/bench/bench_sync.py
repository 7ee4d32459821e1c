"""Chain sync benchmark: a push of 10,000 new ledger entries, a pull of 100,000, a quiet round.

Run against a real PostgreSQL (the tests' server by default)::

    uv run python tests/bench/bench_sync.py [--url postgresql+psycopg://…] [--push N]
                                            [--pull N] [--runs R]

Desks are built once with ``tests.bench.bench_db.build_bench_db`` (the demo chain plus
clients, memberships and their ledgers) and copied for each run; each figure is one whole
sync round (``desk.sync.rounds.run_round``) into a fresh schema, dropped afterwards: the push
of a desk whose entries the server has never seen, and the pull of everything a pushing desk
sent, by a new desk; and the quiet round that follows on that desk (nothing to send, nothing
new: the round of every minute), with the local transactions it took. Goals: push of 10k
< 2 s, pull of 100k < 10 s, a quiet round < 0.5 s in at most 2 local transactions, 1 of them a
write. The load average is printed with the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desk.store.uow import Database
from desk.sync.rounds import run_round
from desk.sync.server import init_server
from tests.bench.bench_db import build_bench_db

DEFAULT_URL = os.environ.get("DESK_TEST_PG_URL",
                             "postgresql+psycopg://postgres@127.0.0.1:5432/test")
GOALS = {"push": 2.0, "pull": 10.0, "quiet": 0.5}
QUIET_TRANSACTIONS = (2, 1)  # local transactions of a quiet round, and writes among them


def build(folder: Path, entries: int, name: str) -> Path:
    """A desk with about ``entries`` ledger entries, none of them pushed yet."""
    memberships = max(100, entries // 9)
    path = folder / f"{name}-template.sqlite"
    build_bench_db(path, clients=max(50, memberships // 4), memberships=memberships,
                   entries=entries)
    return path


def fresh_copy(template: Path, path: Path) -> Database:
    shutil.copy(template, path)
    return Database.open(path)


def timed_round(db: Database, url: str, begun: list[str] | None = None) -> tuple[float, object]:
    """One round's seconds and result; ``begun`` is told how each local transaction began
    (IMMEDIATE: a write)."""
    def on_begin(conn) -> None:
        begun.append(conn.get_execution_options().get("sqlite_begin", "IMMEDIATE"))

    if begun is not None:
        event.listen(db.engine, "begin", on_begin)
    started = time.perf_counter()
    try:
        result = run_round(db, url)
    finally:
        elapsed = time.perf_counter() - started
        db.close()
    return elapsed, result


def one_run(url: str, folder: Path, template: Path, name: str,
            begun: list[str] | None = None) -> tuple[float, int]:
    """Seconds and ledger entries moved by one push round (``name="push"``), by the pull
    round of a new desk after the template's desk pushed everything (``name="pull"``), or
    by the quiet round of that desk after its pull (``name="quiet"``, its local
    transactions told to ``begun``)."""
    seconds, result = timed_round(fresh_copy(template, folder / f"{name}-a.sqlite"), url)
    if name == "push":
        return seconds, result.pushed_entries
    (folder / f"{name}-b.sqlite").unlink(missing_ok=True)
    seconds, result = timed_round(Database.open(folder / f"{name}-b.sqlite"), url)
    if name == "pull":
        return seconds, result.pulled_entries
    seconds, result = timed_round(Database.open(folder / f"{name}-b.sqlite"), url, begun)
    return seconds, result.pulled_entries + result.pushed_entries


def in_schema(admin_url: str, run):
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, poolclass=NullPool)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"})
    url = url.render_as_string(hide_password=False)
    try:
        init_server(url, role=f"desk_{schema}")
        return run(url)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
            conn.exec_driver_sql(f"DROP OWNED BY desk_{schema}")
            conn.exec_driver_sql(f"DROP ROLE desk_{schema}")
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument("--pull", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rows, loads, begun = [], [os.getloadavg()[0]], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        templates = {"push": build(folder, args.push, "push"),
                     "pull": build(folder, args.pull, "pull")}
        for name in GOALS:
            template = templates.get(name, templates["pull"])  # quiet: after that pull
            begun.clear()
            runs = [in_schema(args.url, lambda url, n=name, t=template: one_run(url, folder, t, n,
                                                                              begun))
                    for _ in range(args.runs)]
            loads.append(os.getloadavg()[0])
            seconds = [s for s, _ in runs]
            rows.append((name, runs[0][1], statistics.median(seconds), max(seconds),
                         GOALS[name]))
    print(f"{'round':<6} {'ledger entries':>15} {'runs':>5} {'p50 s':>7} {'max s':>7} "
          f"{'goal s':>7}  result")
    for name, moved, p50, worst, goal in rows:
        print(f"{name:<6} {moved:>15,} {args.runs:>5} {p50:>7.2f} {worst:>7.2f} {goal:>7.1f}  "
              f"{'PASS' if worst < goal else 'MISS'}")
    per_round = len(begun) // args.runs, begun.count("IMMEDIATE") // args.runs
    print(f"a quiet round's local transactions: {per_round[0]}, {per_round[1]} of them writes "
          f"(goal: at most {QUIET_TRANSACTIONS[0]}, {QUIET_TRANSACTIONS[1]} of them a write)")
    print(f"load average (1 min) on {os.cpu_count()} cores: "
          + " → ".join(f"{load:.1f}" for load in loads))
    quiet_enough = all(a <= b for a, b in zip(per_round, QUIET_TRANSACTIONS, strict=True))
    return 0 if quiet_enough and all(worst < goal for *_, worst, goal in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
