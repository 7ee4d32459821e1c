"""Settings › Chain server: the central PostgreSQL this desk syncs with (SPEC §10)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from desk.services import sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.settings_dialog import SettingsPage, register_tab


@register_tab
class ChainServerTab(SettingsPage):
    """The server address; empty switches chain sync off."""

    title = "Chain server"

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.saved = sync.server_url(db) or ""
        self.url = QLineEdit(self.saved)
        self.url.setAccessibleName("Chain server address")
        self.url.setPlaceholderText("postgresql+psycopg://desk_desk@server:5432/chain")
        note = QLabel("Every desk of the chain points at the same PostgreSQL database, set up "
                      "once with `desk server init`. The desk keeps working offline and syncs "
                      "every minute. Leave empty to work alone.")
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout = QFormLayout(self)
        layout.addRow("Server address", self.url)
        layout.addRow(note)

    def save(self) -> None:
        if self.url.text().strip() != self.saved:  # only a change needs the permission
            sync.set_server_url(self.db, self.actor, self.url.text())
            self.saved = self.url.text().strip()
