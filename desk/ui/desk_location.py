"""The one question of a desk's first start (SPEC §11): where does this desk work? Asked of
an administrator once, while no location is set; Settings › This desk changes it later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow

from desk.core.permissions import Action, allowed
from desk.services import queries
from desk.services.database import Database
from desk.services.this_desk import desk_location, set_desk_location
from desk.ui.i18n import tr
from desk.ui.layouts import form_dialog
from desk.ui.operations import Changed, run_operation
from desk.ui.phrasebook import error_message
from desk.ui.this_desk_settings import location_choice


class DeskLocationDialog(QDialog):
    def __init__(self, db: Database, actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(tr("Desk — this desk's location"))
        self.location = location_choice(db)
        note = QLabel(tr("Where does this desk work? It is the default for selling, paying, "
                         "booking and the Today tab. Settings › This desk changes it."))
        note.setWordWrap(True)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Ask me later"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form_dialog(self, [(tr("&Location"), self.location)], note, self.message, self.buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        db, actor, location_id = self.db, self.actor, self.location.currentData()
        run_operation(self, tr("Saving this desk's location…"),
                      lambda: set_desk_location(db, actor, location_id),
                      on_done=lambda _: self.accept(),
                      on_refused=lambda error: self.message.setText(error_message(error)),
                      cancellable=False, changes=Changed.SETTINGS,
                      busy=[self.buttons.button(QDialogButtonBox.StandardButton.Save)])


def ask_desk_location(window: QMainWindow, db: Database) -> DeskLocationDialog | None:
    """Ask an administrator where this desk works, when nobody has said yet and the chain
    has somewhere to choose; others work at the location proposed until then."""
    actor = window.actor
    if desk_location(db) is not None or not allowed(actor.role, Action.MANAGE_SETTINGS) \
            or not queries.locations(db):
        return None
    dialog = DeskLocationDialog(db, actor, window)
    dialog.open()
    return dialog
