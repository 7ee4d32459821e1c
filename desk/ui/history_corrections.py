"""Void a sale and refund a membership from under its history (SPEC §3.11), next to "Undo
payment…". Each asks first (Cancel is the default); a correction the rules refuse says why
when it is pressed, as the undo does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.core.permissions import Action, allowed
from desk.services import queries
from desk.services.actor import Actor
from desk.services.corrections import refund_membership, void_sale
from desk.services.database import Database
from desk.services.previews import correction_preview
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.formats import money
from desk.ui.i18n import tr
from desk.ui.layouts import ask_first, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message

if TYPE_CHECKING:
    from desk.ui.clients_controller import ClientsController

CLOSED = ("cancelled", "refunded")


def _name(membership: MembershipInfo) -> str:
    return membership.number or tr("the {type} of {client}").format(
        type=membership.type, client=membership.client or tr("no one"))


class HistoryCorrections(QObject):
    """The Void sale… and Refund… buttons, for a ``ClientsController``."""

    def __init__(self, clients: ClientsController) -> None:
        super().__init__(clients)
        self.clients = clients
        view = clients.view
        self.void_button = QPushButton(tr("Void sale…"), accessibleName=tr("Void sale"))
        self.void_button.setToolTip(tr("Cancel the chosen membership's sale: the day it was "
                                       "sold, before any visit is used"))
        self.refund_button = QPushButton(tr("Refund…"), accessibleName=tr("Refund"))
        self.refund_button.setToolTip(tr("Pay the client back and close the chosen membership "
                                         "(managers)"))
        self.void_button.clicked.connect(self.void_chosen)
        self.refund_button.clicked.connect(self.refund_chosen)
        for place, button in enumerate((self.void_button, self.refund_button), start=1):
            view.history_actions.insertWidget(place, button)
        QWidget.setTabOrder(view.undo_payment_button, self.void_button)
        QWidget.setTabOrder(self.void_button, self.refund_button)
        view.memberships.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.memberships_model.modelReset.connect(self.update)
        self.update()

    def update(self) -> None:
        """Offered on a membership still open to a user who may make the correction."""
        membership, actor = self.clients.current_membership(), self.clients.actor
        open_one = bool(membership and membership.status not in CLOSED and actor)
        role = actor.role if actor else ""
        self.void_button.setEnabled(open_one and allowed(role, Action.VOID_SALE))
        self.refund_button.setEnabled(open_one and allowed(role, Action.REFUND))

    def void_chosen(self) -> None:
        membership, actor = self.clients.current_membership(), self.clients.actor
        if membership is None or actor is None:
            return
        refusal = correction_preview(self.clients.db, membership.id,
                                     self.clients.today()).void_refusal
        if refusal is not None:
            self.clients.view.show_action_error(error_message(refusal))
            return
        self.clients._open(ask_first(
            self.clients.view, tr("Void sale"),
            tr("Void the sale of {membership}? It is cancelled, can't be used, and leaves the "
               "day's revenue.").format(membership=_name(membership)),
            lambda: self._void(membership.id), yes_text=tr("&Void")))

    def _void(self, membership_id: str) -> None:
        db, actor, day = self.clients.db, self.clients.actor, self.clients.today()
        self.clients.view.show_action_error("")
        run_operation(self.clients.view, tr("Voiding the sale…"),
                      lambda: void_sale(db, actor, membership_id, day=day),
                      on_done=lambda _: self.clients._keep(membership_id),
                      on_refused=lambda error: self.clients.view.show_action_error(
                          error_message(error)),
                      cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.void_button])

    def refund_chosen(self) -> None:
        membership, actor = self.clients.current_membership(), self.clients.actor
        if membership is None or actor is None:
            return
        preview = correction_preview(self.clients.db, membership.id, self.clients.today())
        if preview.refund_refusal is not None:
            self.clients.view.show_action_error(error_message(preview.refund_refusal))
            return
        dialog = RefundDialog(self.clients.db, actor, membership, self.clients.today(),
                              str(preview.outstanding), parent=self.clients.view)
        dialog.sig_refunded.connect(lambda info: self.clients._keep(info.id))
        self.clients._open(dialog)


class RefundDialog(QDialog):
    """The amount paid back (what is still owed, by default; it may be lowered) and why."""

    sig_refunded = Signal(object)  # the MembershipInfo after the refund

    def __init__(self, db: Database, actor: Actor, membership: MembershipInfo, today: date,
                 outstanding: str, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.membership, self.today = db, actor, membership, today
        self.operation: Operation | None = None
        self.setWindowTitle(tr("Refund {membership}").format(
            membership=membership.number or membership.type))
        self.amount = QLineEdit(outstanding, accessibleName=tr("Amount paid back"))
        self.reason = QLineEdit(accessibleName=tr("Reason"))
        self.reason.setPlaceholderText(tr("Why the client is paid back"))
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.refund_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.refund_button.setText(tr("Re&fund"))
        self.refund_button.setAutoDefault(False)
        self.refund_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter must not refund
        self.buttons.accepted.connect(self.refund)
        self.buttons.rejected.connect(self.reject)
        chain = queries.chain(db)
        owed = money(Decimal(outstanding), chain.currency if chain else "USD")
        form_dialog(self, [(tr("Still owed"), QLabel(owed)), (tr("&Amount"), self.amount),
                           (tr("&Reason"), self.reason)],
                    QLabel(tr("{membership} is closed: no visits left, status refunded.").format(
                        membership=_name(membership))),
                    self.message, self.buttons)
        self.reason.setFocus()

    def refund(self) -> None:
        """Refund through the one door; a refusal (the amount, the reason) shows here."""
        if self.operation is not None and self.operation.running:
            return
        db, actor, membership_id = self.db, self.actor, self.membership.id
        amount, reason, today = self.amount.text(), self.reason.text(), self.today
        self.operation = run_operation(
            self, tr("Refunding…"), lambda: refund_membership(db, actor, membership_id,
                                                          reason=reason, amount=amount,
                                                          day=today),
            on_done=self._refunded,
            on_refused=lambda error: self.message.setText(error_message(error)),
            cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.refund_button])

    def _refunded(self, info: MembershipInfo) -> None:
        self.refund_button.setEnabled(False)
        self.sig_refunded.emit(info)
        self.accept()
