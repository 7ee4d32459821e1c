"""A desk keeps its chain server password in the system keyring where there is one, else in a
file beside its database that only its user can read: never in the database, never in a
backup (SPEC §10)."""

import sqlite3
import stat
from contextlib import closing

from PySide6.QtWidgets import QLineEdit

from desk.notify import secrets
from desk.services import sync
from desk.services.backups import backup_now
from desk.sync.rounds import SERVER_URL
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.sync_settings import ChainServerTab
from tests.ui.driving import writes_done

PASSWORD = "Pa55-for-the-hub"
WITH_PASSWORD = f"postgresql+psycopg://chain_desks_front:{PASSWORD}@hub:5432/chain"
WITHOUT = "postgresql+psycopg://chain_desks_front@hub:5432/chain"


def stored_url(db) -> str | None:
    with closing(sqlite3.connect(db.path)) as con:
        found = con.execute("SELECT value FROM settings WHERE key = ?", (SERVER_URL,)).fetchone()
    return found[0] if found else None


def holds_password(db, tmp_path) -> bool:
    """Whether the database, its log or a backup of it holds the password anywhere."""
    copy = backup_now(db, sync_actor(db), tmp_path / "backup.sqlite")
    files = [db.path, db.path.with_name(db.path.name + "-wal"), copy]
    return any(PASSWORD.encode() in path.read_bytes() for path in files if path.exists())


def sync_actor(db):
    from desk.services.auth import cli_actor

    return cli_actor(db)


def test_with_a_keyring_the_password_goes_there_not_into_the_database_or_a_backup(
        demo, os_keyring, tmp_path):
    sync.set_server_url(demo.db, demo.admin, WITH_PASSWORD)
    assert stored_url(demo.db) == WITHOUT == sync.server_url(demo.db)
    assert os_keyring.get_password(
        secrets.SERVICE, f"sync.server.password.{demo.db.device_id}") == PASSWORD
    assert sync.connection_url(demo.db) == WITH_PASSWORD
    assert not holds_password(demo.db, tmp_path)


def test_without_a_keyring_the_password_goes_to_a_file_only_its_user_can_read(demo, tmp_path):
    sync.set_server_url(demo.db, demo.admin, WITH_PASSWORD)
    kept = demo.db.path.with_name(demo.db.path.name + ".server-password")
    assert PASSWORD in kept.read_text() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert sync.connection_url(demo.db) == WITH_PASSWORD
    assert not holds_password(demo.db, tmp_path)


def test_an_address_typed_again_without_its_password_keeps_the_saved_one(demo, os_keyring):
    sync.set_server_url(demo.db, demo.admin, WITH_PASSWORD)
    sync.set_server_url(demo.db, demo.admin, WITHOUT.replace("@hub:", "@hub.example.com:"))
    assert sync.connection_url(demo.db) == WITH_PASSWORD.replace("@hub:", "@hub.example.com:")


def test_switching_sync_off_forgets_the_password(demo, os_keyring):
    sync.set_server_url(demo.db, demo.admin, WITH_PASSWORD)
    sync.set_server_url(demo.db, demo.admin, "")
    assert not sync.server_password_saved(demo.db) and sync.connection_url(demo.db) is None


def test_a_round_with_a_typed_password_remembers_the_address_without_it(
        chain_server, demo, os_keyring, tmp_path):
    typed = chain_server.add_desk("front", admin=True)  # a desk's connection string
    sync.sync_now(demo.db, typed, actor=demo.admin)
    assert PASSWORD not in (stored_url(demo.db) or "") and ":" not in stored_url(
        demo.db).split("@")[0].removeprefix("postgresql+psycopg://")
    assert sync.connection_url(demo.db) == typed
    sync.sync_now(demo.db)  # with the saved password


def test_an_address_saved_with_its_password_by_an_older_desk_has_it_moved_out(
        chain_server, demo, os_keyring):
    with closing(sqlite3.connect(demo.db.path)) as con, con:
        con.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                    (SERVER_URL, chain_server.url.replace("postgres@", f"postgres:{PASSWORD}@")))
    sync.sync_now(demo.db)
    assert PASSWORD not in stored_url(demo.db) and sync.server_password_saved(demo.db)


def test_the_chain_server_tab_keeps_the_password_apart_from_the_address(demo, qtbot,
                                                                        os_keyring):
    dialog = SettingsDialog(demo.db, demo.admin, builders=[ChainServerTab])
    qtbot.addWidget(dialog)
    tab = dialog.pages[0]
    tab.url.setText(WITHOUT)
    tab.password.setText(PASSWORD)
    dialog.save()
    writes_done(qtbot)
    assert stored_url(demo.db) == WITHOUT and sync.connection_url(demo.db) == WITH_PASSWORD
    assert tab.password.text() == "" and tab.password.echoMode() == QLineEdit.EchoMode.Password
    assert "saved" in tab.password.placeholderText()
