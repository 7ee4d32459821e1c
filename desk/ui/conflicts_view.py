"""Sync conflicts for a manager (Desk → Sync conflicts…): overdrafts to resolve — charge the
visit, extend, or write off, each one ledger entry — and duplicate codes, shown as found."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from desk.core.permissions import Action, allowed
from desk.services import sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.layouts import button_row
from desk.ui.models import Column, RowsModel
from desk.ui.operations import run_operation
from desk.ui.tables import make_table

KINDS = {"overdraft": "Overdraft", "duplicate_code": "Duplicate code"}
RESOLUTIONS = (("charge", "&Charge the visit"), ("extend", "&Extend"),
               ("write_off", "&Write off"))
CONFLICT_COLUMNS = [
    Column("Conflict", lambda c: KINDS.get(c.kind, c.kind)),
    Column("Code", lambda c: c.code or ""),
    Column("What happened", lambda c: c.detail),
]


class ConflictsView(QDialog):
    """The open conflicts, with the resolutions a manager may apply to an overdraft."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle("Sync conflicts")
        self.model = RowsModel(CONFLICT_COLUMNS, self)
        self.table = make_table(self.model, "Conflicts")
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for how, text in RESOLUTIONS:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=how: self.resolve(h))
            self.buttons[how] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(button_row(*self.buttons.values()))
        self.resize(720, 360)
        self.refresh()

    def refresh(self) -> None:
        found = sync.conflicts(self.db)
        self.model.replace(found)
        self.note.setText("No conflicts: every desk agrees." if not found else
                          "An overdraft is resolved by one ledger entry that every desk "
                          "receives at its next sync. Duplicate codes stay as sold; tell "
                          "the clients apart by name.")
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, *_args) -> None:
        conflict = self.selected()
        ok = (conflict is not None and conflict.kind == "overdraft"
              and allowed(self.actor.role, Action.EDIT_MEMBERSHIP))
        for button in self.buttons.values():
            button.setEnabled(ok)

    def resolve(self, how: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        membership_id = conflict.membership_ids[0]
        self.operation = run_operation(
            self, "Resolving the overdraft…",
            lambda: sync.resolve_overdraft(self.db, self.actor, membership_id, how),
            on_done=lambda _info: self.refresh(), cancellable=False, changes="memberships")
