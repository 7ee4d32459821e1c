"""Sync in the window: the status line, the background round, the conflicts view, the
Settings › Chain server tab."""

from decimal import Decimal

from PySide6.QtWidgets import QLabel

from desk.services import sync
from desk.ui import formats
from desk.ui.conflicts_view import ConflictsView
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.sync_settings import ChainServerTab
from desk.ui.sync_status import SyncRunner
from tests.demo_chain import Demo
from tests.sync.test_clashes import add_client_and_sell
from tests.sync.test_merging import last_visit_membership, pay_classic
from tests.ui.driving import writes_done


def runner_on(db, qtbot) -> tuple[SyncRunner, QLabel]:
    label = QLabel()
    qtbot.addWidget(label)
    return SyncRunner(db, label, label, interval_ms=60_000), label


def overdraft_in_the_conflicts_view(desks, qtbot, role: str) -> ConflictsView:
    """Emma's last visit paid on both desks while apart, desk B's Conflicts view on it."""
    last_visit_membership(desks)
    pay_classic(desks.a, "EMMA-1"), pay_classic(desks.b, "EMMA-1")
    desks.sync(desks.a, desks.b)
    view = ConflictsView(desks.b, getattr(Demo(desks.b, None), role))
    qtbot.addWidget(view)
    view.table.selectRow(0)
    return view


def test_a_background_round_updates_the_status_line(desks, qtbot):
    runner, label = runner_on(desks.b, qtbot)
    sync.set_server_url(desks.b, Demo(desks.b, None).admin, desks.url)
    with qtbot.waitSignal(runner.sig_synced, timeout=10_000):
        runner.start()
    qtbot.waitUntil(lambda: label.text().startswith("Synced "))
    assert "0 to send · 0 conflicts" in label.text()


def test_a_failed_round_shows_in_the_status_line_not_in_a_popup(demo, qtbot):
    sync.set_server_url(demo.db, demo.admin, "postgresql+psycopg://nobody@127.0.0.1:1/none")
    runner, label = runner_on(demo.db, qtbot)
    with qtbot.waitSignal(runner.sig_failed, timeout=10_000):
        runner.run_now()
    qtbot.waitUntil(lambda: label.text().startswith("Sync failed at "))


def test_without_a_server_the_line_says_sync_is_off(demo, qtbot):
    runner, label = runner_on(demo.db, qtbot)
    with qtbot.waitSignal(runner.sig_status):
        runner.show_status()
    assert label.text() == "Chain sync: off"


def test_a_manager_writes_off_an_overdraft_in_the_conflicts_view(desks, qtbot):
    view = overdraft_in_the_conflicts_view(desks, qtbot, "admin")
    view.buttons["write_off"].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    assert "No conflicts" in view.note.text()


def test_a_receptionist_sees_conflicts_but_cannot_resolve_them(desks, qtbot):
    view = overdraft_in_the_conflicts_view(desks, qtbot, "reception")
    assert view.model.rowCount() == 1 and not view.buttons["charge"].isEnabled()


def test_the_chain_server_tab_remembers_the_address(demo, qtbot):
    dialog = SettingsDialog(demo.db, demo.admin, builders=[ChainServerTab])
    qtbot.addWidget(dialog)
    dialog.pages[0].url.setText("postgresql+psycopg://desk_desk@hub:5432/chain")
    dialog.save()
    writes_done(qtbot)
    assert sync.server_url(demo.db) == "postgresql+psycopg://desk_desk@hub:5432/chain"


def test_the_chain_server_tab_refuses_an_address_that_is_not_postgresql(demo, qtbot):
    dialog = SettingsDialog(demo.db, demo.admin, builders=[ChainServerTab])
    qtbot.addWidget(dialog)
    dialog.pages[0].url.setText("http://hub")
    dialog.save()
    writes_done(qtbot)
    assert "not a chain server address" in dialog.message.text()


def test_a_manager_charges_an_overdraft_with_the_amount_typed(desks, qtbot):
    view = overdraft_in_the_conflicts_view(desks, qtbot, "admin")
    note = view.note.text()
    assert formats.money(Decimal("80"), "USD") in note
    assert formats.money(Decimal("800"), "USD") in note
    qtbot.keyClicks(view.amount, "95")
    view.buttons["charge"].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    with desks.b.read() as uow:
        reason, amount = uow.connection().exec_driver_sql(
            "SELECT reason, amount FROM ledger_entries WHERE kind = 'edit' "
            "ORDER BY rowid DESC LIMIT 1").one()
    assert amount == 9500 and "charged" in reason


def test_a_manager_marks_a_merged_client_reviewed(desks, qtbot):
    add_client_and_sell(desks.a, "Fay Green", "FAY-A")
    add_client_and_sell(desks.b, "Fay Greene", "FAY-B")
    desks.sync(desks.a, desks.b)
    view = ConflictsView(desks.b, Demo(desks.b, None).admin)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert not view.buttons["charge"].isEnabled() and view.buttons["review"].isEnabled()
    view.buttons["review"].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)


def test_a_manager_marks_a_row_set_aside_reviewed(desks, qtbot):
    from desk.core.ids import new_id
    from tests.sync.test_set_aside import an_entry, forge_entries

    forge_entries(desks, an_entry(desks, new_id()) | {"membership_id": new_id()})
    desks.sync(desks.b)
    view = ConflictsView(desks.b, Demo(desks.b, None).admin)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.model.index(0, 0).data() == "Set aside"
    view.buttons["review"].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
