"""An import's file read in the background, started before the rest of the desk loads.

Reading a 100,000-row sheet is mostly python-calamine's own parsing, which runs without
Python's interpreter lock; loading the database layer and opening the database is mostly
Python. Started first, the read runs beside them on a second core instead of after them.
This module imports only the importer's reader, so that starting it costs little.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desk.importer.issues import Issue
from desk.importer.reader import Sheet, read_sheet


class ReadAhead:
    """``read_sheet(path)`` running in a thread from now; ``result`` waits for it and
    returns what it returned, or raises what it raised (``FileRefused`` among them)."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self._result: tuple[Sheet, list[Issue]] | None = None
        self._error: BaseException | None = None
        # a daemon: a command that stops early (a usage error) need not wait for the read
        self._thread = threading.Thread(target=self._read, name="desk-import-read",
                                        daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._result = read_sheet(self.path)
        except BaseException as error:  # handed to whoever waits for the result
            self._error = error

    def result(self) -> tuple[Sheet, list[Issue]]:
        """Once: the sheet is handed over, not kept, so that it goes when its user is done
        with it (a million cells are not left for the collector to walk)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        result, self._result = self._result, None
        assert result is not None, "the result was handed over already"
        return result
