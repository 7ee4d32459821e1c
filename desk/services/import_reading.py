"""An import's file read in the background, started before the rest of the desk loads.

Reading a 100,000-row sheet is mostly python-calamine's own parsing, which runs without
Python's interpreter lock; loading the database layer and opening the database is mostly
Python. So the file is guarded and surveyed first (Python work, here), then its cells are
read in a thread while the command goes on loading: the two run on two cores instead of
one after the other. The thread runs only the reader's native code: nothing in it imports
a module, which could race with the imports of the command going on (a module seen half
made).
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

from desk.importer.issues import Issue
from desk.importer.reader import OpenedSheet, Sheet, open_sheet


class ReadAhead:
    """``read_sheet(path)``, its cells read in a thread from now on; ``result`` waits for
    them and returns what ``read_sheet`` returns, or raises what it raises. A context
    manager: leaving it waits for the thread (which removes any temporary copy)."""

    def __init__(self, path: str | Path) -> None:
        self._cells: list[list] | None = None
        self._error: BaseException | None = None
        self._opened: OpenedSheet | None = None
        self._thread: threading.Thread | None = None
        try:
            self._opened = open_sheet(path)
        except Exception as error:  # a refused file: said when the result is asked for
            self._error = error
            return
        self._thread = threading.Thread(target=self._read, name="desk-import-read")
        self._thread.start()

    def _read(self) -> None:
        assert self._opened is not None
        try:
            self._cells = self._opened.cells()
        except Exception as error:  # handed to whoever waits for the result
            self._error = error

    def result(self) -> tuple[Sheet, list[Issue]]:
        """Once: the sheet is handed over, not kept, so that it goes when its user is done
        with it (a million cells are not left for the collector to walk)."""
        self._wait()
        if self._error is not None:
            raise self._error
        opened, cells = self._opened, self._cells
        self._opened = self._cells = None
        assert opened is not None and cells is not None, "the result was handed over already"
        return opened.sheet(cells)

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._wait()
