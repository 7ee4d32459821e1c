"""Settings › Freeze reasons: the chain's list a receptionist picks from when freezing
(SPEC §3.5), edited by managers. Entries already written keep the reason they have."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from desk.core.permissions import Action
from desk.services.actor import Actor
from desk.services.chain import freeze_reasons, set_freeze_reasons
from desk.services.database import Database
from desk.ui.i18n import tr
from desk.ui.layouts import button_row, form_dialog
from desk.ui.settings_dialog import SettingsPage, register_tab

_EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FreezeReasonsTab(SettingsPage):
    """The reasons, one a line (double-click or F2 renames one); Add and Remove."""

    title = QT_TR_NOOP("Freeze reasons")
    needs = Action.MANAGE_TYPES

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.reasons = QListWidget(accessibleName=tr("Freeze reasons"))
        for reason in freeze_reasons(db):
            self._append(reason)
        self.new_reason = QLineEdit(accessibleName=tr("New freeze reason"))
        self.new_reason.setPlaceholderText(tr("A reason to add, e.g. Pregnancy"))
        self.add_button = QPushButton(tr("A&dd reason"), autoDefault=False)
        self.remove_button = QPushButton(tr("Remo&ve reason"), autoDefault=False)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        note = QLabel(tr("The receptionist picks one of these when freezing; a type may "
                         "require one. Memberships frozen before keep the reason they have."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form = form_dialog(self, [(tr("Reasons"), self.reasons),
                                  (tr("New reason"), self.new_reason)],
                           button_row(self.add_button, self.remove_button), note)
        form.setContentsMargins(0, 0, 0, 0)

    def _append(self, reason: str) -> None:
        item = QListWidgetItem(reason, self.reasons)
        item.setFlags(_EDITABLE)

    def listed(self) -> list[str]:
        return [self.reasons.item(r).text() for r in range(self.reasons.count())]

    def add(self) -> None:
        text = self.new_reason.text().strip()
        if text:
            self._append(text)
            self.new_reason.clear()

    def remove(self) -> None:
        row = self.reasons.currentRow()
        if row >= 0:
            self.reasons.takeItem(row)

    def work(self) -> Callable[[], object]:
        """Save the list, with the reason still typed in the field (Enter there saves)."""
        pending = [self.new_reason.text()] if self.new_reason.text().strip() else []
        db, actor, reasons = self.db, self.actor, self.listed() + pending
        return lambda: set_freeze_reasons(db, actor, reasons)


register_tab(FreezeReasonsTab)
