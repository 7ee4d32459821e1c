"""Sell a membership: where, which type, code (typed or generated), to whom, price, payment.
After the sale the dialog shows what was sold and can save a receipt and, for a coded
membership, a membership card as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from desk.core.errors import DeskError
from desk.core.money import parse_money
from desk.core.reference import Client
from desk.files import Protected
from desk.services import queries
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.memberships import sell_membership
from desk.services.views import MembershipInfo
from desk.ui.card import ask_card_path, save_card, valid_until_text
from desk.ui.client_dialog import error_label
from desk.ui.documents import in_documents
from desk.ui.formats import money
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox, after_operation, button_row, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.paper import ask_pdf_path
from desk.ui.phrasebook import error_message
from desk.ui.receipt import Receipt, method_word, write_receipt_pdf
from desk.ui.refusals import NEXT_STEPS, NextStep, message_row, step_button

PAYMENT_METHODS = ("cash", "card", "transfer")


def ask_receipt_path(parent, suggested: str) -> str:
    return ask_pdf_path(parent, tr("Save receipt as PDF"), suggested)


def receipt_name(code: str | None) -> str:
    """Named for the membership, so one receipt doesn't replace the last."""
    return f"receipt {code}.pdf" if code else "receipt.pdf"


class SellDialog(QDialog):
    sig_sold = Signal(object)  # the MembershipInfo sold

    def __init__(self, db: Database, actor: Actor, client: Client | None, today: date,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client, self.today = db, actor, client, today
        self.sold: MembershipInfo | None = None
        self.operation: Operation | None = None  # the sale running or made
        self.ask_path: Callable[[QDialog, str], str] = ask_receipt_path
        self.ask_card_path: Callable[[QDialog], str] = ask_card_path
        chain = queries.chain(db)
        self.chain_name, self.currency = (chain.name, chain.currency) if chain else (None, "USD")
        self.setWindowTitle(tr("Sell a membership"))
        self.setMinimumWidth(460)
        self._make_widgets()
        self._lay_out()
        self._fill_locations()
        self.types.setFocus()  # the usual first choice; the location is usually right

    def _make_widgets(self) -> None:
        self.location = ChoiceBox(accessibleName=tr("Location"))
        self.types = QListWidget(accessibleName=tr("Membership type"))
        self.code = QLineEdit(placeholderText=tr("a code, or Generate"),
                              accessibleName=tr("Code"))
        self.generate = QPushButton(tr("&Generate"), checkable=True, autoDefault=False,
                                    accessibleName=tr("Generate a code at the sale"))
        self.client_label = QLabel(self.client.name if self.client else
                                   tr("No client chosen — a gift: whoever shows the code "
                                      "uses it"))
        self.price = QLineEdit(accessibleName=tr("Price"))
        self.method = ChoiceBox(accessibleName=tr("Payment method"))
        for method in PAYMENT_METHODS:
            self.method.addItem(method_word(method), method)
        self.paid = QLineEdit(accessibleName=tr("Amount paid"))
        self.message, self.result = error_label(), QLabel("")
        self.result.setWordWrap(True)
        self.generate_step = step_button(tr("Generate a code instead"))
        self.generate_step.setText(tr("Generate a code instead"))
        self.generate_step.clicked.connect(self._generate_instead)
        self.sell_button = QPushButton(tr("&Sell"), default=True, accessibleName=tr("Sell"))
        self.receipt_button = QPushButton(tr("Save &receipt as PDF…"), enabled=False)
        self.card_button = QPushButton(tr("Save &card as PDF…"), enabled=False)
        self.close_button = QPushButton(tr("Close"))
        self.location.currentIndexChanged.connect(self._fill_types)
        self.types.currentRowChanged.connect(self._type_chosen)
        self.generate.toggled.connect(self._generate_toggled)
        self.price.textEdited.connect(self.paid.setText)
        self.sell_button.clicked.connect(self.sell)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.card_button.clicked.connect(self.save_card)
        self.close_button.clicked.connect(self.accept)

    def _lay_out(self) -> None:
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.generate)
        code_label = QLabel(tr("C&ode"))
        code_label.setBuddy(self.code)
        form_dialog(self, [(tr("&Location"), self.location), (tr("&Type"), self.types),
                           (code_label, code_row), (tr("Client"), self.client_label),
                           (tr("&Price"), self.price), (tr("Pay&ment"), self.method),
                           (tr("Amount p&aid"), self.paid)],
                    message_row(self.message, self.generate_step), self.result,
                    button_row(self.sell_button, self.receipt_button, self.card_button,
                               self.close_button))

    def _fill_locations(self) -> None:
        for place in queries.locations(self.db):
            self.location.addItem(place.name, place.id)
        wanted = queries.default_sale_location(self.db, self.actor.location_id)
        self.location.setCurrentIndex(max(0, self.location.findData(wanted)))
        self._fill_types()

    def _fill_types(self) -> None:
        self.types.clear()
        location_id = self.location.currentData()
        for t in queries.sellable_types(self.db, location_id) if location_id else []:
            item = QListWidgetItem(f"{t.name} · {money(t.price, self.currency)}")
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.types.addItem(item)
        if self.types.count():
            self.types.setCurrentRow(0)

    def chosen_type(self):
        item = self.types.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose_type(self, name: str) -> None:
        found = self.types.findItems(name, Qt.MatchFlag.MatchStartsWith)
        if found:
            self.types.setCurrentItem(found[0])

    def _type_chosen(self, _row: int) -> None:
        t = self.chosen_type()
        price = str(t.price) if t else ""
        self.price.setText(price)
        self.paid.setText(price)

    def _generate_toggled(self, on: bool) -> None:
        self.code.setEnabled(not on)
        self.code.setPlaceholderText(tr("a new code is made at the sale") if on else
                                     tr("type a code, or generate one, or leave empty"))

    def sell(self) -> None:
        """Sell the chosen type through the one door (the Sell button rests meanwhile); a
        refusal shows here, so the code, price or payment can be fixed."""
        t = self.chosen_type()
        if t is None:
            self.message.setText(tr("Choose a membership type."))
            return
        if self.operation is not None and self.operation.running:
            return
        db, actor, generate = self.db, self.actor, self.generate.isChecked()
        sale = dict(type_id=t.id, location_id=self.location.currentData(),
                    client_id=self.client.id if self.client else None,
                    code=None if generate else self.code.text(), generate=generate,
                    day=self.today, payment_method=self.method.currentData())
        price, paid = self.price.text(), self.paid.text()
        self.operation = run_operation(
            self, tr("Selling…"), lambda: sell_membership(
                db, actor, price=parse_money(price, field="price"),
                amount_paid=parse_money(paid, field="amount paid"), **sale),
            on_done=self._sold, on_refused=self._refused,
            cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.sell_button])

    def _refused(self, error: DeskError) -> None:
        """Why, and the next step where there is one (a code taken: generate one)."""
        self.message.setText(error_message(error))
        self.generate_step.setVisible(NEXT_STEPS.get(error.code) is NextStep.GENERATE_CODE)

    def _generate_instead(self) -> None:
        self.generate.setChecked(True)
        self.generate_step.hide()
        self.message.setText("")
        self.sell_button.setFocus()  # Sell now makes the sale with a new code

    def _sold(self, info: MembershipInfo) -> None:
        self.sold = info
        self._show_sold(info)
        self.sig_sold.emit(info)

    def _show_sold(self, info: MembershipInfo) -> None:
        self.message.setText("")
        self.result.setText(tr("Sold: {type} · {code} · {client} · valid until {until}").format(
            type=info.type, code=info.number or tr("no code"),
            client=info.client or tr("no client"), until=valid_until_text(info)))
        after_operation(self.sell_button, self.close_button)  # one sale per dialog
        self.receipt_button.setEnabled(True)
        self.card_button.setEnabled(bool(info.number))  # a card without a code scans nothing

    def receipt(self) -> Receipt:
        info = self.sold
        return Receipt(self.chain_name, info.type, info.number, info.client,
                       parse_money(self.price.text()), parse_money(self.paid.text()),
                       self.method.currentData(), info.sale_date, valid_until_text(info),
                       info.location, self.currency)

    def save_receipt(self) -> None:
        path = self.ask_path(self, in_documents(receipt_name(self.sold.number if self.sold
                                                             else None)))
        if not path:
            return
        try:
            write_receipt_pdf(self.receipt(), path, protected=Protected(self.db.path))
        except DeskError as error:
            self.message.setText(error_message(error))
            return
        self.result.setText(self.result.text() + "\n"
                            + tr("Receipt saved to {path}.").format(path=path))

    def save_card(self) -> None:
        try:
            path = save_card(self, self.sold, self.chain_name, Protected(self.db.path),
                             self.ask_card_path)
        except DeskError as error:
            self.message.setText(error_message(error))
            return
        if path is not None:
            self.result.setText(self.result.text() + "\n"
                                + tr("Card saved to {path}.").format(path=path))

