"""What support needs when something unexpected happens: the details, in a log file."""

from __future__ import annotations

import traceback
from datetime import datetime

from desk.paths import log_dir


def write_crash_log() -> str:
    """Append the exception being handled to the user's log folder; returns the file's path."""
    path = log_dir() / "desk-errors.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        log.write(traceback.format_exc())
    return str(path)
