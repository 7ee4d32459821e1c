"""Check and create a booking of services for a client against their memberships (SPEC §5).
A start that has passed is refused; a manager may book it anyway, saying why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desk.core.bookings import may_book_past_start
from desk.core.dates import time_zone, utc_now
from desk.core.errors import DeskError
from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.bookings import book
from desk.services.database import Database
from desk.services.queries import locations, services
from desk.ui.formats import date_entry_format
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox, after_operation, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message


def ask_override_reason(parent: QWidget) -> str:
    """Why a start that has passed is booked all the same; empty when the manager cancels."""
    reason, ok = QInputDialog.getText(parent, tr("Book anyway"),
                                      tr("This start has passed. Why book it anyway?"))
    return reason.strip() if ok else ""


class BookingDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, client: Client, *,
                 today: date | None = None, now: datetime | None = None, parent=None) -> None:
        """``now``: a fixed present moment (the desk's clock otherwise)."""
        super().__init__(parent)
        self.db, self.actor, self.client = db, actor, client
        self.clock: Callable[[], datetime] = (lambda: now) if now else utc_now
        self.today = today or (now.date() if now else date.today())
        self.ask_reason: Callable[[QWidget], str] = ask_override_reason
        self._booked_choice: tuple | None = None  # place, services and start of the booking made
        self.operation: Operation | None = None  # the booking running or made
        self.setWindowTitle(tr("Book for {client}").format(client=client.name))
        self._make_widgets()
        form_dialog(self, [(tr("&Location"), self.location), (tr("&Services"), self.services),
                           (tr("S&tart"), self.starts_at)],
                    self.result, self.buttons)
        self.services.setFocus()  # the usual first choice; the location is usually right

    def _make_widgets(self) -> None:
        self.location = ChoiceBox(accessibleName=tr("Location"))
        self._zones: dict[str, str] = {}
        for loc in locations(self.db):
            self.location.addItem(loc.name, loc.id)
            self._zones[loc.id] = loc.timezone
        if self.actor.location_id:
            self.location.setCurrentIndex(max(0, self.location.findData(self.actor.location_id)))
        self.services = QListWidget(accessibleName=tr("Services to book"))
        for service in services(self.db):
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.starts_at = QDateTimeEdit(QDateTime(self._next_hour()), calendarPopup=True,
                                       accessibleName=tr("Start"))
        self.starts_at.setDisplayFormat(date_entry_format(time=True))
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.book_button = self.buttons.addButton(tr("Check and &book"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.setDefault(True)
        self.book_anyway_button = self.buttons.addButton(
            tr("Book &anyway…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.book_anyway_button.setAutoDefault(False)  # only a click or Alt+A: it asks why
        self.book_anyway_button.hide()
        self.book_button.clicked.connect(lambda: self.check_and_book())
        self.book_anyway_button.clicked.connect(self.book_anyway)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.location.currentIndexChanged, self.services.itemChanged,
                       self.starts_at.dateTimeChanged):
            signal.connect(self._offer_booking)

    def _zone(self):
        return time_zone(self._zones.get(self.location.currentData(), "UTC"))

    def _next_hour(self) -> datetime:
        """The first whole hour after now at the location, as the desk's clock reads it."""
        here = self.clock().astimezone(self._zone())
        return (here.replace(minute=0, second=0, microsecond=0)
                + timedelta(hours=1)).replace(tzinfo=None)

    def _choice(self) -> tuple:
        return (self.location.currentData(), tuple(self.chosen_services()),
                self.starts_at.dateTime())

    def _offer_booking(self) -> None:
        """Another place, service or time is another booking: Check and book is offered."""
        self.book_button.setEnabled(self._choice() != self._booked_choice)
        self.book_anyway_button.hide()

    def chosen_services(self) -> list[str]:
        return [self.services.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.services.count())
                if self.services.item(i).checkState() == Qt.CheckState.Checked]

    def start(self) -> datetime:
        """The start shown, as a moment at the chosen location."""
        return self.starts_at.dateTime().toPython().replace(tzinfo=self._zone())

    def check_and_book(self, override: str | None = None) -> None:
        """Check the booking and make it, through the one door (the button rests
        meanwhile); a refusal says here what does not cover it."""
        chosen = self.chosen_services()
        if not chosen:
            self._show(tr("Tick at least one service."), error=True)
            return
        if self.operation is not None and self.operation.running:
            return
        db, actor, client_id, today = self.db, self.actor, self.client.id, self.today
        location_id, choice, starts_at, now = (self.location.currentData(), self._choice(),
                                               self.start(), self.clock())
        self.book_anyway_button.hide()
        self.operation = run_operation(
            self, tr("Booking…"), lambda: book(db, actor, client_id=client_id, service_ids=chosen,
                                           location_id=location_id, starts_at=starts_at,
                                           today=today, now=now, override=override),
            on_done=lambda info: self._booked(info, choice), on_refused=self._refused,
            cancellable=False, changes=Changed.BOOKINGS,
            busy=[self.book_button, self.book_anyway_button])

    def book_anyway(self) -> None:
        """A manager books a start that has passed, saying why (kept in the audit trail)."""
        reason = self.ask_reason(self)
        if reason:
            self.check_and_book(override=reason)

    def _refused(self, error: DeskError) -> None:
        self._show(error_message(error), error=True)
        if error.code == "booking_in_past" and may_book_past_start(self.actor.role):
            self.book_anyway_button.show()

    def _booked(self, info, choice: tuple) -> None:
        self._booked_choice = choice
        after_operation(self.book_button, self.close_button)
        covered = "; ".join(
            tr("{service}, covered by {membership}").format(
                service=s.service,
                membership=s.membership_number or tr("the no-code membership"))
            for s in info.services)
        self._show(tr("Booked: {services}").format(services=covered), error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.result.setProperty("role", "error" if error else "")
        self.result.setText(text)
        self.result.style().polish(self.result)
