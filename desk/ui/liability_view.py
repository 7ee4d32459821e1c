"""The liability roll-forward page: a period, the table per place and type, an export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.core.money import format_money
from desk.ui.memberships_report_view import date_field
from desk.ui.models import Column, Index, RowsModel
from desk.ui.tables import make_table


def _money(name: str):
    return lambda r: format_money(getattr(r, name))


ROLL_FORWARD_COLUMNS = [
    Column("Location", lambda r: r.location), Column("Type", lambda r: r.type),
    *(Column(title, _money(name), align_right=True) for title, name in (
        ("Opening", "opening"), ("+ Sold", "sold"), ("+ Imported", "imported"),
        ("− Redeemed", "redeemed"), ("− Expired (breakage)", "expired"),
        ("− Refunded", "refunded"), ("− Voided", "voided"), ("± Edits", "edits"),
        ("= Closing", "closing"))),
]


class RollForwardModel(RowsModel):
    """The roll-forward's rows, the total row (no location) in bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and row.location_id is None:
                bold = QFont()
                bold.setBold(True)
                return bold
        return super().data(index, role)


class LiabilityView(QWidget):
    """From / to (inclusive) and Show; the roll-forward table with its total row last."""

    sig_show = Signal()
    sig_export = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = date_field(), date_field()
        for field in (self.start, self.end):
            field.returnPressed.connect(self.sig_show)
        self.show_button = QPushButton("&Show")
        self.export_button = QPushButton("E&xport to Excel…")
        self.show_button.clicked.connect(self.sig_show)
        self.export_button.clicked.connect(self.sig_export)
        self.explanation = QLabel(
            "What the chain still owes on its memberships, each visit at what it cost when "
            "paid: opening + sold (sales and renewals) + imported − redeemed − expired "
            "(visits left when a period ends) − refunded − voided (sales cancelled) ± edits "
            "= closing.")
        self.explanation.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = RollForwardModel(ROLL_FORWARD_COLUMNS, self)
        self.table = make_table(self.model, "Liability roll-forward")
        # the type takes the spare width, so the figures stay together on the right
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(self._period())
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def _period(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for caption, field in (("&From", self.start), ("&Until (inclusive)", self.end)):
            label = QLabel(caption)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def show_message(self, text: str) -> None:
        self.message.setText(text)
