"""The Today tab (SPEC §11): one location's day at a glance — its bookings, the visits paid,
the sales, the automatic deductions and freezes — with the receptionist's actions on them."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
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

from desk.ui.formats import clock, day, money, number
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox
from desk.ui.models import Column, RowsModel
from desk.ui.tables import make_table

# the words the day's rows hold as data: a booking's state, an entry's kind
_WORDS = {"booked": QT_TR_NOOP("Booked"), "paid": QT_TR_NOOP("Paid"),
          "cancelled": QT_TR_NOOP("Cancelled"), "no-show": QT_TR_NOOP("No-show"),
          "attended": QT_TR_NOOP("Attended"),
          "automatic deduction": QT_TR_NOOP("Automatic deduction"),
          "freeze": QT_TR_NOOP("Freeze")}


def word(value: str) -> str:
    """A state or a kind of the day's rows, capitalised, in the window's language."""
    return tr(_WORDS[value]) if value in _WORDS else value.capitalize()


def time_text(hh_mm: str) -> str:
    """A row's time ("14:05", in the location's zone) as the locale writes a time."""
    try:
        return clock(datetime.combine(date.min, time.fromisoformat(hh_mm)))
    except ValueError:
        return hh_mm


def _code(row) -> str:
    return row.membership_number or tr("no code")


def _until(entry) -> str:
    return entry.service or (tr("until {day}").format(day=day(entry.until)) if entry.until
                             else "")


BOOKING_COLUMNS = [Column(QT_TR_NOOP("Time"), lambda b: time_text(b.time)),
                   Column(QT_TR_NOOP("Client"), lambda b: b.client),
                   Column(QT_TR_NOOP("Service"), lambda b: b.service),
                   Column(QT_TR_NOOP("Membership"), _code),
                   Column(QT_TR_NOOP("State"), lambda b: word(b.state))]
VISIT_COLUMNS = [Column(QT_TR_NOOP("Time"), lambda v: time_text(v.time)),
                 Column(QT_TR_NOOP("Client"), lambda v: v.client or "—"),
                 Column(QT_TR_NOOP("Service"), lambda v: v.service or "—"),
                 Column(QT_TR_NOOP("Membership"), _code),
                 Column(QT_TR_NOOP("By"), lambda v: v.recorded_by or tr("system"))]
SALE_COLUMNS = [Column(QT_TR_NOOP("Time"), lambda s: time_text(s.time)),
                Column(QT_TR_NOOP("Client"), lambda s: s.client or "—"),
                Column(QT_TR_NOOP("Type"), lambda s: s.type),
                Column(QT_TR_NOOP("Membership"), _code),
                Column(QT_TR_NOOP("Price"), lambda s: money(s.price), align_right=True)]
ENTRY_COLUMNS = [Column(QT_TR_NOOP("Time"), lambda e: time_text(e.time)),
                 Column(QT_TR_NOOP("What"), lambda e: word(e.kind)),
                 Column(QT_TR_NOOP("Client"), lambda e: e.client or "—"),
                 Column(QT_TR_NOOP("Membership"), _code),
                 Column(QT_TR_NOOP("Service or until"), _until)]


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
        self.search = QLineEdit(placeholderText=tr("Find a client or scan a membership code"))
        self.search.setAccessibleName(tr("Find or scan"))
        self.location = ChoiceBox(accessibleName=tr("Location of the day"))
        self.location.currentIndexChanged.connect(lambda _: self.sig_location_chosen.emit())
        self.bookings_model = RowsModel(BOOKING_COLUMNS, self)
        self.visits_model = RowsModel(VISIT_COLUMNS, self)
        self.currency = "USD"  # the chain's: the controller says
        self.sales_model = RowsModel([*SALE_COLUMNS[:-1], Column(
            SALE_COLUMNS[-1].title, lambda s: money(s.price, self.currency), align_right=True)],
            self)
        self.entries_model = RowsModel(ENTRY_COLUMNS, self)
        self.bookings, self.visits, self.sales, self.entries = (
            make_table(model, name, sample_rows=SAMPLE_ROWS) for model, name in (
                (self.bookings_model, tr("Bookings of the day")),
                (self.visits_model, tr("Visits paid today")),
                (self.sales_model, tr("Sales of the day")),
                (self.entries_model, tr("Automatic deductions and freezes"))))
        self.check_in_button = self._button(
            tr("Chec&k in and pay…"), tr("Check in and pay"),
            tr("Pay the chosen booking's visit (Enter on the booking)"), self.sig_check_in)
        self.undo_button = self._button(tr("&Undo visit…"), tr("Undo visit"),
                                        tr("Give the chosen visit back"), self.sig_undo_visit)
        self.day_sheet_button = self._button(
            tr("Day s&heet…"), tr("Day sheet"),
            tr("Save today's bookings with each client's balances as a PDF"), self.sig_day_sheet)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.bookings.activated.connect(lambda _: self.sig_check_in.emit())
        self.headings: dict[QTableView, QLabel] = {}
        self._lay_out()

    def _button(self, text: str, name: str, tip: str, signal: Signal) -> QPushButton:
        made = QPushButton(text, toolTip=tip)
        made.setAccessibleName(name)
        made.clicked.connect(signal)
        return made

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        where = QLabel(tr("&Location"))
        where.setBuddy(self.location)
        for widget in (where, self.location, self.day_sheet_button):
            top.addWidget(widget)
        grid = QGridLayout()
        sections = ((self.bookings, tr("Bookings"), self.check_in_button),
                    (self.visits, tr("Visits paid"), self.undo_button),
                    (self.sales, tr("Sales"), None),
                    (self.entries, tr("Automatic deductions and freezes"), None))
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
            label.setText(tr("{section} ({count})").format(
                section=label.property("heading"), count=number(table.model().rowCount())))

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
