"""Behaviour of the clients view: search as you type, open a client, open a membership,
and the receptionist's actions: new/edit client, sell, pay a visit, freeze, unfreeze, stop a
membership renewing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desk.core.permissions import Action, allowed
from desk.core.phones import display_phone
from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.history import membership_history
from desk.services.memberships import unfreeze_membership
from desk.services.queries import (
    SearchHit,
    client_memberships,
    code_hit,
    membership,
    search,
)
from desk.services.renewals import cancel_renewal
from desk.services.views import HistoryLine, MembershipInfo
from desk.ui.client_dialog import ClientDialog
from desk.ui.clients_view import ClientsView
from desk.ui.formats import day
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.history_corrections import HistoryCorrections
from desk.ui.history_transfer import HistoryTransfer
from desk.ui.history_undo import HistoryUndo
from desk.ui.i18n import tr
from desk.ui.operations import Changed, events, run_operation
from desk.ui.pay_dialog import PayDialog
from desk.ui.phrasebook import error_message, translated
from desk.ui.presented import pay_presented
from desk.ui.sell_dialog import SellDialog
from desk.ui.share_dialog import ShareAction

SEARCH_DELAY_MS = 120  # wait for a pause in typing: one query per burst of keys


class ClientsController(QObject):
    def __init__(self, db: Database, view: ClientsView, *, region: str = "US",
                 actor: Actor | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(view)
        self.db, self.view, self.region = db, view, region
        self.today = today  # the business day; tests fix it
        self._actor = actor
        self.dialog: QDialog | None = None  # the action dialog open now, if any
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        view.sig_search_changed.connect(lambda _: self._timer.start())
        view.sig_search_entered.connect(self.search_entered)
        view.sig_client_chosen.connect(self.open_client)
        view.sig_membership_chosen.connect(self.open_membership)
        view.sig_new_client.connect(self.new_client)
        view.sig_edit_client.connect(self.edit_client)
        view.sig_sell.connect(self.sell)
        view.sig_pay.connect(self.pay)
        view.sig_freeze.connect(self.freeze)
        view.sig_unfreeze.connect(self.unfreeze)
        view.sig_stop_renewing.connect(self.stop_renewing)
        self._keep_membership: str | None = None
        events.sig_changed.connect(self._changed)
        self.history_undo = HistoryUndo(self)
        self.history_corrections = HistoryCorrections(self)
        self.history_transfer = HistoryTransfer(self, self.history_corrections.refund_button)
        self.share = ShareAction(self)
        self._update_actions()
        QTimer.singleShot(0, self._update_actions)  # once the view sits in the main window

    @property
    def actor(self) -> Actor | None:
        """The logged-in user: given, or the main window's (which owns the log-in)."""
        return self._actor or getattr(self.view.window(), "actor", None)

    # finding and showing ------------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        found = search(self.db, self.view.search.text(), region=self.region)
        self.view.clients_model.replace(found)
        if found:
            self.view.clients.selectRow(0)
        else:
            self._show_hit(None)

    def search_entered(self) -> None:
        """Enter in the search box: a card's code (a scanner types it, then Enter) opens
        its Pay dialog at once; anything else searches without waiting for the pause."""
        hit = code_hit(self.db, self.view.search.text())
        self.search_now()
        if hit is not None and self.dialog is None and self._may(Action.PAY_VISIT):
            self.view.search.selectAll()  # the next card scanned replaces this code
            self._pay_presented(hit)

    def open_client(self, row: int) -> None:
        self._show_hit(self.view.clients_model.hit_at(row))

    def refresh(self, membership_id: str | None = None) -> None:
        """After something changed: show the open client again, keeping the membership."""
        keep = membership_id or getattr(self.current_membership(), "id", None)
        hit = self.current_hit()
        if hit is not None and hit.is_gift:
            self.search_now()  # a gift that paid a visit has its owner now: find them
        else:
            self.open_client(self.view.clients.currentIndex().row())
        rows = [self.view.memberships_model.row_at(r)
                for r in range(self.view.memberships_model.rowCount())]
        index = next((i for i, m in enumerate(rows) if m.id == keep), None)
        if index is not None:
            self.view.memberships.selectRow(index)

    def _changed(self, what: Changed | str) -> None:
        """Something was written (here or elsewhere, e.g. an import): show it."""
        keep, self._keep_membership = self._keep_membership, None
        if Changed(what) & (Changed.MEMBERSHIPS | Changed.CLIENTS) \
                and self.view.window().isVisible():
            self.refresh(keep)  # a closed window (shots, tests) has nothing to show

    def _keep(self, membership_id: str) -> None:
        """The next refresh shows ``membership_id`` (a dialog's write just made it; the door
        announces the change right after the dialog's handler)."""
        self._keep_membership = membership_id

    def current_client(self) -> Client | None:
        return self.view.clients_model.row_at(self.view.clients.currentIndex().row())

    def current_membership(self) -> MembershipInfo | None:
        return self.view.memberships_model.row_at(self.view.memberships.currentIndex().row())

    def current_hit(self) -> SearchHit | None:
        return self.view.clients_model.hit_at(self.view.clients.currentIndex().row())

    def _show_hit(self, hit: SearchHit | None) -> None:
        """A client's card; a gift's own line (no owner yet); the membership whose code
        was searched chosen."""
        if hit is None or hit.client is not None:
            self._show_client(hit.client if hit else None)
        else:
            gift = membership(self.db, hit.membership_id, self.today())
            self.view.client_title.setText(
                tr("Gift {code} · {type} · no owner yet: it pays the visit of whoever presents "
                   "it").format(code=gift.number, type=gift.type))
            self.view.memberships_model.replace([gift])
            self.view.memberships.selectRow(0)
            self._update_actions()
        rows = [self.view.memberships_model.row_at(r)
                for r in range(self.view.memberships_model.rowCount())]
        chosen = next((i for i, m in enumerate(rows) if hit and m.id == hit.membership_id), None)
        if chosen is not None:
            self.view.memberships.selectRow(chosen)

    def _show_client(self, client) -> None:
        view = self.view
        if client is None:
            view.client_title.setText(tr("No client found.") if view.search.text().strip()
                                      else tr("Type in the search box to find a client."))
            view.memberships_model.replace([])
            view.history_model.replace([])
            self._update_actions()
            return
        rows = client_memberships(self.db, client.id, self.today())
        view.client_title.setText(tr("{name} · {phone} · %n memberships", None, len(rows))
                                  .format(name=client.name, phone=display_phone(client.phone)))
        view.memberships_model.replace(rows)
        if rows:
            view.memberships.selectRow(0)
        else:
            view.history_model.replace([])
        self._update_actions()

    def open_membership(self, row: int) -> None:
        membership = self.view.memberships_model.row_at(row)
        self.view.history_title.setText(
            tr("History of {membership}").format(membership=membership.number or membership.type)
            if membership else tr("History"))
        self.view.history_model.replace(
            [shown_line(line) for line in membership_history(self.db, membership.id)]
            if membership else [])
        self._update_actions()

    def _update_actions(self) -> None:
        """Each action is offered only when it makes sense and the user may do it."""
        may = self._may
        client, membership = self.current_client(), self.current_membership()
        status = membership.status if membership else None
        view = self.view
        view.new_client_button.setEnabled(may(Action.MANAGE_CLIENTS))
        view.edit_client_button.setEnabled(may(Action.MANAGE_CLIENTS) and client is not None)
        view.sell_button.setEnabled(may(Action.SELL))
        hit = self.current_hit()
        view.pay_button.setEnabled(may(Action.PAY_VISIT) and bool(hit))
        view.freeze_button.setEnabled(may(Action.FREEZE) and status == "active")
        view.unfreeze_button.setEnabled(may(Action.FREEZE) and status == "frozen")
        view.stop_renewing_button.setVisible(bool(membership and membership.renews))
        view.stop_renewing_button.setEnabled(may(Action.SELL) and bool(membership
                                                                       and membership.renews))

    def _may(self, action: Action) -> bool:
        role = self.actor.role if self.actor else None
        return role is not None and allowed(role, action)

    # acting -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.view.show_action_error("")
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_client(self) -> None:
        dialog = ClientDialog(self.db, self.actor, region=self.region, parent=self.view)
        dialog.sig_saved.connect(self.show_saved_client)
        self._open(dialog)

    def edit_client(self) -> None:
        client = self.current_client()
        if client is None:
            return
        dialog = ClientDialog(self.db, self.actor, client, region=self.region, parent=self.view)
        dialog.sig_saved.connect(self.show_saved_client)
        self._open(dialog)

    def show_saved_client(self, client: Client) -> None:
        """Find the client just saved, so the desk shows them as they are now."""
        self.view.search.setText(f"+{client.phone}")
        self.search_now()

    def sell(self) -> None:
        dialog = SellDialog(self.db, self.actor, self.current_client(), self.today(),
                            parent=self.view)
        dialog.sig_sold.connect(lambda info: self._keep(info.id))
        self._open(dialog)

    def pay(self) -> None:
        hit = self.current_hit()
        if hit is not None and hit.is_gift:
            self._pay_presented(hit)
            return
        client = self.current_client()
        if client is None:
            return
        dialog = PayDialog(self.db, self.actor, client, self.today(),
                           location=self._pay_location(), parent=self.view)
        self._open(dialog)

    def _pay_presented(self, hit: SearchHit) -> None:
        pay_presented(self.db, self.actor, hit, day=self.today(),
                      location=self.actor.location_id if self.actor else None,
                      region=self.region, parent=self.view, open_dialog=self._open)

    def _pay_location(self) -> str | None:
        """The desk's location; else where the chosen membership was sold."""
        if self.actor and self.actor.location_id:
            return self.actor.location_id
        membership = self.current_membership()
        return membership.location if membership else None

    def freeze(self) -> None:
        membership = self.current_membership()
        if membership is None:
            return
        dialog = FreezeDialog(self.db, self.actor, membership, self.today(), parent=self.view)
        dialog.sig_frozen.connect(lambda info: self._keep(info.id))
        self._open(dialog)

    def unfreeze(self) -> None:
        membership = self.current_membership()
        if membership is None:
            return
        db, actor, membership_id, today = self.db, self.actor, membership.id, self.today()
        self._act(tr("Unfreezing…"), lambda: unfreeze_membership(db, actor, membership_id, today),
                  membership_id, busy=[self.view.unfreeze_button])

    def stop_renewing(self) -> None:
        """Ask, then cancel the renewal: the current period runs to its end."""
        membership = self.current_membership()
        if membership is None or not membership.renews:
            return
        name = membership.number or tr("{type} of {client}").format(
            type=membership.type, client=membership.client or tr("no one"))
        question = (tr("Stop renewing {name}? It stays valid until {day} and is not charged "
                       "again.").format(name=name, day=day(membership.expires))
                    if membership.expires else
                    tr("Stop renewing {name}? It stays valid to its end and is not charged "
                       "again.").format(name=name))
        box = QMessageBox(QMessageBox.Icon.Question, tr("Stop renewing"),
                          question, QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.Cancel, self.view)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _: box.clickedButton() is yes
                             and self._cancel_renewal(membership.id))
        self._open(box)

    def _cancel_renewal(self, membership_id: str) -> None:
        db, actor = self.db, self.actor
        self._act(tr("Stopping the renewal…"), lambda: cancel_renewal(db, actor, membership_id),
                  membership_id)

    def _act(self, title: str, work: Callable[[], object], membership_id: str, *,
             busy: Sequence[QWidget] = ()) -> None:
        """A membership's action from the view, through the one door; a refusal shows
        under the actions, the membership stays chosen."""
        self.view.show_action_error("")
        run_operation(self.view, title, work, on_done=lambda _: self._keep(membership_id),
                      on_refused=lambda error: self.view.show_action_error(error_message(error)),
                      cancellable=False, changes=Changed.MEMBERSHIPS, busy=busy)


def shown_line(line: HistoryLine) -> HistoryLine:
    """A history line as the window shows it: its words in the window's language."""
    return replace(line, what=translated(line.what), details=translated(line.details))
