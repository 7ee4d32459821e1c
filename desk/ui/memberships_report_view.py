"""The memberships report page (SPEC §4): Altegio's filters over a lazily loaded table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.reports import MEMBERSHIPS_REPORT_COLUMNS
from desk.ui.formats import day, money
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox
from desk.ui.models import Column, status_name
from desk.ui.paged_model import PagedModel
from desk.ui.tables import make_table

STATUSES = (("", QT_TR_NOOP("Any status")), ("active", QT_TR_NOOP("Active")),
            ("issued", QT_TR_NOOP("Issued, not activated")), ("frozen", QT_TR_NOOP("Frozen")),
            ("expired", QT_TR_NOOP("Expired")), ("used_up", QT_TR_NOOP("Used up")),
            ("cancelled", QT_TR_NOOP("Cancelled")), ("refunded", QT_TR_NOOP("Refunded")))
# the report's headings (desk/reports/report_columns.py keeps them, English, for the export)
TITLES = (QT_TR_NOOP("Number"), QT_TR_NOOP("Type"), QT_TR_NOOP("Balance"),
          QT_TR_NOOP("Status"), QT_TR_NOOP("Valid until"), QT_TR_NOOP("Client"),
          QT_TR_NOOP("Phone"), QT_TR_NOOP("Date of sale"), QT_TR_NOOP("Place of sale"),
          QT_TR_NOOP("Cost"), QT_TR_NOOP("Payments"), QT_TR_NOOP("Amount debited"))


def _valid_until(r) -> str:
    if r.valid_until:
        return day(r.valid_until)
    return tr("not activated") if r.status == "issued" else tr("unlimited")


def report_columns(currency: Callable[[], str]) -> list[tuple[Column, str]]:
    """(column, sort key) of the report as the window shows it: words in its language,
    dates and money (in the chain's currency, asked when shown) as its locale writes them."""
    shown: dict[str, Callable] = {
        "number": lambda r: r.number or tr("(no code)"),
        "status": lambda r: status_name(r.status),
        "valid_until": _valid_until,
        "sale_date": lambda r: day(r.sale_date),
        "cost": lambda r: money(r.cost, currency()),
        "paid": lambda r: money(r.paid, currency()),
        "debited": lambda r: money(r.debited, currency()),
    }
    return [(Column(c.title, shown.get(c.key, c.shown), align_right=c.numeric), c.key)
            for c in MEMBERSHIPS_REPORT_COLUMNS]


REPORT_COLUMNS = report_columns(lambda: "USD")
DEFAULT_SORT = "sale_date"
CLIENT_COLUMN = [k for _, k in REPORT_COLUMNS].index("client")


def date_field(placeholder: str | None = None) -> QLineEdit:
    """A field a date is typed into, as yyyy-mm-dd in every language (the placeholder says
    so in the window's: "aaaa-mm-dd", "гггг-мм-дд")."""
    field = QLineEdit()
    field.setPlaceholderText(tr("yyyy-mm-dd") if placeholder is None else placeholder)
    field.setMaximumWidth(110)
    field.setClearButtonEnabled(True)
    return field


def _range(first: QWidget, second: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(first)
    row.addWidget(QLabel("–"))
    row.addWidget(second)
    return row


class MembershipsReportView(QWidget):
    """Filter fields, Show / Clear / Export buttons, the count, and the table."""

    sig_show = Signal()
    sig_clear = Signal()
    sig_export = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sold_from, self.sold_to = date_field(), date_field()
        self.used_from, self.used_to = date_field(), date_field()
        self.expires_from, self.expires_to = date_field(), date_field()
        self.remaining_min, self.remaining_max = date_field(tr("any")), date_field(tr("any"))
        for field in (self.remaining_min, self.remaining_max):
            field.setValidator(QIntValidator(0, 100_000, field))
        self.sale_location, self.use_location = ChoiceBox(), ChoiceBox()
        self.status = ChoiceBox()
        for key, text in STATUSES:
            self.status.addItem(tr(text), key)
        self.number, self.phone = QLineEdit(), QLineEdit()
        self.number.setPlaceholderText(tr("exact number"))
        self.phone.setPlaceholderText(tr("starts with digits"))
        for field in (self.number, self.phone, *self._date_fields(),
                      self.remaining_min, self.remaining_max):
            field.returnPressed.connect(self.sig_show)
        self.show_button = QPushButton(tr("Sho&w"))
        self.clear_button = QPushButton(tr("Clear &filters"))
        self.export_button = QPushButton(tr("E&xport to Excel…"))
        self.show_button.clicked.connect(self.sig_show)
        self.clear_button.clicked.connect(self.sig_clear)
        self.export_button.clicked.connect(self.sig_export)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.currency = "USD"  # the chain's: the controller says
        columns = report_columns(lambda: self.currency)
        self.model = PagedModel([c for c, _ in columns], [k for _, k in columns],
                                sort_key=DEFAULT_SORT, parent=self)
        self.table = make_table(self.model, tr("Memberships report"))
        header = self.table.horizontalHeader()  # the client's name takes the spare width
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CLIENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(
            [k for _, k in REPORT_COLUMNS].index(DEFAULT_SORT), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addLayout(self._buttons())
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def _date_fields(self) -> tuple[QLineEdit, ...]:
        return (self.sold_from, self.sold_to, self.used_from, self.used_to, self.expires_from,
                self.expires_to)

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        rows = (
            ((tr("&Sold"), _range(self.sold_from, self.sold_to)),
             (tr("Place of s&ale"), self.sale_location), (tr("Stat&us"), self.status)),
            ((tr("Us&ed"), _range(self.used_from, self.used_to)),
             (tr("&Place of use"), self.use_location), (tr("&Number"), self.number)),
            ((tr("&Valid until"), _range(self.expires_from, self.expires_to)),
             (tr("&Balance"), _range(self.remaining_min, self.remaining_max)),
             (tr("P&hone"), self.phone)),
        )
        for r, row in enumerate(rows):
            for c, (caption, field) in enumerate(row):
                label = QLabel(caption)
                buddy = field if isinstance(field, QWidget) else field.itemAt(0).widget()
                label.setBuddy(buddy)
                grid.addWidget(label, r, 2 * c)
                if isinstance(field, QWidget):
                    grid.addWidget(field, r, 2 * c + 1)
                else:
                    grid.addLayout(field, r, 2 * c + 1)
        grid.setColumnStretch(6, 1)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.clear_button)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def set_locations(self, locations: list[tuple[str, str]]) -> None:
        """(id, name) of every location, for both place filters."""
        for combo, anywhere in ((self.sale_location, tr("Any place of sale")),
                                (self.use_location, tr("Any place of use"))):
            combo.clear()
            combo.addItem(anywhere, "")
            for location_id, name in locations:
                combo.addItem(name, location_id)

    def clear_filters(self) -> None:
        for field in (*self._date_fields(), self.number, self.phone, self.remaining_min,
                      self.remaining_max):
            field.clear()
        for combo in (self.sale_location, self.use_location, self.status):
            combo.setCurrentIndex(0)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
