"""A benchmark's working copy of the benchmark database, beside it and removed afterwards
(with its -wal and -shm files), so a run never changes the database it measures."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_copy(db: Path, purpose: str) -> Iterator[Path]:
    if not db.exists():
        sys.exit(f"{db} is missing: build it with tests/bench/bench_desk.py --rebuild")
    copy = db.with_name(f"{db.stem}-{purpose}.sqlite")
    shutil.copyfile(db, copy)
    try:
        yield copy
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
