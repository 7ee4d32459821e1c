"""The import preview's table: the file's cells as Excel numbers them, bad cells red with
their messages as tooltips."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.import_preview import ImportPreview
from desk.ui.i18n import tr
from desk.ui.phrasebook import translated


class Issue(Protocol):
    """An import's issue as the preview hands it over (the window knows no importer)."""

    row: int | None
    column: str | None
    code: str
    message: str


Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QBrush(QColor("#f4b6b6"))
WARNING_BACKGROUND = QBrush(QColor("#fbe7a6"))
MARKED_TEXT = QBrush(QColor("#1a1a1a"))  # readable on the marks in light and dark themes


class ImportCellsModel(QAbstractTableModel):
    """Read-only cells of a previewed file; ``show`` swaps in another preview."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list = []
        self._errors: dict[tuple[int, int | None], list[Issue]] = {}
        self._warnings: dict[tuple[int, int | None], list[Issue]] = {}

    def show(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._columns = list(preview.columns) if preview else []
        self._rows = list(preview.rows) if preview else []
        self._errors = self._by_cell(preview.result.errors) if preview else {}
        self._warnings = self._by_cell(preview.result.warnings) if preview else {}
        self.endResetModel()

    def _by_cell(self, issues: Sequence[Issue]) -> dict[tuple[int, int | None], list[Issue]]:
        found: dict[tuple[int, int | None], list[Issue]] = defaultdict(list)
        for issue in issues:
            if issue.row is not None:
                column = self.column_of(issue.column)
                found[(issue.row, column)].append(issue)
        return dict(found)

    def column_of(self, header: str | None) -> int | None:
        """The model column showing a header as written in the file (None: the whole row)."""
        return self._columns.index(header) if header in self._columns else None

    def row_of(self, excel_row: int | None) -> int | None:
        for row, line in enumerate(self._rows):
            if line.excel_row == excel_row:
                return row
        return None

    def index_of(self, excel_row: int | None, header: str | None) -> QModelIndex:
        """Where an issue points: its cell, or the row's first cell; invalid if not shown."""
        row = self.row_of(excel_row)
        if row is None:
            return QModelIndex()
        return self.index(row, self.column_of(header) or 0)

    def messages(self, index: Index) -> tuple[list[Issue], list[Issue]]:
        """The errors and warnings of a cell, the whole row's included."""
        if not index.isValid():
            return [], []
        key = self._rows[index.row()].excel_row
        return ([*self._errors.get((key, index.column()), []), *self._errors.get((key, None), [])],
                [*self._warnings.get((key, index.column()), []),
                 *self._warnings.get((key, None), [])])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()].cells[index.column()]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole):
            errors, warnings = self.messages(index)
            if role == Qt.ItemDataRole.ToolTipRole:  # worded when shown: an import may
                return "\n".join(  # hold 100,000 issues, a person hovers over a few
                    [_said(e) for e in errors]
                    + [tr("Warning: {message}").format(message=_said(w)) for w in warnings]
                ) or None
            if not (errors or warnings):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return MARKED_TEXT
            return ERROR_BACKGROUND if errors else WARNING_BACKGROUND
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(self._rows[section].excel_row)  # the row number Excel shows
        return None


def _said(issue: Issue) -> str:
    """An issue as a cell's tooltip says it: its message, then its code."""
    return f"{translated(issue.message)} [{issue.code}]"
