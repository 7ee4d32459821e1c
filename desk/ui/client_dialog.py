"""New client / edit client: name, phone in any common format, e-mail, notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from desk.core.errors import DeskError
from desk.core.phones import display_phone, normalize_phone
from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.clients import add_client, update_client
from desk.services.database import Database
from desk.ui.i18n import tr
from desk.ui.layouts import form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message

# refusals about the phone: they go once the phone typed is a whole number again
PHONE_REFUSALS = {"phone_invalid", "phone_taken"}


def error_label() -> QLabel:
    """Where a dialog shows why the service refused (the DeskError's message)."""
    label = QLabel("")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setAccessibleName(tr("Error"))
    return label


def _line(text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit


class ClientDialog(QDialog):
    sig_saved = Signal(object)  # the Client as saved

    def __init__(self, db: Database, actor: Actor, client: Client | None = None, *,
                 region: str = "US", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client, self.region = db, actor, client, region
        self.operation: Operation | None = None  # the save running or made
        self.setWindowTitle(tr("Edit client") if client else tr("New client"))
        self.name = _line(client.name if client else "", tr("Name"))
        self.phone = _line(display_phone(client.phone) if client else "", tr("Phone"))
        self.phone.setPlaceholderText("+1 212 567 8904")
        self.phone_hint = QLabel("")
        self.phone_hint.setProperty("role", "hint")
        self.email = _line(client.email or "" if client else "", tr("E-mail"))
        self.notes = QPlainTextEdit(client.notes if client else "")
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.message = error_label()
        self._refused_code: str | None = None  # the code of the refusal shown in ``message``
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.phone.textChanged.connect(self._show_phone)
        self._lay_out()

    def _lay_out(self) -> None:
        form_dialog(self, [(tr("&Name"), self.name), (tr("&Phone"), self.phone),
                           ("", self.phone_hint), (tr("&E-mail"), self.email),
                           (tr("N&otes"), self.notes)],
                    self.message, self.buttons)

    def _show_phone(self, text: str) -> None:
        try:
            self.phone_hint.setText(tr("Saved as {phone}").format(
                phone=display_phone(normalize_phone(text, self.region))))
        except DeskError:
            self.phone_hint.setText(tr("Not a complete phone number yet") if text.strip()
                                    else "")
            return
        if self._refused_code in PHONE_REFUSALS:  # the phone it was about is right now
            self._show_refusal(None)

    def _show_refusal(self, error: DeskError | None) -> None:
        self._refused_code = error.code if error else None
        self.message.setText(error_message(error) if error else "")

    def save(self) -> None:
        """Save through the one door (Save rests meanwhile: a double click saves once); a
        refusal shows here, so the phone or e-mail can be fixed."""
        if self.operation is not None and self.operation.running:
            return
        db, actor, region, client = self.db, self.actor, self.region, self.client
        name, phone, email, notes = (self.name.text(), self.phone.text(), self.email.text(),
                                     self.notes.toPlainText())
        if client is None:
            work = lambda: add_client(db, actor, name, phone, email=email,  # noqa: E731
                                      notes=notes, region=region)
        else:
            work = lambda: update_client(db, actor, client.id, name, phone,  # noqa: E731
                                         email, notes, region=region)
        self.operation = run_operation(
            self, tr("Saving the client…"), work, on_done=self._saved,
            on_refused=self._show_refusal, cancellable=False,
            changes=Changed.CLIENTS, busy=[self.save_button])

    def _saved(self, saved: Client) -> None:
        self.client = saved
        self.save_button.setEnabled(False)  # saved: the dialog closes
        self.sig_saved.emit(saved)
        self.accept()
