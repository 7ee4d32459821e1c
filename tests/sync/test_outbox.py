"""Nothing written offline is forgotten: every synced table is versioned and queued by its
triggers, the queue empties only once the server has the rows, pulled rows are not sent back."""

from PySide6.QtWidgets import QLabel

from desk.services import memberships as ms
from desk.services import sync
from desk.sync.rounds import run_round
from desk.sync.tables import SYNCED
from desk.ui.main_window import MainWindow
from tests.demo_chain import DEMO_DAY


def test_every_synced_table_has_its_versioning_triggers(demo):
    with demo.db.read() as uow:
        found = set(uow.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")
            .scalars())
    assert found == {f"sync_{t}_{op}" for t in SYNCED for op in ("ins", "upd", "del")}


def test_work_done_offline_waits_until_a_round_sends_it(chain_server, demo):
    run_round(demo.db, chain_server.url)
    ms.sell_membership(demo.db, demo.admin, type_id=demo.type_id("PT 12"), code="OFF-1",
                       location_id=demo.location("Riverside"), day=DEMO_DAY)
    waiting = sync.status(demo.db).pending
    result = run_round(demo.db, chain_server.url)
    assert waiting == 2 and result.pushed_rows == 1 and result.pushed_entries == 1
    assert sync.status(demo.db).pending == 0


def test_rows_pulled_from_the_server_are_not_queued_to_go_back(desks):
    assert sync.status(desks.b).pending == 0


def test_a_local_edit_gets_a_newer_version_than_the_pulled_one(desks):
    with desks.b.read() as uow:
        before = uow.connection().exec_driver_sql(
            "SELECT hlc FROM row_versions WHERE table_name = 'chains'").scalar()
    with desks.b.write() as uow:
        uow.connection().exec_driver_sql("UPDATE chains SET name = 'Demo Studio 2'")
        after = uow.connection().exec_driver_sql(
            "SELECT hlc FROM row_versions WHERE table_name = 'chains'").scalar()
        uow.commit()
    assert after > before and sync.status(desks.b).pending == 1


def test_the_main_window_shows_the_sync_status_line(demo, qtbot):
    window = MainWindow(demo.db, demo.admin)
    qtbot.addWidget(window)
    [label] = [w for w in window.statusBar().findChildren(QLabel)
               if w.accessibleName() == "Sync status"]
    qtbot.waitUntil(lambda: label.text() == "Chain sync: off")
