"""Pay a visit with a membership: which service, where, when; the client's memberships that
can pay (nearest expiry first) and, greyed, those that can't with the reason; undo at hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from desk.core.errors import DeskError
from desk.core.reference import Client
from desk.services import queries
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.memberships import pay_visit, payment_options, undo_payment
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.layouts import ChoiceBox, after_operation, button_row, form_dialog
from desk.ui.operations import Changed, Operation, run_operation


def membership_text(m: MembershipInfo) -> str:
    left = (" · ".join(f"{s} {n}" for s, n in m.balances.items()) if m.balances
            else f"{m.remaining} left")
    until = f", until {m.expires}" if m.expires else ""
    return f"{m.number or '(no code)'} · {m.type} · {left}{until}"


class PayDialog(QDialog):
    """Pays and undoes through the one door, which tells the open views (``Changed``)."""

    def __init__(self, db: Database, actor: Actor, client: Client, today: date, *,
                 location: str | None = None, service_id: str | None = None,
                 membership_id: str | None = None, parent=None) -> None:
        """``service_id`` and ``membership_id``: the service and membership to propose (a
        scanned card's, with the service booked today); the membership may be a gift the
        client presents, which is not theirs yet."""
        super().__init__(parent)
        self.db, self.actor, self.client = db, actor, client
        self.presented = membership_id
        self.paid: MembershipInfo | None = None
        self.operation: Operation | None = None  # the payment or undo running or last run
        self._paid_choice: tuple | None = None  # service, place and day of the payment made
        self.setWindowTitle(f"Pay a visit — {client.name}")
        self.setMinimumWidth(620)
        self._make_widgets(today)
        self._lay_out()
        self._fill(location, service_id)
        self.usable.setFocus()  # Enter pays with the membership shown first; arrows choose

    def _make_widgets(self, today: date) -> None:
        self.service = ChoiceBox(accessibleName="Service")
        self.location = ChoiceBox(accessibleName="Location")
        self.day = QDateEdit(QDate(today), calendarPopup=True, accessibleName="Visit date")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.usable = QListWidget(accessibleName="Memberships that can pay")
        self.refused = QListWidget(accessibleName="Memberships that can't pay, and why")
        self.refused.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message, self.result = error_label(), QLabel("")
        self.result.setWordWrap(True)
        self.pay_button = QPushButton("&Pay", default=True, accessibleName="Pay")
        self.undo_button = QPushButton("&Undo", enabled=False, accessibleName="Undo the payment")
        self.close_button = QPushButton("Close")
        self.pay_button.clicked.connect(self.pay)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)

    def _lay_out(self) -> None:
        form_dialog(self, [("&Service", self.service), ("&Location", self.location),
                           ("&Date", self.day), ("&Membership", self.usable),
                           ("Can't pay", self.refused)],
                    self.message, self.result,
                    button_row(self.pay_button, self.undo_button, self.close_button))

    def _fill(self, location: str | None, service_id: str | None = None) -> None:
        """``location``: the id or the name of the location to propose."""
        for service in queries.services(self.db):
            self.service.addItem(service.name, service.id)
        self.service.setCurrentIndex(max(0, self.service.findData(service_id)))
        for place in queries.locations(self.db):
            self.location.addItem(place.name, place.id)
        index = self.location.findData(location)
        self.location.setCurrentIndex(index if index >= 0 else
                                      max(0, self.location.findText(location or "")))
        for signal in (self.service.currentIndexChanged, self.location.currentIndexChanged,
                       self.day.dateChanged):
            signal.connect(self.show_options)
        self.show_options()
        for row in range(self.usable.count()):  # the presented membership, if it can pay
            if self.usable.item(row).data(Qt.ItemDataRole.UserRole).id == self.presented:
                self.usable.setCurrentRow(row)

    def choose(self, combo: QComboBox, name: str) -> None:
        combo.setCurrentIndex(max(0, combo.findText(name)))

    def show_options(self) -> None:
        """List who can pay for the chosen service, place and day (nearest expiry first)."""
        usable, refused = payment_options(
            self.db, client_id=self.client.id, service_id=self.service.currentData(),
            location_id=self.location.currentData(), day=self.day.date().toPython(),
            also=self.presented)
        self.usable.clear()
        self.refused.clear()
        for m in usable:
            item = QListWidgetItem(membership_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.usable.addItem(item)
        for m, reason in refused:
            item = QListWidgetItem(f"{membership_text(m)} — {reason}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown greyed: it can't be chosen
            self.refused.addItem(item)
        if usable:
            self.usable.setCurrentRow(0)
        self.pay_button.setEnabled(bool(usable) and self._choice() != self._paid_choice
                                   and not self._writing())
        self.message.setText("" if usable else
                             "No membership of this client can pay this visit"
                             + (" (see why below)." if refused else "."))

    def _choice(self) -> tuple:
        return self.service.currentData(), self.location.currentData(), self.day.date()

    def chosen(self) -> MembershipInfo | None:
        item = self.usable.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def pay(self) -> None:
        """Pay with the chosen membership, off the GUI thread; a second Enter or click
        while it runs does nothing (the Pay button rests meanwhile)."""
        chosen = self.chosen()
        if chosen is None or self._writing():
            return
        db, actor, client_id = self.db, self.actor, self.client.id
        service_id, location_id = self.service.currentData(), self.location.currentData()
        day, paid_choice = self.day.date().toPython(), self._choice()
        self._write("Paying the visit…", lambda: pay_visit(
            db, actor, client_id=client_id, service_id=service_id, location_id=location_id,
            day=day, membership_ref=chosen.id),
            lambda paid: self._paid(paid, paid_choice), self.pay_button)

    def _paid(self, paid: MembershipInfo, paid_choice: tuple) -> None:
        self.paid = paid
        self.result.setText(f"Paid {self.service.currentText()} with {membership_text(paid)}.")
        self._paid_choice = paid_choice  # another visit needs another service, place or day
        self.show_options()
        after_operation(self.pay_button, self.close_button)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        if self.paid is None or self.paid.payment_id is None or self._writing():
            return
        db, actor, payment_id, day = self.db, self.actor, self.paid.payment_id, \
            self.day.date().toPython()
        self._write("Undoing the payment…", lambda: undo_payment(db, actor, payment_id, day),
                    self._undone, self.undo_button)

    def _undone(self, info: MembershipInfo) -> None:
        self.paid, self._paid_choice = None, None
        self.result.setText(f"Payment undone: {membership_text(info)}.")
        after_operation(self.undo_button, self.close_button)
        self.show_options()

    def _write(self, title: str, work, on_done, button: QPushButton) -> None:
        """Through the one door; a refusal shows here, so the choice can be fixed."""
        self.operation = run_operation(
            self, title, work, on_done=on_done, cancellable=False,
            on_refused=self._refused, changes=Changed.MEMBERSHIPS, busy=[button])

    def _refused(self, error: DeskError) -> None:
        self.show_options()  # what may pay now
        self.message.setText(str(error))

    def _writing(self) -> bool:
        return self.operation is not None and self.operation.running
