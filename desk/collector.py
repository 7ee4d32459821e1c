"""Python's cycle collector held off during bulk work.

Reading a 100,000-row sheet or writing its memberships makes millions of small objects
that live until the work ends (cells, rows, tuples). The collector runs every 700 new
container objects and, every so often, walks everything alive — with SQLAlchemy's and the
chain's objects loaded, that was about a third of a preview's time, and it freed nothing:
bulk work makes no cycles to collect. So bulk work runs with the collector off, and the
objects alive before it are set aside from its later passes (``gc.freeze``); both are put
back however the work ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the enclosed bulk work without cyclic garbage collection; nested uses are fine
    (only the outermost one turns it back on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    if was_enabled:
        gc.freeze()
    try:
        yield
    finally:
        if was_enabled:
            gc.unfreeze()
            gc.enable()
