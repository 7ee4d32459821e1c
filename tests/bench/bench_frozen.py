"""The packaged build's figures (run: uv run python tests/bench/bench_frozen.py [--db PATH]).

Builds the release with packaging/build.py when its sources changed, then prints the bundle's
and the .deb's sizes and the time from starting the frozen program to its main window drawn
(``desk --smoke-test``, the whole process, offscreen), on the demo chain or on --db.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "desk"
CHILD_ENV = {**{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))},
             "QT_QPA_PLATFORM": "offscreen"}
GOALS = {"bundle size": 150.0, ".deb size": 150.0, "start to window drawn": 2.0,
         "start to --version": 1.0}


def build() -> Path:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:  # PyInstaller's warnings are shown only when the build fails
        sys.exit(done.stdout + done.stderr)
    return next((ROOT / "dist").glob("desk_*.deb"))


def megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def timed_runs(argv: list[str], runs: int, expect: str) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds (user + system) per run of the frozen ``desk argv``; a first,
    untimed run warms the disk cache. CPU time shows the program's own cost on a busy machine."""
    command = [str(BUNDLE / "desk"), *argv]
    subprocess.run(command, env=CHILD_ENV, capture_output=True, check=True)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=CHILD_ENV, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        assert expect in done.stdout, done.stdout
    return walls, cpus


def p99(times: list[float]) -> float:
    return sorted(times)[max(0, round(len(times) * 0.99) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="database to open (default: the demo chain)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    deb = build()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "demo.sqlite"
        if not args.db:
            subprocess.run([str(BUNDLE / "desk"), "demo", "--db", str(db)], check=True,
                           env=CHILD_ENV, stdout=subprocess.DEVNULL)
        window = timed_runs(["--smoke-test", "--db", str(db)], args.runs, "drew")
        version = timed_runs(["--version"], args.runs, "desk ")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| measure | n | p50 | p99 | CPU p50 | goal | result |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    for name, value in (("bundle size", megabytes(BUNDLE)), (".deb size", megabytes(deb))):
        verdict = "PASS" if value <= GOALS[name] else "MISS"
        print(f"| {name} | 1 | {value:.1f} MB | | | ≤ {GOALS[name]:g} MB | {verdict} |")
    for name, (walls, cpus) in (("start to window drawn", window),
                                ("start to --version", version)):
        verdict = "PASS" if p99(walls) < GOALS[name] else "MISS"
        print(f"| {name} | {len(walls)} | {statistics.median(walls):.2f} s | "
              f"{p99(walls):.2f} s | {statistics.median(cpus):.2f} s | "
              f"p99 < {GOALS[name]:g} s | {verdict} |")


if __name__ == "__main__":
    main()
