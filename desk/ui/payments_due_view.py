"""Payments due at the desk: renewal charges waiting to be taken; reception marks them paid."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton

from desk.core.money import format_money
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.renewals import cancel_renewal, mark_paid, payments_due
from desk.ui.layouts import list_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, events, run_operation
from desk.ui.tables import make_table

PAYMENT_COLUMNS = [
    Column("Due on", lambda c: c.due_on),
    Column("Client", lambda c: c.client),
    Column("Membership", lambda c: c.code or "(no code)"),
    Column("Type", lambda c: c.type_name),
    Column("Amount", lambda c: format_money(c.amount), align_right=True),
    Column("State", lambda c: "Paid" if c.status == "paid" else "Due"),
]


class PaymentsDueView(QDialog):
    """The "Payments due" dialog (Desk → Payments due…)."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle("Payments due — renewal charges")
        self.show_paid = QCheckBox("Show paid ones too")
        self.show_paid.toggled.connect(self.refresh)
        self.model = RowsModel(PAYMENT_COLUMNS, self)
        self.table = make_table(self.model, "Payments due")
        self.note = QLabel()
        self.pay = QPushButton("&Mark paid")
        self.pay.setProperty("primary", True)
        self.pay.clicked.connect(self.mark_selected_paid)
        self.stop = QPushButton("&Stop renewing")
        self.stop.setToolTip("The membership runs to the end of its period, then ends.")
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
        self.note.setText(f"{len(due)} due" if due else "Nothing is due.")

    def stop_selected_renewal(self) -> None:
        """Cancel the auto-renewal of the chosen charge's membership."""
        charge = self._chosen()
        if charge is None:
            self.note.setText("Choose a membership's charge first.")
            return
        db, actor, name = self.db, self.actor, charge.code or charge.type_name
        run_operation(self, "Stopping the renewal…",
                      lambda: cancel_renewal(db, actor, charge.membership_id),
                      on_done=lambda ends: self.note.setText(
                          f"{name} will not renew; it ends on {ends}."),
                      cancellable=False, changes=Changed.MEMBERSHIPS, busy=[self.stop])

    def mark_selected_paid(self) -> None:
        charge = self._chosen()
        if charge is None or charge.status != "due":
            self.note.setText("Choose a charge that is due.")
            return
        db, actor = self.db, self.actor
        run_operation(self, "Marking it paid…", lambda: mark_paid(db, actor, charge.id),
                      cancellable=False, changes=Changed.CHARGES, busy=[self.pay])

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & Changed.CHARGES:  # a renewal stopped leaves its charges as they are
            self.refresh()
