"""Undo any payment from a membership's history (SPEC §3.11): the button under the history,
Ctrl+Z or the context menu on its row. It asks first; a payment the user may not undo (an
earlier day's, for reception) is refused with the reason, not a silently dead button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desk.core.errors import DeskError
from desk.core.permissions import require_undo
from desk.services.memberships import undo_payment
from desk.services.views import HistoryLine, MembershipInfo
from desk.ui.formats import clock, day_in_words
from desk.ui.i18n import tr
from desk.ui.layouts import ask_first
from desk.ui.operations import Changed, run_operation
from desk.ui.phrasebook import error_message

if TYPE_CHECKING:
    from desk.ui.clients_controller import ClientsController


class HistoryUndo(QObject):
    """The history's Undo, for a ``ClientsController`` (its view, actor, day and dialogs)."""

    def __init__(self, clients: ClientsController) -> None:
        super().__init__(clients)
        self.clients = clients
        view = clients.view
        view.sig_undo_payment.connect(self.undo_chosen)
        view.history.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.history_model.modelReset.connect(self.update)
        self.update()

    def chosen(self) -> HistoryLine | None:
        view = self.clients.view
        return view.history_model.row_at(view.history.currentIndex().row())

    def update(self) -> None:
        """Offered on a payment not undone yet; whether this user may undo it is said when
        they try (the reason is worth reading)."""
        line = self.chosen()
        can = bool(line and line.undoable and self.clients.actor)
        self.clients.view.undo_payment_button.setEnabled(can)
        self.clients.view.undo_payment_action.setEnabled(can)

    def undo_chosen(self) -> None:
        line, membership = self.chosen(), self.clients.current_membership()
        actor = self.clients.actor
        if line is None or not line.undoable or membership is None or actor is None:
            return
        try:
            require_undo(actor.role, line.on, self.clients.today())
        except DeskError as refusal:
            self.clients.view.show_action_error(error_message(refusal))
            return
        self.clients._open(ask_first(
            self.clients.view, tr("Undo payment"),
            undo_question(line, membership, self.clients.today()),
            lambda: self._undo(line.entry_id, membership.id), yes_text=tr("&Undo")))

    def _undo(self, payment_id: str, membership_id: str) -> None:
        db, actor, day = self.clients.db, self.clients.actor, self.clients.today()
        self.clients.view.show_action_error("")
        run_operation(self.clients.view, tr("Undoing the payment…"),
                      lambda: undo_payment(db, actor, payment_id, day),
                      on_done=lambda _: self.clients._keep(membership_id),
                      on_refused=lambda error: self.clients.view.show_action_error(
                          error_message(error)),
                      cancellable=False, changes=Changed.MEMBERSHIPS,
                      busy=[self.clients.view.undo_payment_button])


def undo_question(line: HistoryLine, membership: MembershipInfo, today) -> str:
    """"Undo the 10:12 Yoga class visit? The visit goes back to DS-0001." (with its day when
    it is not today's)."""
    name = membership.number or tr("the {type} of {client}").format(
        type=membership.type, client=membership.client or tr("no one"))
    values = dict(time=clock(line.at), service=line.service, membership=name,
                  day=day_in_words(line.on, year=line.on.year != today.year))
    if line.on == today:
        question = (tr("Undo the {time} {service} visit? The visit goes back to {membership}.")
                    if line.service else
                    tr("Undo the {time} visit? The visit goes back to {membership}."))
    else:
        question = (tr("Undo the {time} {service} visit of {day}? The visit goes back to "
                       "{membership}.") if line.service else
                    tr("Undo the {time} visit of {day}? The visit goes back to {membership}."))
    return question.format(**values)
