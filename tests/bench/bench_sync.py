"""Chain sync benchmark: a round pushing 10,000 new ledger entries, a pull of 100,000.

Run against a real PostgreSQL (the tests' server by default)::

    uv run python -m tests.bench.bench_sync [--url postgresql+psycopg://…] [--push N] [--pull N]

Desks are built with ``tests.bench.bench_db.build_bench_db`` (the demo chain plus clients,
memberships and their ledgers); each figure is one sync round (``desk.sync.rounds``) into
a fresh schema, dropped afterwards. Goals: push of 10k < 2 s, pull of 100k < 10 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desk.store.uow import Database
from desk.sync.rounds import run_round
from desk.sync.server import init_server
from tests.bench.bench_db import build_bench_db

DEFAULT_URL = os.environ.get("DESK_TEST_PG_URL",
                             "postgresql+psycopg://postgres@127.0.0.1:5432/test")
GOALS = {"push": 2.0, "pull": 10.0}


def ledger_count(db: Database) -> int:
    with db.read() as uow:
        return uow.session.connection().exec_driver_sql(
            "SELECT count(*) FROM ledger_entries").scalar()


def timed_round(db: Database, url: str) -> tuple[float, object]:
    started = time.perf_counter()
    result = run_round(db, url)
    return time.perf_counter() - started, result


def bench(url: str, folder: Path, entries: int, name: str) -> tuple[float, object]:
    """Build a desk with about ``entries`` entries; time its push (``name="push"``) or the
    pull of all of it by a new desk (``name="pull"``)."""
    memberships = max(100, entries // 9)
    build_bench_db(folder / f"{name}-a.sqlite", clients=max(50, memberships // 4),
                   memberships=memberships, entries=entries)
    a = Database.open(folder / f"{name}-a.sqlite")
    try:
        pushed = timed_round(a, url)
    finally:
        a.close()
    if name == "push":
        return pushed
    b = Database.open(folder / f"{name}-b.sqlite")
    try:
        return timed_round(b, url)
    finally:
        b.close()


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
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, entries in (("push", args.push), ("pull", args.pull)):
            seconds, result = in_schema(args.url, lambda url, n=name, e=entries:
                                        bench(url, Path(tmp), e, n))
            moved = result.pushed_entries if name == "push" else result.pulled_entries
            rows.append((name, moved, seconds, GOALS[name]))
    print(f"{'round':<6} {'ledger entries':>15} {'seconds':>8} {'goal':>6}  ok")
    for name, moved, seconds, goal in rows:
        print(f"{name:<6} {moved:>15,} {seconds:>8.2f} {goal:>6.1f}  "
              f"{'yes' if seconds < goal else 'NO'}")
    return 0 if all(seconds < goal for _, _, seconds, goal in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
