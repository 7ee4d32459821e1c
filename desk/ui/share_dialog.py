"""Share a membership with family (SPEC §3.11): the "Share…" action on the client's card
lists who else may use the chosen membership; reception adds a client by phone or takes
one off the list. Each change is an entry, written through the one door."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from desk.core.permissions import Action, allowed
from desk.core.phones import display_phone
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.lookups import client_with_phone
from desk.services.sharing import share_membership
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.i18n import tr
from desk.ui.layouts import button_row, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message

if TYPE_CHECKING:
    from desk.ui.clients_controller import ClientsController

CLOSED = ("cancelled", "refunded", "expired")
PHONE_ROLE = Qt.ItemDataRole.UserRole


class ShareAction(QObject):
    """The Share… button beside the membership actions, for a ``ClientsController``."""

    def __init__(self, clients: ClientsController) -> None:
        super().__init__(clients)
        self.clients = clients
        view = clients.view
        self.button = QPushButton(tr("Share…"), accessibleName=tr("Share"))
        self.button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.button.setToolTip(tr("Who else (family) may use the chosen membership (Ctrl+Shift+S)"))
        self.button.clicked.connect(self.share_chosen)
        actions = view.membership_actions
        actions.insertWidget(actions.count() - 1, self.button)  # before the stretch
        view.memberships.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.memberships_model.modelReset.connect(self.update)
        self.update()

    def update(self) -> None:
        """Offered on a membership whose type shares, still in use, to who may share."""
        membership, actor = self.clients.current_membership(), self.clients.actor
        self.button.setEnabled(bool(
            membership and membership.shared_with is not None
            and membership.status not in CLOSED and actor
            and allowed(actor.role, Action.SHARE)))

    def share_chosen(self) -> None:
        membership = self.clients.current_membership()
        if membership is None or self.clients.actor is None:
            return
        dialog = ShareDialog(self.clients.db, self.clients.actor, membership,
                             self.clients.today(), region=self.clients.region,
                             parent=self.clients.view)
        dialog.sig_shared.connect(lambda info: self.clients._keep(info.id))
        self.clients._open(dialog)


class ShareDialog(QDialog):
    """The clients the membership is shared with; Add by phone, Remove the chosen one."""

    sig_shared = Signal(object)  # the MembershipInfo after a change of the list

    def __init__(self, db: Database, actor: Actor, membership: MembershipInfo, today: date, *,
                 region: str = "US", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.membership, self.today = db, actor, membership, today
        self.region = region
        self.operation: Operation | None = None
        self.setWindowTitle(tr("Share {membership}").format(
            membership=membership.number or membership.type))
        self.shared = QListWidget(accessibleName=tr("Shared with"))
        self.phone = QLineEdit(accessibleName=tr("Phone of the client to add"))
        self.phone.setPlaceholderText(tr("The phone of a client to add"))
        self.add_button = QPushButton(tr("&Add"), autoDefault=False)
        self.remove_button = QPushButton(tr("&Remove"), autoDefault=False)
        self.close_button = QPushButton(tr("Close"), default=True)
        self.message = error_label()
        self.add_button.clicked.connect(self.add)
        self.phone.textChanged.connect(self._default_button)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.reject)
        self.shared.currentRowChanged.connect(lambda _: self._offer_remove())
        owner = f"{membership.client} ({display_phone(membership.phone)})" \
            if membership.client and membership.phone else tr("no one yet")
        form_dialog(self, [(tr("Owner"), QLabel(owner)), (tr("Shared &with"), self.shared),
                           (tr("&Phone"), self.phone)],
                    self.message, button_row(self.add_button, self.remove_button,
                                             self.close_button))
        self.show_list(membership.shared_with or ())
        self.phone.setFocus()

    def show_list(self, phones: tuple[str, ...]) -> None:
        self.shared.clear()
        for phone in phones:
            item = QListWidgetItem(display_phone(phone), self.shared)
            item.setData(PHONE_ROLE, phone)
        self._offer_remove()

    def _default_button(self, typed: str) -> None:
        """Enter adds the phone typed; with the field empty (after an add, say) it closes:
        a second Enter never adds twice."""
        self.add_button.setDefault(bool(typed.strip()))
        self.close_button.setDefault(not typed.strip())

    def _offer_remove(self) -> None:
        self.remove_button.setEnabled(self.shared.currentItem() is not None)

    def add(self) -> None:
        phone = self.phone.text().strip()
        if phone:
            self._change(phone, remove=False)

    def remove(self) -> None:
        item = self.shared.currentItem()
        if item is not None:
            self._change(item.data(PHONE_ROLE), remove=True)

    def _change(self, phone: str, *, remove: bool) -> None:
        """Add or remove the client of ``phone`` through the one door; a refusal (no such
        client, the list full) shows here and the dialog stays open."""
        if self.operation is not None and self.operation.running:
            return
        db, actor, membership_id = self.db, self.actor, self.membership.id
        today, region = self.today, self.region
        typed = f"+{phone}" if remove else phone  # a listed phone is stored as its digits

        def work() -> MembershipInfo:
            client = client_with_phone(db, typed, region)
            return share_membership(db, actor, membership_id, client_id=client.id,
                                    remove=remove, day=today)

        self.message.setText("")
        self.operation = run_operation(
            self, tr("Removing from the list…") if remove else tr("Sharing…"), work,
            on_done=self._changed,
            on_refused=lambda error: self.message.setText(error_message(error)),
            cancellable=False, changes=Changed.MEMBERSHIPS,
            busy=[self.add_button, self.remove_button])

    def _changed(self, info: MembershipInfo) -> None:
        """Done: the list as it is now; the phone field empties, so Close is the default
        again and a second Enter closes."""
        self.membership = info
        self.phone.clear()
        self.show_list(info.shared_with or ())
        self.sig_shared.emit(info)
        self.phone.setFocus()
