"""The Today tab (SPEC §11): one location's day at a glance — its bookings, the visits paid,
the sales, the automatic deductions and freezes — with the receptionist's actions on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.ui.layouts import ChoiceBox
from desk.ui.models import Column, RowsModel
from desk.ui.tables import make_table

BOOKING_COLUMNS = [Column("Time", lambda b: b.time), Column("Client", lambda b: b.client),
                   Column("Service", lambda b: b.service),
                   Column("Membership", lambda b: b.membership_number or "no code"),
                   Column("State", lambda b: b.state.capitalize())]
VISIT_COLUMNS = [Column("Time", lambda v: v.time), Column("Client", lambda v: v.client or "—"),
                 Column("Service", lambda v: v.service or "—"),
                 Column("Membership", lambda v: v.membership_number or "no code"),
                 Column("By", lambda v: v.recorded_by or "system")]
SALE_COLUMNS = [Column("Time", lambda s: s.time), Column("Client", lambda s: s.client or "—"),
                Column("Type", lambda s: s.type),
                Column("Membership", lambda s: s.membership_number or "no code"),
                Column("Price", lambda s: s.price, align_right=True)]
ENTRY_COLUMNS = [Column("Time", lambda e: e.time), Column("What", lambda e: e.kind.capitalize()),
                 Column("Client", lambda e: e.client or "—"),
                 Column("Membership", lambda e: e.membership_number or "no code"),
                 Column("Service or until", lambda e: e.service or (
                     f"until {e.until.isoformat()}" if e.until else ""))]


SAMPLE_ROWS = 40  # a day's rows are alike: their widths from the first ones, quickly


class TodayView(QWidget):
    sig_location_chosen = Signal()
    sig_check_in = Signal()
    sig_undo_visit = Signal()
    sig_day_sheet = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel("")
        self.title.setProperty("role", "title")
        self.search = QLineEdit(placeholderText="Find a client or scan a membership code")
        self.search.setAccessibleName("Find or scan")
        self.location = ChoiceBox(accessibleName="Location of the day")
        self.location.currentIndexChanged.connect(lambda _: self.sig_location_chosen.emit())
        self.bookings_model = RowsModel(BOOKING_COLUMNS, self)
        self.visits_model = RowsModel(VISIT_COLUMNS, self)
        self.sales_model = RowsModel(SALE_COLUMNS, self)
        self.entries_model = RowsModel(ENTRY_COLUMNS, self)
        self.bookings, self.visits, self.sales, self.entries = (
            make_table(model, name, sample_rows=SAMPLE_ROWS) for model, name in (
                (self.bookings_model, "Bookings of the day"),
                (self.visits_model, "Visits paid today"), (self.sales_model, "Sales of the day"),
                (self.entries_model, "Automatic deductions and freezes")))
        self.check_in_button = self._button("Chec&k in and pay…", "Pay the chosen booking's "
                                            "visit (Enter on the booking)", self.sig_check_in)
        self.undo_button = self._button("&Undo visit…", "Give the chosen visit back",
                                        self.sig_undo_visit)
        self.day_sheet_button = self._button("Day s&heet…", "Save today's bookings with each "
                                             "client's balances as a PDF", self.sig_day_sheet)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.bookings.activated.connect(lambda _: self.sig_check_in.emit())
        self.headings: dict[QTableView, QLabel] = {}
        self._lay_out()

    def _button(self, text: str, tip: str, signal: Signal) -> QPushButton:
        made = QPushButton(text, toolTip=tip)
        made.setAccessibleName(text.replace("&", "").rstrip("…"))
        made.clicked.connect(signal)
        return made

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        where = QLabel("&Location")
        where.setBuddy(self.location)
        for widget in (where, self.location, self.day_sheet_button):
            top.addWidget(widget)
        grid = QGridLayout()
        sections = ((self.bookings, "Bookings", self.check_in_button),
                    (self.visits, "Visits paid", self.undo_button),
                    (self.sales, "Sales", None),
                    (self.entries, "Automatic deductions and freezes", None))
        for index, (table, heading, button) in enumerate(sections):
            grid.addWidget(self._section(table, heading, button), index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        for first, second in ((self.search, self.location),
                              (self.location, self.day_sheet_button),
                              (self.day_sheet_button, self.bookings),
                              (self.bookings, self.check_in_button),
                              (self.check_in_button, self.visits),
                              (self.visits, self.undo_button), (self.undo_button, self.sales),
                              (self.sales, self.entries)):
            QWidget.setTabOrder(first, second)

    def _section(self, table: QTableView, heading: str, button: QPushButton | None) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(heading)
        label.setProperty("role", "hint")
        label.setProperty("heading", heading)
        self.headings[table] = label
        row.addWidget(label, 1)
        if button is not None:
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return section

    def show_counts(self) -> None:
        """Each section's heading with how many rows it has."""
        for table, label in self.headings.items():
            label.setText(f"{label.property('heading')} ({table.model().rowCount()})")

    def show_error(self, text: str) -> None:
        """Why the last action was refused; empty hides the line."""
        self._say(text, "error")

    def show_note(self, text: str) -> None:
        """What the last action did (where the day sheet went)."""
        self._say(text, "hint")

    def _say(self, text: str, role: str) -> None:
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)  # the colour follows the role
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
