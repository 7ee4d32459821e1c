"""The Today tab on a busy day (run: uv run python tests/bench/bench_today.py [--db PATH]).

On a copy of the benchmark database of bench_desk.py (100,000 clients and memberships), one
location's day gets 300 paid visits and 100 bookings, through the services as at the desk;
then the time from a change announced to the Today tab drawn again (the day's four reads,
the models with all their rows new, and Qt's repaint) is measured, and the reads alone.
The copy is made beside the database and removed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = Path("bench-out/desk-bench.sqlite")
GOAL_S = 0.200


def busy_day(db, day: date, visits: int, bookings: int) -> str:
    """Pay ``visits`` visits and make ``bookings`` bookings at the demo's Downtown on ``day``
    with memberships that can pay there; the location's id."""
    from desk.services.auth import cli_actor
    from desk.services.bookings import book
    from desk.services.memberships import pay_visit, payment_options

    actor = cli_actor(db, "admin")
    with db.read() as uow:
        location = uow.reference.location_by_name("Downtown")
        services = uow.reference.services()
        clients = uow.reference.find_clients(name_prefix="", limit=4000)
    paid = booked = 0
    for client in clients:
        for service in services:
            usable, _ = payment_options(db, client_id=client.id, service_id=service.id,
                                        location_id=location.id, day=day)
            if not usable:
                continue
            if paid < visits:
                pay_visit(db, actor, client_id=client.id, service_id=service.id,
                          location_id=location.id, day=day, membership_ref=usable[0].id)
                paid += 1
            elif booked < bookings:
                at = datetime.combine(day, clock(8), tzinfo=UTC) + timedelta(minutes=5 * booked)
                book(db, actor, client_id=client.id, service_ids=[service.id],
                     location_id=location.id, starts_at=at, today=day)
                booked += 1
            break
        if paid >= visits and booked >= bookings:
            return location.id
    sys.exit(f"only {paid} visits and {booked} bookings found room at Downtown")


def today_drawn(db_path: Path, runs: int, visits: int,
                bookings: int) -> tuple[list[float], tuple, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desk.services.auth import cli_actor
    from desk.services.database import open_database
    from desk.ui.app import main_window_for
    from desk.ui.operations import Changed, events

    database = open_database(db_path)
    day = date.today() + timedelta(days=1)  # a day of its own: exactly the visits paid here
    location_id = busy_day(database, day, visits, bookings)
    window = main_window_for(database, cli_actor(database, "reception"))
    window.today.today_is = lambda: day
    window.resize(1280, 760)
    window.show()
    view = window.today_view
    view.location.setCurrentIndex(view.location.findData(location_id))
    window.today.refresh()
    QApplication.processEvents()
    shown = (window.today_view.visits_model.rowCount(),
             window.today_view.bookings_model.rowCount())
    from desk.services.today import today

    reads = []
    for _ in range(runs):
        started = time.perf_counter()
        today(database, window.actor, location_id, day)
        reads.append(time.perf_counter() - started)
    models = (view.bookings_model, view.visits_model, view.sales_model, view.entries_model)
    times = []
    for _ in range(runs):
        for model in models:  # every table is drawn anew: the day's first look, worst case
            model.replace([])
        QApplication.processEvents()
        started = time.perf_counter()
        events.sig_changed.emit(Changed.MEMBERSHIPS)  # as after a payment anywhere
        view.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    database.close()
    return times, shown, reads


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--visits", type=int, default=300)
    parser.add_argument("--bookings", type=int, default=100)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # run as a script: make ``tests.bench`` importable
    from tests.bench.copies import working_copy

    with working_copy(args.db, "today") as copy:
        times, (visits, bookings), reads = today_drawn(copy, args.runs, args.visits,
                                                       args.bookings)
    print("| measure | n | p50 | p99 | max | goal | result |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    for name, measured, goal in (
            (f"the day's reads ({visits} visits, {bookings} bookings)", reads, None),
            (f"Today drawn again ({visits} visits, {bookings} bookings)", times, GOAL_S)):
        p50 = statistics.median(measured)
        p99 = sorted(measured)[max(0, round(len(measured) * 0.99) - 1)]
        verdict = "" if goal is None else ("PASS" if p99 <= goal else "MISS")
        wanted = "" if goal is None else f"p99 < {goal * 1000:g} ms"
        print(f"| {name} | {len(measured)} | {p50 * 1000:.1f} ms | {p99 * 1000:.1f} ms | "
              f"{max(measured) * 1000:.1f} ms | {wanted} | {verdict} |")


if __name__ == "__main__":
    main()
