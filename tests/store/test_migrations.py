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
    backup = upgrade(engine, path).backup
    assert current_revision(engine) == head_revision()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("yes",)


def test_opening_an_older_database_keeps_its_data(tmp_path):
    path = tmp_path / "desk.sqlite"
    database_at_first_revision(path).dispose()
    db = Database.open(path)
    with db.read() as uow:
        assert uow.settings.get("kept") == "yes"
    assert list(tmp_path.glob("desk.before-*.sqlite"))


def test_a_database_already_current_is_not_copied(tmp_path):
    Database.open(tmp_path / "desk.sqlite").close()
    Database.open(tmp_path / "desk.sqlite").close()
    assert not list(tmp_path.glob("desk.before-*.sqlite"))


def test_the_head_constant_names_the_newest_migration_script():
    from desk.store.migrate import HEAD

    assert head_revision() == HEAD


def insert_row(conn, table: str, **values) -> None:
    """A row with ``values``, and a placeholder in every other required column."""
    for _, name, kind, notnull, default, _pk in conn.exec_driver_sql(
            f"PRAGMA table_info({table})").all():
        if name not in values and notnull and default is None:
            values[name] = 0 if "INT" in kind or "BOOL" in kind else f"{name}-1"
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    conn.exec_driver_sql(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                         tuple(values.values()))


def test_upgrading_a_chain_with_types_in_use_keeps_every_reference(tmp_path):
    path = tmp_path / "desk.sqlite"
    engine = open_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        insert_row(conn, "service_categories", id="c1")
        insert_row(conn, "services", id="s1", category_id="c1", name_key="massage")
        insert_row(conn, "membership_types", id="t1", name_key="massage 10")
        insert_row(conn, "membership_type_services", type_id="t1", service_id="s1")
    engine.dispose()
    db = Database.open(path)  # tables that others point at are rebuilt by the upgrade
    with db.read() as uow:
        sql = uow.connection().exec_driver_sql
        assert sql("SELECT id FROM membership_types").all() == [("t1",)]
        assert sql("SELECT type_id FROM membership_type_services").all() == [("t1",)]
        assert sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_upgrading_to_0011_gives_existing_clients_search_keys_without_queueing_them(tmp_path):
    path = tmp_path / "desk.sqlite"
    engine = open_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0010")
        conn.exec_driver_sql("INSERT INTO clients (id, name, name_key, phone, notes) VALUES "
                             "('c1', 'Carla Díaz López', 'carla díaz lópez', '34911234567', '')")
        queued = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
    upgrade(engine, path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT search_key FROM clients").scalar() \
            == "carla diaz lopez"
        assert sorted(conn.exec_driver_sql("SELECT word FROM client_name_words").scalars()) \
            == ["diaz lopez", "lopez"]
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == queued


def test_the_code_tail_index_spells_its_expression_as_the_queries_do(tmp_path):
    from desk.store.schema import CODE_TAIL
    db = Database.open(tmp_path / "desk.sqlite")
    with db.read() as uow:
        sql = uow.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_memberships_code_tail'").scalar()
    assert CODE_TAIL in sql


def test_upgrading_to_0012_leaves_existing_types_without_visit_limits_and_unqueued(tmp_path):
    path = tmp_path / "desk.sqlite"
    engine = open_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
        insert_row(conn, "membership_types", id="t1", name_key="yoga")
        queued = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
    upgrade(engine, path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT visits_per_day, visits_per_week, visits_per_month FROM membership_types"
        ).all() == [(None, None, None)]
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == queued
