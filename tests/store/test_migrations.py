"""Upgrading an existing database: a copy is kept first, and no data is lost."""

import sqlite3

from alembic import command

from desk.store.engine import open_engine
from desk.store.migrate import alembic_config, current_revision, head_revision, upgrade
from desk.store.uow import Database


def database_at_first_revision(path):
    engine = open_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")
    return engine


def test_an_older_database_is_copied_aside_then_upgraded(tmp_path):
    path = tmp_path / "desk.sqlite"
    engine = database_at_first_revision(path)
    backup = upgrade(engine, path)
    assert current_revision(engine) == head_revision()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("yes",)


def test_opening_an_older_database_keeps_its_data(tmp_path):
    path = tmp_path / "desk.sqlite"
    database_at_first_revision(path).dispose()
    db = Database.open(path)
    with db.read() as uow:
        assert uow.reference.setting("kept") == "yes"
    assert list(tmp_path.glob("desk.before-*.sqlite"))


def test_a_database_already_current_is_not_copied(tmp_path):
    Database.open(tmp_path / "desk.sqlite").close()
    Database.open(tmp_path / "desk.sqlite").close()
    assert not list(tmp_path.glob("desk.before-*.sqlite"))


def test_the_head_constant_names_the_newest_migration_script():
    from desk.store.migrate import HEAD

    assert head_revision() == HEAD
