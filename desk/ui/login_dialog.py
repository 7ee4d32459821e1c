"""Log-in: user name and password; the service says yes or why not.

A user who must change the password (the demo users, a new chain's admin) is asked for a
new one in the same dialog and gets in only once it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.auth import MIN_NEW_PASSWORD, change_password, log_in, must_change_password
from desk.services.database import Database
from desk.services.this_desk import last_user_name, remember_last_user
from desk.ui.i18n import tr
from desk.ui.layouts import form_dialog, grow_to_fit
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent=None, *, why: str = "") -> None:
        """``why``: said above the fields (the desk locked after idle minutes, say)."""
        super().__init__(parent)
        self.db, self.actor = db, None
        self.operation: Operation | None = None  # the check or save running or last run
        self._must_change: Actor | None = None  # logged in, but a new password comes first
        self.setWindowTitle(tr("Desk — log in"))
        self.user = QLineEdit(placeholderText=tr("user name"))
        self.user.setAccessibleName(tr("User name"))
        self.password = _password_field(tr("Password"))
        self.new_password = _password_field(tr("New password"))
        self.repeat_password = _password_field(tr("New password again"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log in"))
        self.buttons.accepted.connect(self.try_log_in)
        self.buttons.rejected.connect(self.reject)
        self.form = form_dialog(self, [(tr("&User"), self.user), (tr("&Password"), self.password),
                                       (tr("&New password"), self.new_password),
                                       (tr("&Repeat it"), self.repeat_password)],
                                self.message, self.buttons)
        self._show_new_password_rows(False)
        self._say(why)
        self.user.setText(last_user_name(db))  # the shift's user; never the password
        (self.password if self.user.text() else self.user).setFocus()

    def try_log_in(self) -> None:
        """Check the password (or save the new one) through the one door: the check is
        slow on purpose and counts failures; a refusal shows here, the field ready to
        type again."""
        if self.operation is not None and self.operation.running:
            return
        db, user, password = self.db, self.user.text(), self.password.text()
        if self._must_change is not None:
            self._save_new_password()
            return

        def check() -> tuple[Actor, bool]:  # who it is, and whether a new password comes first
            actor = log_in(db, user, password)
            remember_last_user(db, actor.username)
            return actor, must_change_password(db, actor)

        self._run(tr("Logging in…"), check, self._logged_in)

    def _logged_in(self, outcome: tuple[Actor, bool]) -> None:
        actor, must_change = outcome
        if must_change:
            self._ask_for_new_password(actor)
            return
        self.actor = actor
        self.accept()

    def _say(self, text: str) -> None:
        """A message under the fields, the dialog grown to show it whole (a refusal in
        Russian wraps to three lines where English takes two)."""
        self.message.setText(text)
        grow_to_fit(self)

    def _refused(self, error: DeskError) -> None:
        self._say(error_message(error))
        field = self.new_password if self._must_change else self.password
        field.selectAll()
        field.setFocus()

    def _run(self, title: str, work: Callable[[], object], on_done: Callable[[object], None],
             changes: Changed = Changed.NOTHING) -> None:
        self.operation = run_operation(
            self, title, work, on_done=on_done, on_refused=self._refused, cancellable=False,
            changes=changes, busy=[self.buttons.button(QDialogButtonBox.StandardButton.Ok)])

    def _ask_for_new_password(self, actor: Actor) -> None:
        self._must_change = actor
        self.user.setReadOnly(True)
        self.password.setReadOnly(True)
        self._show_new_password_rows(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save and log in"))
        self._say(tr("Choose a new password for {user} before you start (at least "
                     "%n characters).", None, MIN_NEW_PASSWORD).format(user=actor.username))
        self.new_password.setFocus()

    def _save_new_password(self) -> None:
        if self.new_password.text() != self.repeat_password.text():
            self._refused(DeskError("passwords_differ",
                                    tr("The two new passwords are not the same."),
                                    hint=tr("Type the new password twice.")))
            return
        db, actor, old, new = (self.db, self._must_change, self.password.text(),
                               self.new_password.text())
        self._run(tr("Saving the new password…"), lambda: change_password(db, actor, old, new),
                  lambda _: self._new_password_saved(actor), Changed.SETTINGS)

    def _new_password_saved(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _show_new_password_rows(self, visible: bool) -> None:
        for field in (self.new_password, self.repeat_password):
            self.form.setRowVisible(field, visible)

