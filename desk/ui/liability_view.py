"""The liability roll-forward page: a period, the table per place and type, an export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.ui.formats import money
from desk.ui.i18n import tr
from desk.ui.memberships_report_view import date_field
from desk.ui.models import Column, Index, RowsModel
from desk.ui.tables import make_table

FIGURES = (("opening", QT_TR_NOOP("Opening")), ("sold", QT_TR_NOOP("+ Sold")),
           ("imported", QT_TR_NOOP("+ Imported")), ("redeemed", QT_TR_NOOP("− Redeemed")),
           ("expired", QT_TR_NOOP("− Expired (breakage)")), ("refunded", QT_TR_NOOP("− Refunded")),
           ("voided", QT_TR_NOOP("− Voided")), ("edits", QT_TR_NOOP("± Edits")),
           ("closing", QT_TR_NOOP("= Closing")))


def roll_forward_columns(currency: Callable[[], str]) -> list[Column]:
    """The roll-forward's columns, its figures in the chain's currency (asked when shown)."""
    def amount(name: str):
        return lambda r: money(getattr(r, name), currency())

    return [Column(QT_TR_NOOP("Location"),
                   lambda r: tr("All locations") if r.location_id is None else r.location),
            Column(QT_TR_NOOP("Type"),
                   lambda r: tr("All types") if r.location_id is None else r.type),
            *(Column(title, amount(name), align_right=True) for name, title in FIGURES)]


ROLL_FORWARD_COLUMNS = roll_forward_columns(lambda: "USD")


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
        self.currency = "USD"  # the chain's: the controller says
        self.show_button = QPushButton(tr("&Show"))
        self.export_button = QPushButton(tr("E&xport to Excel…"))
        self.show_button.clicked.connect(self.sig_show)
        self.export_button.clicked.connect(self.sig_export)
        self.explanation = QLabel(tr(
            "What the chain still owes on its memberships, each visit at what it cost when "
            "paid: opening + sold (sales and renewals) + imported − redeemed − expired "
            "(visits left when a period ends) − refunded − voided (sales cancelled) ± edits "
            "= closing."))
        self.explanation.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = RollForwardModel(roll_forward_columns(lambda: self.currency), self)
        self.table = make_table(self.model, tr("Liability roll-forward"))
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
        for caption, field in ((tr("&From"), self.start),
                               (tr("&Until (inclusive)"), self.end)):
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
