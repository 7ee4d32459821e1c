"""Check and create a booking of services for a client against their memberships (SPEC §5)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
)

from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.bookings import book
from desk.services.database import Database
from desk.services.queries import locations, services
from desk.ui.layouts import ChoiceBox, after_operation, form_dialog
from desk.ui.operations import Changed, Operation, run_operation


class BookingDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, client: Client, *,
                 today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client = db, actor, client
        self.today = today or date.today()
        self._booked_choice: tuple | None = None  # place, services and start of the booking made
        self.operation: Operation | None = None  # the booking running or made
        self.setWindowTitle(f"Book for {client.name}")
        self.location = ChoiceBox()
        self.location.setAccessibleName("Location")
        for loc in locations(db):
            self.location.addItem(loc.name, loc.id)
        if actor.location_id:
            self.location.setCurrentIndex(max(0, self.location.findData(actor.location_id)))
        self.services = QListWidget()
        self.services.setAccessibleName("Services to book")
        for service in services(db):
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        start = datetime.combine(self.today, time(10, 0))
        self.starts_at = QDateTimeEdit(QDateTime(start), calendarPopup=True)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setAccessibleName("Start")
        self.result = QLabel("")
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.book_button = buttons.addButton("Check and &book",
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.check_and_book)
        buttons.rejected.connect(self.reject)
        for signal in (self.location.currentIndexChanged, self.services.itemChanged,
                       self.starts_at.dateTimeChanged):
            signal.connect(self._offer_booking)
        form_dialog(self, [("&Location", self.location), ("&Services", self.services),
                           ("S&tart", self.starts_at)],
                    self.result, buttons)
        self.services.setFocus()  # the usual first choice; the location is usually right

    def _choice(self) -> tuple:
        return (self.location.currentData(), tuple(self.chosen_services()),
                self.starts_at.dateTime())

    def _offer_booking(self) -> None:
        """Another place, service or time is another booking: Check and book is offered."""
        self.book_button.setEnabled(self._choice() != self._booked_choice)

    def chosen_services(self) -> list[str]:
        return [self.services.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.services.count())
                if self.services.item(i).checkState() == Qt.CheckState.Checked]

    def check_and_book(self) -> None:
        """Check the booking and make it, through the one door (the button rests
        meanwhile); a refusal says here what does not cover it."""
        chosen = self.chosen_services()
        if not chosen:
            self._show("Tick at least one service.", error=True)
            return
        if self.operation is not None and self.operation.running:
            return
        db, actor, client_id, today = self.db, self.actor, self.client.id, self.today
        location_id, choice = self.location.currentData(), self._choice()
        starts_at = self.starts_at.dateTime().toPython().replace(tzinfo=UTC)
        self.operation = run_operation(
            self, "Booking…", lambda: book(db, actor, client_id=client_id, service_ids=chosen,
                                           location_id=location_id, starts_at=starts_at,
                                           today=today),
            on_done=lambda info: self._booked(info, choice),
            on_refused=lambda error: self._show(str(error), error=True), cancellable=False,
            changes=Changed.BOOKINGS, busy=[self.book_button])

    def _booked(self, info, choice: tuple) -> None:
        self._booked_choice = choice
        after_operation(self.book_button, self.close_button)
        self._show("Booked: " + "; ".join(
            f"{s.service}, covered by {s.membership_number or 'the no-code membership'}"
            for s in info.services), error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.result.setProperty("role", "error" if error else "")
        self.result.setText(text)
        self.result.style().polish(self.result)
