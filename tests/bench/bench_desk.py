"""The foundation's performance benchmark: pay a visit, find a client, the summary report.

    uv run python tests/bench/bench_desk.py [--db PATH] [--rebuild] [--scale 0.1]

Builds the benchmark database (``bench_db.build_bench_db``: 100,000 clients, 100,000
memberships, ~1,000,000 ledger entries) unless ``--db`` names one that exists, then times,
on that file and through the real ``Database``:

- paying a visit with ``desk.services.memberships.pay_visit`` for many different random
  clients that hold a usable membership, each a full write transaction;
- finding clients by phone prefix (4-7 digits) and by name prefix (2-4 letters) with
  ``uow.reference.find_clients``, each in its own read transaction;
- the summary report ``desk.reports.summary.summary(uow, today)``.

It prints one Markdown table: n, p50, p99 and max per measure, the goal and PASS/MISS.
Payments change the file; a reused database is simply a little more used. A script, not
a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import math
import platform
import random
import statistics
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import and_, not_, or_, select

from desk.core.permissions import Role
from desk.reports.summary import summary
from desk.services.actor import Actor
from desk.services.memberships import pay_visit
from desk.store import schema as s
from desk.store.uow import Database

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = ROOT / "bench-out" / "desk-bench.sqlite"


@dataclass(frozen=True)
class Row:
    """One line of the table: timings in seconds, and the goal for the measured figure."""

    name: str
    times: list[float]
    goal: float | None = None  # seconds
    judged: str = "p99"  # which figure the goal applies to: "p99" or "total"
    note: str = ""

    @property
    def p50(self) -> float:
        return statistics.median(self.times)

    @property
    def p99(self) -> float:
        ordered = sorted(self.times)
        return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]

    @property
    def verdict(self) -> str:
        if self.goal is None:
            return ""
        figure = self.p99 if self.judged == "p99" else sum(self.times)
        return "PASS" if figure < self.goal else "MISS"


def bench_pay(db: Database, today: date, rng: random.Random, count: int) -> list[Row]:
    """Pay ``count`` visits, each for another client that has a usable membership.

    Two rows: all payments (the figure judged), and those whose commit did not also run
    SQLite's automatic WAL checkpoint, to tell that cost apart.
    """
    visits = _payable_visits(db, today, rng, count + 10)
    with db.read() as uow:
        reception = uow.users.by_name("reception")
    times, plain, refused = [], [], 0
    for i, (client_id, service_id, location_id) in enumerate(visits):
        actor = Actor(reception.id, reception.username, Role.RECEPTION, location_id)
        backfilled = _wal_backfill(db)
        started = time.perf_counter()
        try:
            pay_visit(db, actor, client_id=client_id, service_id=service_id,
                      location_id=location_id, day=today)
        except Exception as error:  # a benchmark reports, it does not stop
            refused += 1
            print(f"  payment refused: {error}", file=sys.stderr)
            continue
        took = time.perf_counter() - started
        if i >= 10:  # the first ten warm the process up (a desk app runs all day)
            times.append(took)
            if _wal_backfill(db) <= backfilled:
                plain.append(took)
    checkpoints = len(times) - len(plain)
    note = f"{refused} refused; " if refused else ""
    return [
        Row("pay a visit (pay_visit)", times, 0.015,
            note=note + "each a full write transaction (BEGIN IMMEDIATE ... COMMIT)"),
        Row("pay a visit, commits without WAL checkpoint", plain,
            note=f"{checkpoints} of {len(times)} commits also ran SQLite's automatic "
                 "checkpoint (every ~1,000 WAL pages)"),
    ]


def _wal_backfill(db: Database) -> int:
    """How many WAL frames SQLite has copied into the database file so far ("nBackfill"
    in the wal-index, at byte 96 of the -shm file; sqlite.org/walformat.html): it grows
    when a checkpoint runs."""
    try:
        with open(f"{db.path}-shm", "rb") as shm:
            shm.seek(96)
            return struct.unpack("=I", shm.read(4))[0]
    except (OSError, struct.error, TypeError):
        return 0


def _payable_visits(db: Database, today: date, rng: random.Random,
                    count: int) -> list[tuple[str, str, str]]:
    """(client, service, location) for ``count`` distinct clients whose cached state says
    one of their memberships can pay that service there today."""
    m = s.Membership
    with db.read() as uow:
        types = {t.id: t for t in uow.types.all()}
        rows = uow.connection().execute(select(m.id, m.owner_id, m.type_id, m.location_id).where(
            m.owner_id.is_not(None), m.remaining > 0, m.sold_on <= today,
            or_(m.expires_on.is_(None), m.expires_on > today),
            or_(m.frozen_from.is_(None), not_(and_(m.frozen_from <= today,
                                                    m.frozen_until > today))),
        ).order_by(m.id)).all()
        rng.shuffle(rows)
        chosen, clients = [], set()
        for membership_id, owner, type_id, location_id in rows:
            if owner in clients:
                continue
            t = types[type_id]
            balances = uow.memberships.cached_balances(membership_id)
            services = sorted(sid for sid in t.service_ids
                              if balances.get(t.balance_key(sid), 0) > 0)
            if not services:
                continue
            clients.add(owner)
            chosen.append((owner, rng.choice(services), location_id))
            if len(chosen) == count:
                break
    return chosen


def bench_find(db: Database, rng: random.Random, count: int, *, by: str) -> Row:
    """Find clients by a prefix of a random client's phone (4-7 digits) or first name."""
    with db.read() as uow:
        clients = uow.connection().execute(select(s.Client.phone, s.Client.name_key)
                                      .order_by(s.Client.id)).all()
    picks = [rng.choice(clients) for _ in range(count)]
    prefixes = [phone[:rng.randint(4, 7)] if by == "phone"
                else key.split(" ")[0][:rng.randint(2, 4)] for phone, key in picks]
    times, found = [], 0
    for prefix in prefixes:
        started = time.perf_counter()
        with db.read() as uow:
            if by == "phone":
                result = uow.reference.find_clients(phone_prefix=prefix)
            else:
                result = uow.reference.find_clients(name_prefix=prefix)
        times.append(time.perf_counter() - started)
        found += len(result)
    label = "4-7 digits" if by == "phone" else "2-4 letters"
    return Row(f"find clients by {by} prefix", times, 0.020,
               note=f"{label}, {found / max(1, count):.0f} found on average (limit 50)")


