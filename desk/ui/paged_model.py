"""A table over a big query, a page at a time (ARCHITECTURE: lazy models for big tables).

The model holds only the rows fetched so far. The first page comes when it is (re)loaded,
the next ones when the view scrolls near the end (Qt's canFetchMore/fetchMore); every
fetch runs off the GUI thread, and clicking a header sorts in SQL by reloading. A fetch
answered after a newer reload is dropped, so a slow old query never overwrites new rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from desk.ui.i18n import tr
from desk.ui.models import Column, Index, RowsModel
from desk.ui.operations import run_operation

PAGE_ROWS = 200

# fetch(sort_key, descending, offset, limit) -> (how many rows match in all, this page's rows)
Fetch = Callable[[str, bool, int, int], tuple[int, Sequence[Any]]]


class PagedModel(RowsModel):
    sig_loaded = Signal(int)  # a reload arrived: how many rows match in all
    sig_fetched = Signal(int)  # a further page arrived: how many rows are loaded now

    def __init__(self, columns: Sequence[Column], sort_keys: Sequence[str], *,
                 sort_key: str, page_rows: int = PAGE_ROWS, parent=None) -> None:
        super().__init__(columns, parent)
        self._sort_keys = list(sort_keys)
        self.sort_key, self.descending, self.page_rows = sort_key, False, page_rows
        self._fetch: Fetch | None = None
        self.total = 0
        self._generation = 0  # bumped by each reload; older answers are dropped
        self._busy = False

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (with a new query when ``fetch`` is given)."""
        if fetch is not None:
            self._fetch = fetch
        if self._fetch is None:
            return
        self._generation += 1
        self._start(0, self._replace)

    def _start(self, offset: int, deliver: Callable[[tuple[int, Sequence]], None]) -> None:
        fetch, generation = self._fetch, self._generation
        key, descending, limit = self.sort_key, self.descending, self.page_rows
        self._busy = True

        def done(result) -> None:
            if generation == self._generation:
                self._busy = False
                deliver(result)

        def failed(error: BaseException) -> None:
            self._busy = False
            from desk.ui.errors import show_error

            show_error(None, error)

        run_operation(None, tr("Loading…"), lambda: fetch(key, descending, offset, limit),
                      on_done=done, on_error=failed, quiet=True)

    def _replace(self, result: tuple[int, Sequence]) -> None:
        total, rows = result
        self.total = total
        self.replace(rows)
        self.sig_loaded.emit(total)

    def _append(self, result: tuple[int, Sequence]) -> None:
        _, rows = result
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend(self._row_texts(row) for row in rows)
            self.endInsertRows()
        else:
            self.total = len(self._rows)  # rows were deleted meanwhile: nothing more to fetch
        self.sig_fetched.emit(len(self._rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and not self._busy and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._start(len(self._rows), self._append)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._sort_keys):
            self.sort_key = self._sort_keys[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.reload()
