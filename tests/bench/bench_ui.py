"""Responsiveness of the window (run: uv run python tests/bench/bench_ui.py [--db PATH]).

On the benchmark database of bench_desk.py (100,000 clients and memberships): the time from
starting the process to the main window drawn (``desk --smoke-test``, whole process, as a
packaged build starts), and from a search to the updated results on screen (in process:
the query, the models, and Qt's repaint; the typing pause before a search is not counted):
by the start of a name or a phone, by the start of a later word of the name typed without
its accents and in any case ("diaz" for "Carla Díaz"), and by a part of a membership code.
And from a scanned card's Enter to its Pay dialog drawn (the code typed into the search box,
then Enter: the code's search, the client's card, today's booked service, the dialog).
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


def _window(db: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desk.services.database import open_database
    from desk.ui.app import main_window_for

    database = open_database(db)
    window = main_window_for(database)
    window.resize(1280, 760)
    window.show()
    QApplication.processEvents()
    return database, window


def _close(database, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.close()
    window.deleteLater()  # tear Qt down before Python's own shutdown
    QApplication.processEvents()
    database.close()


def _time_searches(window, texts: list[str]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    for text in texts:
        window.clients_view.search.setText(text)
        started = time.perf_counter()
        window.clients.search_now()
        window.clients_view.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    return times


def search_texts(db: Path, count: int, seed: int = 7) -> dict[str, list[str]]:
    """What receptionists type, from the database's own names, phones and codes: the start
    of a name or phone; the start of a later word, accents dropped, in any case; a part of a
    code (its start, or its number part)."""
    from desk.core.names import search_key
    from desk.store.uow import Database

    rng = random.Random(seed)
    database = Database.open(db)
    with database.read() as uow:  # realistic prefixes: the start of real names and phones
        picks = uow.reference.find_clients(name_prefix="", limit=5000)
        codes = [c for (c,) in uow.connection().exec_driver_sql(
            "SELECT code FROM memberships WHERE code IS NOT NULL ORDER BY code")]
    database.close()
    later = [c for c in picks if " " in c.name.strip()]
    accented = [c for c in later if search_key(c.name) != c.name.casefold()]

    def word(name: str) -> str:
        typed = search_key(rng.choice(search_key(name).split(" ")[1:]))[: rng.randint(3, 6)]
        return typed.upper() if rng.random() < 0.3 else typed

    def code_part(code: str) -> str:
        parts = [p for p in code.replace("/", "-").split("-") if len(p) >= 3]
        return (rng.choice(parts)[: rng.randint(3, 6)] if parts and rng.random() < 0.5
                else code[: rng.randint(3, len(code) - 1)])

    return {
        "prefix": [c.name[: rng.randint(2, 5)] if i % 2 else c.phone[: rng.randint(4, 8)]
                   for i, c in ((i, rng.choice(picks)) for i in range(count))],
        "later word": [word(rng.choice(accented if i % 2 and accented else later).name)
                       for i in range(count)],
        "code part": [code_part(rng.choice(codes)) for _ in range(count)],
    }


def searches_to_results(db: Path, texts: dict[str, list[str]]) -> dict[str, list[float]]:
    database, window = _window(db)
    times = {kind: _time_searches(window, typed) for kind, typed in texts.items()}
    _close(database, window)
    return times


def scan_to_pay_dialog(db: Path, count: int, seed: int = 7) -> list[float]:
    """A card's code typed into the search box (as a scanner does), then Enter: the time
    from Enter to the Pay dialog drawn; each dialog is closed before the next scan."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk.ui.pay_dialog import PayDialog

    database, window = _window(db)
    with database.read() as uow:
        codes = [c for (c,) in uow.connection().exec_driver_sql(
            "SELECT code FROM memberships WHERE code IS NOT NULL AND owner_id IS NOT NULL "
            "ORDER BY code")]
    rng = random.Random(seed)
    search, times = window.clients_view.search, []
    for code in rng.sample(codes, count):
        search.setText(code)
        started = time.perf_counter()
        QTest.keyClick(search, Qt.Key.Key_Return)
        dialog = window.clients.dialog
        assert isinstance(dialog, PayDialog), code
        dialog.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
        dialog.reject()
        QApplication.processEvents()
    _close(database, window)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--scans", type=int, default=200)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} is missing: build it with tests/bench/bench_desk.py --rebuild")
    starts = start_to_window(args.db, args.starts)
    searches = searches_to_results(args.db, search_texts(args.db, args.searches))
    scans = scan_to_pay_dialog(args.db, args.scans)
    print("| measure | n | p50 | p99 | max | goal | result |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    for name, times, goal in (
            ("start to window drawn", starts, 1.5),
            ("search to results shown", searches["prefix"], 0.050),
            ("search by a later word, no accents, any case", searches["later word"], 0.050),
            ("search by a part of a code", searches["code part"], 0.050),
            ("scanned code + Enter to Pay dialog drawn", scans, 0.150)):
        p50 = statistics.median(times)
        p99 = sorted(times)[max(0, round(len(times) * 0.99) - 1)]
        unit, scale = ("s", 1) if goal >= 1 else ("ms", 1000)
        verdict = "PASS" if p99 <= goal else "MISS"
        print(f"| {name} | {len(times)} | {p50 * scale:.2f} {unit} | {p99 * scale:.2f} {unit} | "
              f"{max(times) * scale:.2f} {unit} | p99 < {goal * scale:g} {unit} | {verdict} |")


if __name__ == "__main__":
    main()
