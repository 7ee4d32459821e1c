"""Sync conflicts for a manager (Desk → Sync conflicts…): overdrafts to resolve — charge the
visits, extend with a new package, or write them off, each one ledger entry — duplicate
codes, shown as found, clients or names two desks added alike, settled by the sync, and rows
set aside by the sync, shown until a manager marks them reviewed."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desk.core.permissions import Action, allowed
from desk.services import reports, sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.formats import money
from desk.ui.i18n import tr
from desk.ui.layouts import button_row
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, events, run_operation
from desk.ui.phrasebook import translated
from desk.ui.tables import make_table

KINDS = {"overdraft": QT_TR_NOOP("Overdraft"), "duplicate_code": QT_TR_NOOP("Duplicate code"),
         "duplicate_client": QT_TR_NOOP("Duplicate client"),
         "duplicate_name": QT_TR_NOOP("Duplicate name"), "set_aside": QT_TR_NOOP("Set aside")}
RESOLUTIONS = (("charge", QT_TR_NOOP("&Charge the visits")), ("extend", QT_TR_NOOP("&Extend")),
               ("write_off", QT_TR_NOOP("&Write off")))
CONFLICT_COLUMNS = [
    Column(QT_TR_NOOP("Conflict"), lambda c: tr(KINDS[c.kind]) if c.kind in KINDS else c.kind),
    Column(QT_TR_NOOP("Code"), lambda c: c.code or ""),
    Column(QT_TR_NOOP("What happened"), lambda c: translated(c.detail)),
]
ABOUT = QT_TR_NOOP(
    "An overdraft is resolved by one ledger entry that every desk receives at its next sync."
    " Duplicate codes stay as sold; tell the clients apart by name. Clients and "
    "names added alike on two desks were settled by the sync: check them, then mark "
    "them reviewed. A row set aside came from the chain server and could not be applied "
    "here (or was changed here and may not be sent); the sync went on without it: tell "
    "whoever runs the chain server, then mark it reviewed.")


class ConflictsView(QDialog):
    """The open conflicts, with what a manager may do about the selected one."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(tr("Sync conflicts"))
        self.model = RowsModel(CONFLICT_COLUMNS, self)
        self.table = make_table(self.model, tr("Conflicts"))
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(tr("Amount taken"))
        self.buttons: dict[str, QPushButton] = {}
        for how, text in (*RESOLUTIONS, ("review", QT_TR_NOOP("Mark &reviewed"))):
            button = QPushButton(tr(text))
            button.clicked.connect(lambda _=False, h=how: self.resolve(h))
            self.buttons[how] = button
        amount_row = QFormLayout()
        amount_row.addRow(tr("Amount taken (charge or extend)"), self.amount)
        layout = QVBoxLayout(self)
        for item in (self.table, self.note):
            layout.addWidget(item)
        layout.addLayout(amount_row)
        layout.addLayout(button_row(*self.buttons.values()))
        self.resize(760, 380)
        events.sig_changed.connect(self._changed)  # a method: dropped with this view
        self.refresh()

    def refresh(self) -> None:
        self.model.replace(sync.conflicts(self.db))
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, *_args) -> None:
        conflict = self.selected()
        manager = allowed(self.actor.role, Action.EDIT_MEMBERSHIP)
        overdraft = manager and conflict is not None and conflict.kind == "overdraft"
        for how, _ in RESOLUTIONS:
            self.buttons[how].setEnabled(overdraft)
        self.amount.setEnabled(overdraft)
        self.buttons["review"].setEnabled(manager and conflict is not None
                                          and conflict.clash is not None)
        self.note.setText(self._explain(conflict if overdraft else None))

    def _explain(self, overdraft) -> str:
        if not self.model.rowCount():
            return tr("No conflicts: every desk agrees.")
        if overdraft is None:
            return tr(ABOUT)
        membership = overdraft.membership_ids[0]
        charge, extend = (sync.overdraft_amount(self.db, membership, how)
                          for how in ("charge", "extend"))
        self.amount.setPlaceholderText(tr("charge {charge} · extend {extend}").format(
            charge=charge, extend=extend))
        currency = reports.currency(self.db)
        return tr("Charge: the client pays {charge} for the overdrawn visits. Extend: the client "
                  "buys a new package for {extend} and the overdrawn visits come out of it. "
                  "Write off: the business absorbs them. Type another amount above to take a "
                  "different one.").format(charge=money(charge, currency),
                                           extend=money(extend, currency))

    def resolve(self, how: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        if how == "review":
            work = lambda: sync.review_clash(self.db, self.actor, conflict.clash)  # noqa: E731
            title = tr("Marking it reviewed…")
        else:
            amount = self.amount.text() if how != "write_off" else None
            membership_id = conflict.membership_ids[0]
            work = lambda: sync.resolve_overdraft(  # noqa: E731
                self.db, self.actor, membership_id, how, amount=amount)
            title = tr("Resolving the overdraft…")
        for button in self.buttons.values():
            button.setEnabled(False)  # until it is done: a double click resolves once
        self.operation = run_operation(self, title, work, on_done=lambda _: self.amount.clear(),
                                       cancellable=False,
                                       changes=Changed.MEMBERSHIPS | Changed.CONFLICTS)
        self.operation.sig_finished.connect(self._enable)  # failed too: the choice is back

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & (Changed.CONFLICTS | Changed.MEMBERSHIPS):  # a sync round's too
            self.refresh()
