"""Pay a visit with a membership: which service, where, when; the client's memberships that
can pay (nearest expiry first) and, greyed, those that can't with the reason; undo at hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desk.core.errors import DeskError
from desk.core.permissions import Action, allowed
from desk.core.reference import Client
from desk.services import queries
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.memberships import (
    CantPay,
    pay_visit,
    payment_options,
    undo_payment,
    unfreeze_membership,
)
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.formats import clock, date_entry_format, day_in_words
from desk.ui.i18n import tr
from desk.ui.layouts import (
    ChoiceBox,
    after_operation,
    ask_first,
    button_row,
    form_dialog,
    grow_to_fit,
)
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message, translated
from desk.ui.refusals import NEXT_STEPS, NextStep, RefusalList, message_row, step_button
from desk.ui.sell_dialog import SellDialog


def membership_text(m: MembershipInfo) -> str:
    left = (" · ".join(f"{s} {n}" for s, n in m.balances.items()) if m.balances
            else tr("%n left", None, m.remaining))
    code = m.number or tr("(no code)")
    if m.expires:
        return tr("{code} · {type} · {left}, until {day}").format(
            code=code, type=m.type, left=left, day=day_in_words(m.expires))
    return tr("{code} · {type} · {left}").format(code=code, type=m.type, left=left)


def ask_past_limit_reason(parent: QWidget, on_reason: Callable[[str], None]) -> QInputDialog:
    """Ask a manager why this visit goes past the type's visit limit; only a reason given
    and confirmed calls ``on_reason`` (not a nested event loop, as ``ask_pay_again``)."""
    box = QInputDialog(parent)
    box.setWindowTitle(tr("Pay anyway"))
    box.setLabelText(tr("This membership has reached its visit limit. Why pay this visit "
                        "anyway?"))
    box.accepted.connect(lambda: box.textValue().strip() and on_reason(box.textValue().strip()))
    box.open()
    return box


def ask_pay_again(parent: QWidget, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask whether to pay a second visit; only an explicit Yes calls ``on_yes``: Enter and
    Esc cancel. Not a nested event loop: a lock of the desk can close it like any dialog."""
    box = ask_first(parent, tr("Pay another visit?"), question, on_yes)
    box.open()
    return box


