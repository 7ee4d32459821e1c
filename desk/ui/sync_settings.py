"""Settings › Chain server: the central PostgreSQL this desk syncs with (SPEC §10)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from desk.services import sync
from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.i18n import tr
from desk.ui.settings_dialog import SAVED, SettingsPage, _secret_field, register_tab


@register_tab
class ChainServerTab(SettingsPage):
    """The server address and this desk's password; an empty address switches sync off."""

    title = QT_TR_NOOP("Chain server")

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.saved = sync.server_url(db) or ""
        self.url = QLineEdit(self.saved)
        self.url.setAccessibleName(tr("Chain server address"))
        self.url.setPlaceholderText("postgresql+psycopg://chain_desks_front@server:5432/chain")
        self.password = _secret_field(tr("Chain server password"), sync.server_password_saved(db))
        where = (tr("the system keyring") if sync.password_kept_in_keyring() else
                 tr("a file beside this desk's database that only you can read (this "
                    "computer has no system keyring)"))
        note = QLabel(tr("Paste the connection string the chain's owner gave this desk (`desk "
                         "server add-desk`): its password is kept in {where}, never in the "
                         "database or its backups. Leave the password empty to keep the one "
                         "saved. The desk keeps working offline and syncs every minute. Leave "
                         "the address empty to work alone.").format(where=where))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout = QFormLayout(self)
        layout.addRow(tr("Server address"), self.url)
        layout.addRow(tr("Password"), self.password)
        layout.addRow(note)

    def work(self) -> Callable[[], object]:
        db, actor = self.db, self.actor
        address, password = self.url.text().strip(), self.password.text() or None
        if address == self.saved and not password:
            return lambda: None  # only a change needs the permission
        return lambda: sync.set_server_url(db, actor, address, password)

    def after_save(self) -> None:
        self.saved = sync.server_url(self.db) or ""
        self.url.setText(self.saved)  # a password typed into the address moves out
        self.password.clear()
        self.password.setPlaceholderText(tr(SAVED) if sync.server_password_saved(self.db)
                                         else "")
