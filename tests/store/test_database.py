"""The SQLite store: migrations, pragmas, locking, column types, backups."""

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from desk.core.bookings import ServiceKind
from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.core.reference import Chain, Client, Location, Service
from desk.services.backups import backup_now
from desk.store import schema
from desk.store.backup import backup_to
from desk.store.engine import _refuse_network_share
from desk.store.migrate import current_revision, head_revision
from desk.store.uow import Database


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "desk.sqlite")
    yield database
    database.close()


def _service(price: Decimal) -> Service:
    return Service("s", "S", "Cat", ServiceKind.INDIVIDUAL, 30, price)


def test_the_migrated_schema_matches_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, schema.Base.metadata) == []


def test_opening_a_new_file_migrates_it_to_the_latest_revision(db):
    assert current_revision(db.engine) == head_revision()


def test_every_connection_uses_wal_foreign_keys_and_full_sync(db):
    with db.engine.connect() as conn:
        pragmas = [conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                   for p in ("journal_mode", "foreign_keys", "synchronous")]
    assert pragmas == ["wal", 1, 2]


def test_a_write_transaction_holds_the_write_lock_from_its_start(db, tmp_path):
    with db.write() as uow:
        uow.settings.get("device_id")  # only a read so far
        other = sqlite3.connect(tmp_path / "desk.sqlite", timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_reader_does_not_wait_for_a_writer(db, tmp_path):
    with db.write() as writer:
        writer.settings.put("x", "1")
        with db.read() as reader:
            assert reader.settings.get("x") is None


def test_the_device_id_is_made_once_per_database(tmp_path):
    first = Database.open(tmp_path / "a.sqlite")
    again = Database.open(tmp_path / "a.sqlite")
    assert first.device_id == again.device_id
    assert Database.open(tmp_path / "b.sqlite").device_id != first.device_id


def test_foreign_keys_are_enforced(db):
    with db.write() as uow, pytest.raises(Exception, match="FOREIGN KEY"):
        uow.visits.record("v", client_id="missing", service_id="missing",
                          location_id="missing", on=date(2026, 1, 1), recorded_at=utc_now())


def test_money_is_stored_as_exact_cents(db):
    with db.write() as uow:
        uow.reference.add_chain(Chain("c", "C", "USD"))
        uow.reference.add_service(_service(Decimal("0.10")))
        uow.commit()
    with db.read() as uow:
        assert uow.reference.service("s").price == Decimal("0.10")
        raw = uow.connection().execute(select(schema.Service.price)).scalar()
    assert raw == Decimal("0.10")


def test_naive_datetimes_are_refused(db):
    with db.write() as uow, pytest.raises(Exception, match="naive"):
        uow.visits.record("v", client_id="c", service_id="s", location_id="l",
                          on=date(2026, 1, 1), recorded_at=datetime(2026, 1, 1))


@pytest.mark.parametrize("path", ["//server/share/desk.sqlite", "\\\\server\\share\\desk.sqlite"])
def test_a_database_on_a_network_share_is_refused(path):
    with pytest.raises(DeskError) as caught:
        _refuse_network_share(Path(path))
    assert caught.value.code == "database_on_network_share"


def test_a_backup_is_a_complete_consistent_copy(demo, tmp_path):
    out = backup_to(demo.db.engine, tmp_path / "backup.sqlite")
    copy = Database.open(out)
    with copy.read() as uow:
        assert uow.memberships.by_id_or_code("DS-0001").remaining == 7


def test_a_backup_never_overwrites_a_file_unless_told_to(demo, tmp_path):
    (tmp_path / "taken.sqlite").write_text("keep me")
    with pytest.raises(DeskError) as caught:
        backup_now(demo.db, demo.admin, tmp_path / "taken.sqlite")
    assert caught.value.code == "file_exists"
    assert (tmp_path / "taken.sqlite").read_text() == "keep me"
    backup_now(demo.db, demo.admin, tmp_path / "taken.sqlite", force=True)
    assert sqlite3.connect(tmp_path / "taken.sqlite").execute(
        "SELECT count(*) FROM memberships").fetchone() == (3,)


def test_commits_leave_the_log_to_idle_checkpoints(db, tmp_path):
    for n in range(50):
        with db.write() as uow:
            uow.settings.put(f"k{n}", "v" * 2000)
            uow.commit()
    logged, copied = db.checkpoint()
    assert logged > 0 and copied == logged


def test_a_large_log_is_folded_in_after_a_write(db, tmp_path, monkeypatch):
    monkeypatch.setattr("desk.store.uow.WAL_CAP_BYTES", 10_000)
    with db.write() as uow:
        uow.settings.put("big", "v" * 50_000)
        uow.commit()
    logged, copied = db.checkpoint()
    assert copied == logged  # nothing was left for this checkpoint but what it found


def test_moments_read_back_as_the_same_utc_instant(db):

    moment = datetime(2026, 3, 15, 14, 30, 5, 123456, tzinfo=UTC)
    with db.write() as uow:
        uow.reference.add_chain(Chain("c", "C", "USD"))
        uow.reference.add_location(Location("l", "L"), sales_storage=None)
        uow.reference.add_service(_service(Decimal(1)))
        uow.reference.add_client(Client("cl", "N", "1"))
        uow.visits.record("v", client_id="cl", service_id="s", location_id="l",
                          on=moment.date(), recorded_at=moment)
        uow.commit()
    with db.read() as uow:
        assert uow.connection().execute(select(schema.Visit.recorded_at)).scalar() == moment


def test_a_type_changed_by_another_process_is_seen_at_once(demo):
    from dataclasses import replace

    with demo.db.read() as uow:
        before = uow.types.by_name("Nails split")
        uow.memberships.by_id_or_code("DS-0001")  # fills the shared type cache
    other = Database.open(demo.path)
    with other.write() as uow:
        uow.types.save(replace(before, price=Decimal("999.00")))
        uow.commit()
    with demo.db.read() as uow:
        assert uow.types.get(before.id).price == Decimal("999.00")
