"""Transfer a membership to another client (SPEC §3.11) from under its history, next to
Void sale… and Refund…: a refusal the rules give (the type, the status, who may) is said
when Transfer… is pressed; otherwise a dialog takes the new owner's phone and asks first."""

from __future__ import annotations

from datetime import date
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

from desk.core.errors import DeskError
from desk.core.permissions import Action, allowed
from desk.core.phones import display_phone
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.lookups import client_with_phone
from desk.services.previews import transfer_refusal
from desk.services.sharing import transfer_membership
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.i18n import tr
from desk.ui.layouts import ask_first, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message

if TYPE_CHECKING:
    from desk.ui.clients_controller import ClientsController

CLOSED = ("cancelled", "refunded", "expired")


class HistoryTransfer(QObject):
    """The Transfer… button among the history's corrections, for a ``ClientsController``."""

    def __init__(self, clients: ClientsController, after: QWidget) -> None:
        super().__init__(clients)
        self.clients = clients
        view = clients.view
        self.button = QPushButton(tr("Transfer…"), accessibleName=tr("Transfer"))
        self.button.setToolTip(tr("Give the chosen membership to another client: its visits, "
                                  "expiry and history go with it"))
        self.button.clicked.connect(self.transfer_chosen)
        actions = view.history_actions
        actions.insertWidget(actions.indexOf(after) + 1, self.button)
        QWidget.setTabOrder(after, self.button)
        view.memberships.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.memberships_model.modelReset.connect(self.update)
        self.update()

    def update(self) -> None:
        """Offered on a membership still in use to staff who sell (whether this type lets
        reception transfer is said when pressed)."""
        membership, actor = self.clients.current_membership(), self.clients.actor
        self.button.setEnabled(bool(membership and membership.status not in CLOSED and actor
                                    and allowed(actor.role, Action.SELL)))

    def transfer_chosen(self) -> None:
        membership, actor = self.clients.current_membership(), self.clients.actor
        if membership is None or actor is None:
            return
        refusal = transfer_refusal(self.clients.db, actor.role, membership.id,
                                   self.clients.today())
        if refusal is not None:
            self.clients.view.show_action_error(error_message(refusal))
            return
        dialog = TransferDialog(self.clients.db, actor, membership, self.clients.today(),
                                region=self.clients.region, parent=self.clients.view)
        dialog.sig_transferred.connect(lambda info: self.clients._keep(info.id))
        self.clients._open(dialog)


class TransferDialog(QDialog):
    """The new owner's phone and why; Transfer… asks first (Cancel the default there)."""

    sig_transferred = Signal(object)  # the MembershipInfo after the transfer

    def __init__(self, db: Database, actor: Actor, membership: MembershipInfo, today: date, *,
                 region: str = "US", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.membership, self.today = db, actor, membership, today
        self.region = region
        self.operation: Operation | None = None
        self.question = None  # the ask-first box, once Transfer is pressed
        name = membership.number or membership.type
        self.setWindowTitle(tr("Transfer {membership}").format(membership=name))
        self.phone = QLineEdit(accessibleName=tr("Phone of the new owner"))
        self.phone.setPlaceholderText(tr("The new owner's phone"))
        self.reason = QLineEdit(accessibleName=tr("Reason"))
        self.reason.setPlaceholderText(tr("Why it changes hands (optional)"))
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.transfer_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.transfer_button.setText(tr("&Transfer…"))
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)
        owner = membership.client or tr("no one yet")
        form_dialog(self, [(tr("Owner now"), QLabel(owner)),
                           (tr("New owner's &phone"), self.phone), (tr("&Reason"), self.reason)],
                    QLabel(tr("Visits, expiry, freezes and history stay with it; only the new "
                              "owner may use it from then on.")), self.message, self.buttons)
        self.phone.setFocus()

    def ask(self) -> None:
        """Find the new owner, then ask before giving them the membership."""
        try:
            client = client_with_phone(self.db, self.phone.text(), self.region)
        except DeskError as error:
            self.message.setText(error_message(error))
            return
        self.message.setText("")
        question = tr("Give {membership} to {client} ({phone})? Only they may use it from then "
                      "on.").format(membership=self.membership.number or self.membership.type,
                                    client=client.name, phone=display_phone(client.phone))
        self.question = ask_first(self, tr("Transfer"), question,
                                  lambda: self.transfer(client.id), yes_text=tr("&Transfer"))
        self.question.open()

    def transfer(self, client_id: str) -> None:
        if self.operation is not None and self.operation.running:
            return
        db, actor, membership_id = self.db, self.actor, self.membership.id
        reason, today = self.reason.text(), self.today
        self.operation = run_operation(
            self, tr("Transferring…"), lambda: transfer_membership(
                db, actor, membership_id, to_client_id=client_id, day=today, reason=reason),
            on_done=self._transferred,
            on_refused=lambda error: self.message.setText(error_message(error)),
            cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.transfer_button])

    def _transferred(self, info: MembershipInfo) -> None:
        self.transfer_button.setEnabled(False)  # given away: the dialog closes
        self.sig_transferred.emit(info)
        self.accept()
