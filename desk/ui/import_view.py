"""The import view (SPEC §7): choose a file, see every row with its bad cells marked and
every issue listed, then commit it all — or save the errors marked in a copy."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.ui.i18n import tr
from desk.ui.import_models import ImportCellsModel
from desk.ui.models import Column, RowsModel
from desk.ui.phrasebook import translated
from desk.ui.tables import make_table


@dataclass(frozen=True)
class IssueLine:
    kind: str  # ERROR or WARNING (English: the counts sort by it; shown translated)
    row: int | None
    column: str | None
    code: str
    message: str


@dataclass(frozen=True)
class CodeCount:
    kind: str
    code: str
    count: int


ERROR, WARNING = QT_TR_NOOP("Error"), QT_TR_NOOP("Warning")
# the counts' last column: what kind of issue the code is
KIND_WORDS = {ERROR: QT_TR_NOOP("error"), WARNING: QT_TR_NOOP("warning")}
ISSUE_COLUMNS = [Column("", lambda i: tr(i.kind)),
                 Column(QT_TR_NOOP("Row"), lambda i: i.row or "", align_right=True),
                 Column(QT_TR_NOOP("Column"), lambda i: i.column or ""),
                 Column(QT_TR_NOOP("Code"), lambda i: i.code),
                 Column(QT_TR_NOOP("Message"), lambda i: translated(i.message))]
COUNT_COLUMNS = [Column(QT_TR_NOOP("Code"), lambda c: c.code),
                 Column(QT_TR_NOOP("Count"), lambda c: c.count, align_right=True),
                 Column("", lambda c: tr(KIND_WORDS.get(c.kind, c.kind.lower())))]
HINT = QT_TR_NOOP("Choose an Excel file (.xlsx) to check it; nothing is written until you commit.")


class ImportView(QWidget):
    sig_choose_file = Signal()
    sig_download_template = Signal()
    sig_save_errors = Signal()
    sig_commit = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choose_button = QPushButton(tr("Choose file…"))
        self.template_button = QPushButton(tr("Download template…"))
        self.file_label = QLabel(tr("No file chosen."))
        self.summary = QLabel(tr(HINT))
        self.summary.setProperty("role", "hint")
        self.summary.setWordWrap(True)
        self.cells_model = ImportCellsModel(self)
        self.issues_model = RowsModel(ISSUE_COLUMNS, self)
        self.counts_model = RowsModel(COUNT_COLUMNS, self)
        self.cells = make_table(self.cells_model, tr("Rows of the file"))
        self.cells.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.cells.verticalHeader().show()
        self.issues = make_table(self.issues_model, tr("Errors and warnings"))
        self.counts = make_table(self.counts_model, tr("Errors by code"))
        self.save_errors_button = QPushButton(tr("Save error workbook…"))
        self.commit_button = QPushButton(tr("Commit"))
        self.commit_button.setDefault(True)
        self.save_errors_button.setEnabled(False)
        self.commit_button.setEnabled(False)
        self._lay_out()
        self.choose_button.clicked.connect(self.sig_choose_file)
        self.template_button.clicked.connect(self.sig_download_template)
        self.save_errors_button.clicked.connect(self.sig_save_errors)
        self.commit_button.clicked.connect(self.sig_commit)
        self.issues.clicked.connect(lambda index: self.jump_to_issue(index.row()))
        self.issues.activated.connect(lambda index: self.jump_to_issue(index.row()))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.choose_button, self.file_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.template_button)
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.issues)
        lists.addWidget(self.counts)
        lists.setStretchFactor(0, 3)
        lists.setSizes([900, 340])  # the counts' three short columns fit whole
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.cells)
        split.addWidget(lists)
        split.setStretchFactor(0, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_errors_button)
        bottom.addWidget(self.commit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def jump_to_issue(self, row: int) -> None:
        """Select and show the cell (or row) an issue of the list points at."""
        issue = self.issues_model.row_at(row)
        if issue is None:
            return
        index = self.cells_model.index_of(issue.row, issue.column)
        if not index.isValid():
            return
        selection = self.cells.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if self.cells_model.column_of(issue.column) is None:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        self.cells.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