def bench_summary(db: Database, today: date, count: int) -> Row:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        with db.read() as uow:
            summary(uow, today)
        times.append(time.perf_counter() - started)
    return Row("summary report", times, 0.5, note="over all memberships")


def render(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    def ms(seconds: float) -> str:
        return f"{seconds * 1000:,.1f} ms" if seconds < 1 else f"{seconds:,.1f} s"

    lines = ["| measure | n | p50 | p99 | max | goal | result | note |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- | --- |"]
    for row in rows:
        if not row.times:
            lines.append(f"| {row.name} | 0 | | | | | | {row.note} |")
            continue
        if row.judged == "total":
            figures = f"| 1 | {ms(sum(row.times))} | | |"
            goal = f"< {ms(row.goal)}" if row.goal else ""
        else:
            figures = f"| {len(row.times)} | {ms(row.p50)} | {ms(row.p99)} | {ms(max(row.times))} |"
            goal = f"p99 < {ms(row.goal)}" if row.goal else ""
        lines.append(f"| {row.name} {figures} {goal} | {row.verdict} | {row.note} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help=f"database file, built when missing (default {DEFAULT_DB})")
    parser.add_argument("--rebuild", action="store_true", help="build the database anew")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="database size as a share of the full one (a quick try: 0.05)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the random picks")
    parser.add_argument("--pays", type=int, default=400)
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--summaries", type=int, default=20)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))  # run as a script: make ``tests.bench`` importable
    from tests.bench.bench_db import build_bench_db

    started = time.perf_counter()
    rows: list[Row] = []
    if args.rebuild or not args.db.exists():
        n = round(100_000 * args.scale)
        info = build_bench_db(args.db, clients=n, memberships=n, entries=10 * n,
                              overwrite=True, progress=lambda msg: print("  " + msg))
        print(f"built {args.db}: {info.clients:,} clients, {info.memberships:,} memberships, "
              f"{info.entries:,} entries, {info.visits:,} visits in {info.seconds:.1f} s")
        rows.append(Row("build the database", [info.seconds], judged="total",
                        note=f"{info.clients:,} clients, {info.memberships:,} memberships, "
                             f"{info.entries:,} entries"))
    else:
        print(f"reusing {args.db}")
    db = Database.open(args.db)
    today = date.today()
    rng = random.Random(args.seed)
    try:
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("paying visits", lambda: bench_pay(db, today, rng, args.pays)),
            ("finding clients by phone",
             lambda: [bench_find(db, rng, args.searches, by="phone")]),
            ("finding clients by name", lambda: [bench_find(db, rng, args.searches, by="name")]),
            ("summary report", lambda: [bench_summary(db, today, args.summaries)]),
        ]
        for label, step in steps:
            print(f"  {label} ...", flush=True)
            rows += step()
    finally:
        db.close()
    rows.append(Row("whole benchmark", [time.perf_counter() - started], 300.0, judged="total",
                    note="build included" if rows[0].name.startswith("build") else "no build"))
    print()
    print(f"{date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{_cores()} cores, {args.db}")
    print()
    print(render(rows))
    return 0 if all(r.verdict != "MISS" for r in rows) else 1


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


if __name__ == "__main__":
    sys.exit(main())
