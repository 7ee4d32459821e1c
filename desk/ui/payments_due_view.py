"""Payments due at the desk: renewal charges waiting to be taken; reception marks them paid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton

from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.renewals import cancel_renewal, mark_paid, payments_due
from desk.services.reports import currency
from desk.ui.formats import day, day_in_words, money
from desk.ui.i18n import tr
from desk.ui.layouts import list_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, events, run_operation
from desk.ui.tables import make_table


def payment_columns(chain_currency: Callable[[], str]) -> list[Column]:
    """The charges' columns, their amounts in the chain's currency (asked when shown)."""
    return [
        Column(QT_TR_NOOP("Due on"), lambda c: day(c.due_on)),
        Column(QT_TR_NOOP("Client"), lambda c: c.client),
        Column(QT_TR_NOOP("Membership"), lambda c: c.code or tr("(no code)")),
        Column(QT_TR_NOOP("Type"), lambda c: c.type_name),
        Column(QT_TR_NOOP("Amount"), lambda c: money(c.amount, chain_currency()),
               align_right=True),
        Column(QT_TR_NOOP("State"), lambda c: tr("Paid") if c.status == "paid" else tr("Due")),
    ]


PAYMENT_COLUMNS = payment_columns(lambda: "USD")


class PaymentsDueView(QDialog):
    """The "Payments due" dialog (Desk → Payments due…)."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(tr("Payments due — renewal charges"))
        self.currency = currency(db)
        self.show_paid = QCheckBox(tr("Show paid ones too"))
        self.show_paid.toggled.connect(self.refresh)
        self.model = RowsModel(payment_columns(lambda: self.currency), self)
        self.table = make_table(self.model, tr("Payments due"))
        self.note = QLabel()
        self.pay = QPushButton(tr("&Mark paid"))
        self.pay.setProperty("primary", True)
        self.pay.clicked.connect(self.mark_selected_paid)
        self.stop = QPushButton(tr("&Stop renewing"))
        self.stop.setToolTip(tr("The membership runs to the end of its period, then ends."))
        self.stop.clicked.connect(self.stop_selected_renewal)
        list_dialog(self, self.show_paid, self.note, self.table, self.stop, self.pay)
        self.resize(760, 400)
        events.sig_changed.connect(self._changed)  # a method: dropped with this view
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._offer())
        self.model.modelReset.connect(self._offer)
        self.refresh()

    def _chosen(self):
        return self.model.row_at(self.table.currentIndex().row())

    def _offer(self) -> None:
        """The buttons act on the chosen charge: none chosen, nothing to press."""
        charge = self._chosen()
        self.pay.setEnabled(charge is not None and charge.status == "due")
        self.stop.setEnabled(charge is not None)

    def refresh(self) -> None:
        rows = payments_due(self.db, self.actor, None if self.show_paid.isChecked() else "due")
        self.model.replace(rows)
        due = [r for r in rows if r.status == "due"]
        self.note.setText(tr("%n due", None, len(due)) if due else tr("Nothing is due."))

    def stop_selected_renewal(self) -> None:
        """Cancel the auto-renewal of the chosen charge's membership."""
        charge = self._chosen()
        if charge is None:
            self.note.setText(tr("Choose a membership's charge first."))
            return
        db, actor, name = self.db, self.actor, charge.code or charge.type_name
        run_operation(self, tr("Stopping the renewal…"),
                      lambda: cancel_renewal(db, actor, charge.membership_id),
                      on_done=lambda ends: self.note.setText(
                          tr("{name} will not renew; it ends on {day}.").format(
                              name=name, day=day_in_words(ends))),
                      cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.stop])

    def mark_selected_paid(self) -> None:
        charge = self._chosen()
        if charge is None or charge.status != "due":
            self.note.setText(tr("Choose a charge that is due."))
            return
        db, actor = self.db, self.actor
        run_operation(self, tr("Marking it paid…"), lambda: mark_paid(db, actor, charge.id),
                      cancellable=False, changes=Changed.CHARGES, busy=[self.pay])

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & Changed.CHARGES:  # a renewal stopped leaves its charges as they are
            self.refresh()
