"""Log-in: user name and password; the service says yes or why not."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.auth import log_in
from desk.services.database import Database
from desk.ui.layouts import form_dialog


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, None
        self.setWindowTitle("Desk — log in")
        self.user = QLineEdit(placeholderText="user name")
        self.user.setAccessibleName("User name")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Log in")
        buttons.accepted.connect(self.try_log_in)
        buttons.rejected.connect(self.reject)
        form_dialog(self, [("&User", self.user), ("&Password", self.password)],
                    self.message, buttons)

    def try_log_in(self) -> None:
        try:
            self.actor: Actor | None = log_in(self.db, self.user.text(), self.password.text())
        except DeskError as error:
            self.message.setText(str(error))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
