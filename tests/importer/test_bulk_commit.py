"""A large commit writes in bulk and leaves the database as row-by-row writes would: every
index in place, every membership queued for sync, the audit chain whole; the collector is
back on however the import ended."""

import gc

import pytest

from desk.store import bulk_sales
from tests.importer.helpers import HEADER, desk, query, row, run_import, write_xlsx

INDEXES = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
           "AND tbl_name IN ('memberships', 'ledger_entries') ORDER BY name")


@pytest.fixture
def large_from_five(monkeypatch):
    """Imports of five rows and more count as large (the real bound is 10,000 rows)."""
    monkeypatch.setattr(bulk_sales, "LARGE", 5)
    rebuilt = []
    real = bulk_sales.indexes_rebuilt

    def recording(raw, tables, *, large):
        rebuilt.append(large)
        return real(raw, tables, large=large)

    monkeypatch.setattr(bulk_sales, "indexes_rebuilt", recording)
    return rebuilt


def test_a_large_commit_rebuilds_the_indexes_it_dropped(capsys, db, tmp_path,
                                                        large_from_five):
    before = query(db, INDEXES)
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(number=f"L-{i}") for i in range(8)])
    assert run_import(capsys, file, db, "--commit")[0] == 0
    assert large_from_five == [True] and query(db, INDEXES) == before
    assert query(db, "SELECT count(*) FROM memberships INDEXED BY ix_memberships_code_key "
                     "WHERE code_key = 'l-3'") == [(1,)]


def test_every_imported_membership_is_queued_for_sync_once(capsys, db, tmp_path,
                                                           large_from_five):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(number=f"Q-{i}") for i in range(8)])
    assert run_import(capsys, file, db, "--commit")[0] == 0
    queued = query(db, "SELECT m.code FROM sync_outbox o JOIN memberships m ON m.id = o.row_id "
                       "WHERE o.table_name = 'memberships' AND m.imported ORDER BY o.seq")
    assert queued == [(f"Q-{i}",) for i in range(8)]
    assert query(db, "SELECT count(*) FROM row_versions v JOIN memberships m ON m.id = v.row_id "
                     "WHERE m.imported AND v.device_id = (SELECT value FROM settings WHERE "
                     "key = 'device_id')") == [(8,)]


def test_the_audit_chain_is_whole_after_a_bulk_commit(capsys, db, tmp_path, large_from_five):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(number=f"C-{i}", phone=None)
                                                     for i in range(8)])
    assert run_import(capsys, file, db, "--commit")[0] == 0
    assert desk(capsys, "audit", "verify", "--db", db)[0] == 0


def test_the_collector_is_back_on_after_an_import_that_failed(capsys, db, tmp_path,
                                                               monkeypatch):
    collecting = []

    def broken(*_):
        collecting.append(gc.isenabled())
        raise OSError("disk full")

    monkeypatch.setattr(bulk_sales, "add_copies", broken)
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row()])
    assert desk(capsys, "import", file, "--db", db, "--commit", "--today", "2026-03-15")[0] != 0
    assert collecting == [False]  # the import ran with the collector off
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_preview_counts_the_rows_that_arrive_expired_with_visits_left(demo, tmp_path):
    from datetime import date

    from desk.services.imports import import_memberships

    rows = [row(number="E-1", remaining=3, sale_date="2025-01-10", valid_until="2025-06-30"),
            row(number="E-2", remaining=0, sale_date="2025-01-10", valid_until="2025-06-30"),
            row(number="E-3", remaining=3, sale_date="2025-01-10", valid_until="2025-06-30"),
            row(number="E-4", remaining=3, sale_date="2026-03-01")]
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, rows)
    result = import_memberships(demo.db, demo.admin, file, commit_rows=False,
                                today=date(2026, 3, 15))
    assert (result.valid, result.expired, result.clients) == (True, 2, 1)
