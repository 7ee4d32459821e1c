"""Who presents a gift: a gift membership (coded, no owner yet) pays a visit of whoever
presents its code, and from its first visit on it is theirs (SPEC §3.1). The receptionist
finds the visitor, or adds them, and the Pay dialog opens for them with the gift chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from desk.core.phones import display_phone
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.queries import search_clients
from desk.ui.client_dialog import ClientDialog
from desk.ui.i18n import tr
from desk.ui.layouts import button_row, form_dialog

SEARCH_DELAY_MS = 120


class VisitorDialog(QDialog):
    sig_chosen = Signal(object)  # the Client who uses the gift

    def __init__(self, db: Database, actor: Actor, code: str, *, region: str = "US",
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.region = db, actor, region
        self.setWindowTitle(tr("Who uses the gift {code}?").format(code=code))
        self.setMinimumWidth(460)
        note = QLabel(tr("{code} is a gift with no owner yet: it pays the visit of whoever "
                         "presents it, and becomes theirs. Find the visitor or add them.")
                      .format(code=code))
        note.setWordWrap(True)
        self.search = QLineEdit(placeholderText=tr("Name or phone"),
                                accessibleName=tr("Find the visitor"))
        self.found = QListWidget(accessibleName=tr("Clients found"))
        self.choose_button = QPushButton(tr("&Choose"), default=True, enabled=False)
        self.new_button = QPushButton(tr("&New client…"))
        cancel = QPushButton(tr("Cancel"))
        form_dialog(self, [(tr("&Visitor"), self.search), ("", self.found)], note,
                    button_row(self.choose_button, self.new_button, cancel))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.found.currentRowChanged.connect(
            lambda row: self.choose_button.setEnabled(row >= 0))
        self.found.itemActivated.connect(lambda _: self.choose())
        self.choose_button.clicked.connect(self.choose)
        self.new_button.clicked.connect(self.new_client)
        cancel.clicked.connect(self.reject)

    def search_now(self) -> None:
        self.found.clear()
        for client in search_clients(self.db, self.search.text(), region=self.region,
                                     limit=20):
            item = QListWidgetItem(f"{client.name} · {display_phone(client.phone)}")
            item.setData(Qt.ItemDataRole.UserRole, client)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def choose(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self._chosen(item.data(Qt.ItemDataRole.UserRole))

    def new_client(self) -> None:
        dialog = ClientDialog(self.db, self.actor, region=self.region, parent=self)
        dialog.sig_saved.connect(self._chosen)
        dialog.open()

    def _chosen(self, client) -> None:
        self.sig_chosen.emit(client)
        self.accept()