class PayDialog(QDialog):
    """Pays and undoes through the one door, which tells the open views (``Changed``)."""

    def __init__(self, db: Database, actor: Actor, client: Client, today: date, *,
                 location: str | None = None, service_id: str | None = None,
                 membership_id: str | None = None, parent=None) -> None:
        """``service_id`` and ``membership_id``: the service and membership to propose (a
        scanned card's, with the service booked today); the membership may be a gift the
        client presents, which is not theirs yet."""
        super().__init__(parent)
        self.db, self.actor, self.client, self.today = db, actor, client, today
        self.ask_again = ask_pay_again
        self.ask_reason = ask_past_limit_reason
        self.presented = membership_id
        self.paid: MembershipInfo | None = None
        self.operation: Operation | None = None  # the payment or undo running or last run
        self._paid_choice: tuple | None = None  # service, place and day of the payment made
        self.setWindowTitle(tr("Pay a visit — {client}").format(client=client.name))
        self.setMinimumWidth(620)
        self._make_widgets(today)
        self._lay_out()
        self._fill(location, service_id)
        self.usable.setFocus()  # Enter pays with the membership shown first; arrows choose

    def _make_widgets(self, today: date) -> None:
        self.service = ChoiceBox(accessibleName=tr("Service"))
        self.location = ChoiceBox(accessibleName=tr("Location"))
        self.day = QDateEdit(QDate(today), calendarPopup=True, accessibleName=tr("Visit date"))
        self.day.setDisplayFormat(date_entry_format())
        self.usable = QListWidget(accessibleName=tr("Memberships that can pay"))
        self.refused = RefusalList(accessibleName=tr("Memberships that can't pay, and why"))
        self.message, self.result = error_label(), QLabel("")
        self.covering_sale = step_button(tr("Sell a membership that covers this visit"))
        self._covering_type: str | None = None  # the type the covering sale offers
        self.covering_sale.clicked.connect(lambda: self.sell(self._covering_type))
        self.sell_dialog: SellDialog | None = None  # opened by a "Sell …" step
        self.result.setWordWrap(True)
        self.pay_button = QPushButton(tr("&Pay"), default=True, accessibleName=tr("Pay"))
        self.undo_button = QPushButton(tr("&Undo"), enabled=False,
                                       accessibleName=tr("Undo the payment"))
        self.close_button = QPushButton(tr("Close"))
        self.pay_button.clicked.connect(self.pay)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)

    def _lay_out(self) -> None:
        form_dialog(self, [(tr("&Service"), self.service), (tr("&Location"), self.location),
                           (tr("&Date"), self.day), (tr("&Membership"), self.usable),
                           (tr("Can't pay"), self.refused)],
                    message_row(self.message, self.covering_sale), self.result,
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
        for m in usable:
            item = QListWidgetItem(membership_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.usable.addItem(item)
        if usable:
            self.usable.setCurrentRow(0)
        self.pay_button.setEnabled(bool(usable) and self._choice() != self._paid_choice
                                   and not self._writing())
        self._show_refusals(refused, offer_steps=not usable)
        grow_to_fit(self)

    def _show_refusals(self, refused: list[CantPay], *, offer_steps: bool) -> None:
        """Each reason in full; while nothing can pay, the next step beside it: Unfreeze
        now, Sell the same type again, or (once, below) Sell a type that covers the visit."""
        self.refused.clear()
        sellable = self._sellable_names() if offer_steps else set()
        for r in refused:
            step = NEXT_STEPS.get(r.code) if offer_steps else None
            text = tr("{membership} — {reason}").format(membership=membership_text(r.membership),
                                                        reason=translated(r.reason))
            if step is NextStep.UNFREEZE:
                self.refused.add(text, tr("Unfreeze now"),
                                 lambda button, m=r.membership: self.unfreeze(m, button))
            elif step is NextStep.PAY_PAST_LIMIT and allowed(self.actor.role,
                                                             Action.PAY_PAST_LIMIT):
                self.refused.add(text, tr("Pay anyway…"),
                                 lambda button, m=r.membership: self.pay_past_limit(m, button))
            elif step is NextStep.SELL_AGAIN and r.membership.type in sellable:
                self.refused.add(text, tr("Sell {type}").format(type=r.membership.type),
                                 lambda _button, name=r.membership.type: self.sell(name))
            else:
                self.refused.add(text)
        covering = (queries.type_covering(self.db, self.service.currentData(),
                                          self.location.currentData())
                    if offer_steps and not self.refused.steps else None)
        self._covering_type = covering.name if covering else None
        self.covering_sale.setText(tr("Sell {type}").format(type=covering.name) if covering
                                   else "")
        self.covering_sale.setVisible(covering is not None)
        self.message.setText("" if not offer_steps else
                             tr("No membership of this client can pay this visit: why is under "
                                "\u201cCan't pay\u201d above.") if refused else
                             tr("No membership of this client can pay this visit."))

    def _sellable_names(self) -> set[str]:
        location_id = self.location.currentData()
        return {t.name for t in queries.sellable_types(self.db, location_id)} if location_id \
            else set()

    def refusal_texts(self) -> list[str]:
        """The reasons shown under "Can't pay", each in full."""
        return self.refused.texts()

    def unfreeze(self, membership: MembershipInfo, button: QPushButton) -> None:
        """The next step for a frozen membership: it works again today, then it can pay."""
        if self._writing():
            return
        db, actor, today = self.db, self.actor, self.today
        self._write(tr("Unfreezing {membership}…").format(
                        membership=membership.number or membership.type),
                    lambda: unfreeze_membership(db, actor, membership.id, today),
                    lambda info: self._unfrozen(info), button)

    def _unfrozen(self, info: MembershipInfo) -> None:
        self.result.setText(tr("Unfrozen: {membership}.").format(membership=membership_text(info)))
        self.show_options()
        self.usable.setFocus()  # Enter now pays with it

    def sell(self, type_name: str | None) -> None:
        """The next step when nothing covers the visit: the Sell dialog for this client,
        at this location if it sells, with ``type_name`` chosen; once sold, Pay can pay."""
        sell = SellDialog(self.db, self.actor, self.client, self.today, parent=self)
        place = next((p for p in queries.locations(self.db)
                      if p.id == self.location.currentData() and p.sales_storage_id), None)
        if place is not None:
            sell.location.setCurrentIndex(sell.location.findData(place.id))
        if type_name:
            sell.choose_type(f"{type_name} \u00b7 ")
        sell.sig_sold.connect(lambda _info: self.show_options())
        self.sell_dialog = sell
        sell.open()

    def _choice(self) -> tuple:
        return self.service.currentData(), self.location.currentData(), self.day.date()

    def chosen(self) -> MembershipInfo | None:
        item = self.usable.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def pay(self) -> None:
        """Pay with the chosen membership, off the GUI thread; a second Enter or click
        while it runs does nothing (the Pay button rests meanwhile). A second payment of the
        client's service that day is asked about first."""
        chosen = self.chosen()
        if chosen is None or self._writing():
            return
        question = self._second_visit_question()
        if question:
            self.ask_again(self, question, lambda: self._pay_with(chosen))
        else:
            self._pay_with(chosen)

    def _pay_with(self, chosen: MembershipInfo, past_limit_reason: str | None = None,
                  button: QPushButton | None = None) -> None:
        if self._writing():
            return
        db, actor, client_id = self.db, self.actor, self.client.id
        service_id, location_id = self.service.currentData(), self.location.currentData()
        day, paid_choice = self.day.date().toPython(), self._choice()
        self._write(tr("Paying the visit…"), lambda: pay_visit(
            db, actor, client_id=client_id, service_id=service_id, location_id=location_id,
            day=day, membership_ref=chosen.id, past_limit_reason=past_limit_reason),
            lambda paid: self._paid(paid, paid_choice), button or self.pay_button)

    def pay_past_limit(self, membership: MembershipInfo, button: QPushButton) -> None:
        """A manager's next step for a membership at its visit limit: pay with it anyway,
        with the reason asked first (the payment keeps it)."""
        if self._writing():
            return
        self.ask_reason(self, lambda reason: self._pay_with(membership, reason, button))

    def _second_visit_question(self) -> str:
        """What to ask when the client already had this service that day ("": nothing)."""
        day = self.day.date().toPython()
        earlier = queries.paid_already(self.db, self.client.id, self.service.currentData(), day)
        if earlier is None:
            return ""
        values = dict(client=self.client.name, service=self.service.currentText(),
                      time=clock(datetime.combine(day, time.fromisoformat(earlier.at))),
                      location=earlier.location)
        if day == self.today:
            return tr("{client} already had {service} today at {time} ({location}). Pay "
                      "another visit?").format(**values)
        return tr("{client} already had {service} on {day} at {time} ({location}). Pay another "
                  "visit?").format(day=day_in_words(day, year=day.year != self.today.year),
                                   **values)

    def _paid(self, paid: MembershipInfo, paid_choice: tuple) -> None:
        self.paid = paid
        self.result.setText(tr("Paid {service} with {membership}.").format(
            service=self.service.currentText(), membership=membership_text(paid)))
        self._paid_choice = paid_choice  # another visit needs another service, place or day
        self.show_options()
        after_operation(self.pay_button, self.close_button)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        if self.paid is None or self.paid.payment_id is None or self._writing():
            return
        db, actor, payment_id, day = self.db, self.actor, self.paid.payment_id, \
            self.day.date().toPython()
        self._write(tr("Undoing the payment…"), lambda: undo_payment(db, actor, payment_id, day),
                    self._undone, self.undo_button)

    def _undone(self, info: MembershipInfo) -> None:
        self.paid, self._paid_choice = None, None
        self.result.setText(tr("Payment undone: {membership}.").format(
            membership=membership_text(info)))
        after_operation(self.undo_button, self.close_button)
        self.show_options()

    def _write(self, title: str, work, on_done, button: QPushButton) -> None:
        """Through the one door; a refusal shows here, so the choice can be fixed."""
        self.operation = run_operation(
            self, title, work, on_done=on_done, cancellable=False,
            on_refused=self._refused, changes=Changed.MEMBERSHIPS, busy=[button])

    def _refused(self, error: DeskError) -> None:
        self.show_options()  # what may pay now
        self.message.setText(error_message(error))

    def _writing(self) -> bool:
        return self.operation is not None and self.operation.running
