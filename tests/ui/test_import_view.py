"""The import view, driven like a receptionist would: check a file, see every mistake,
jump to it, commit a clean file; write the template and the error workbook."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.services.import_preview import preview_import
from desk.services.queries import client_memberships
from desk.ui.import_controller import build_import_tab
from desk.ui.import_models import ERROR_BACKGROUND, ImportCellsModel
from desk.ui.operations import Changed, events
from tests.demo_chain import DEMO_DAY

SAMPLES = Path(__file__).resolve().parents[2] / "sample_imports"


@pytest.fixture
def tab(demo, qtbot):
    view = build_import_tab(demo.db, demo.admin, today=DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def preview(tab, qtbot, name: str):
    with qtbot.waitSignal(tab.controller.sig_previewed, timeout=10_000) as blocker:
        tab.controller.open_file(SAMPLES / name)
    return blocker.args[0]


def cell(tab, excel_row: int, header: str):
    model = tab.cells_model
    return model.index(model.row_of(excel_row), model.column_of(header))


def counts(tab) -> dict[tuple[str, str], int]:
    model = tab.counts_model
    return {(model.row_at(r).kind, model.row_at(r).code): model.row_at(r).count
            for r in range(model.rowCount())}


def test_a_file_with_bad_values_shows_every_bad_cell_red_with_its_message(tab, qtbot):
    preview(tab, qtbot, "errors_values.xlsx")
    model = tab.cells_model
    assert model.rowCount() == 13
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # Excel's row numbers
    bad = cell(tab, 3, "Remaining sessions")
    assert model.data(bad) == "ten"
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "'ten' is not a number" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert "[remaining_invalid]" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    good = cell(tab, 2, "Remaining sessions")
    assert model.data(good, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(good, Qt.ItemDataRole.ToolTipRole) is None
    frozen = cell(tab, 9, "Status")
    assert model.data(frozen) == "frozen"
    assert "Frozen memberships can't be imported" in model.data(frozen,
                                                                 Qt.ItemDataRole.ToolTipRole)


def test_errors_are_counted_by_code_and_warnings_listed(tab, qtbot):
    preview(tab, qtbot, "errors_values.xlsx")
    assert counts(tab) == {
        ("Error", "remaining_invalid"): 3, ("Error", "remaining_exceeds_balance"): 1,
        ("Error", "status_required"): 1, ("Error", "status_invalid"): 1,
        ("Error", "status_frozen"): 1, ("Error", "valid_until_invalid"): 1,
        ("Error", "valid_until_before_sale"): 1, ("Error", "sale_date_invalid"): 1,
        ("Error", "sale_date_in_future"): 1, ("Warning", "status_ignored"): 1}
    issues = [tab.issues_model.row_at(r) for r in range(tab.issues_model.rowCount())]
    assert [(i.kind, i.row, i.code) for i in issues if i.kind == "Warning"] == \
        [("Warning", 14, "status_ignored")]
    assert "11 errors" in tab.summary.text() and "1 warning" in tab.summary.text()


def test_a_file_with_errors_cant_be_committed_but_its_errors_can_be_saved(tab, qtbot):
    preview(tab, qtbot, "errors_values.xlsx")
    assert not tab.commit_button.isEnabled()
    assert tab.save_errors_button.isEnabled()
    assert tab.controller.commit() is None


def test_clicking_an_error_selects_and_shows_its_cell(tab, qtbot):
    preview(tab, qtbot, "errors_values.xlsx")
    issues = tab.issues_model
    row = next(r for r in range(issues.rowCount()) if issues.row_at(r).code == "status_frozen")
    index = issues.index(row, 4)
    tab.issues.scrollTo(index)
    qtbot.mouseClick(tab.issues.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.issues.visualRect(index).center())
    target = cell(tab, 9, "Status")
    qtbot.waitUntil(lambda: tab.cells.currentIndex() == target)
    assert tab.cells.selectionModel().selectedIndexes() == [target]
    assert tab.cells.viewport().rect().intersects(tab.cells.visualRect(target))


def test_activating_an_error_with_the_keyboard_jumps_too(tab, qtbot):
    preview(tab, qtbot, "errors_values.xlsx")
    issues = tab.issues_model
    row = next(r for r in range(issues.rowCount())
               if issues.row_at(r).code == "sale_date_in_future")
    tab.issues.setFocus()
    tab.issues.setCurrentIndex(issues.index(row, 0))
    qtbot.keyClick(tab.issues, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.cells.currentIndex() == cell(tab, 13, "Sale date"))


def commit_box(tab, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "commit_box") is not None
                    and tab.findChild(QMessageBox, "commit_box").isVisible())
    return tab.findChild(QMessageBox, "commit_box")


def import_button(box: QMessageBox):
    return next(b for b in box.buttons() if b.text() == "&Import")


def test_commit_asks_first_with_what_it_adds_and_cancel_imports_nothing(tab, demo, qtbot):
    alice = demo.client("Alice Smith")
    before = len(client_memberships(demo.db, alice, DEMO_DAY))
    preview(tab, qtbot, "valid_demo.xlsx")
    qtbot.mouseClick(tab.commit_button, Qt.MouseButton.LeftButton)
    box = commit_box(tab, qtbot)
    assert box.text().startswith("Import 20 rows of valid_demo.xlsx as 20 memberships of "
                                 "5 clients? No new clients are added")
    assert "expired" not in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(client_memberships(demo.db, alice, DEMO_DAY)) == before
    assert tab.commit_button.isEnabled()


def test_commit_says_how_many_arrive_already_expired(demo, qtbot):
    view = build_import_tab(demo.db, demo.admin, today=date(2027, 6, 1))
    qtbot.addWidget(view)
    view.show()
    preview(view, qtbot, "valid_demo.xlsx")
    qtbot.mouseClick(view.commit_button, Qt.MouseButton.LeftButton)
    box = commit_box(view, qtbot)
    assert box.text().endswith(" 15 of them have already expired: their remaining visits "
                               "will be written off.")
    with qtbot.waitSignal(view.controller.sig_committed, timeout=10_000):
        qtbot.mouseClick(import_button(box), Qt.MouseButton.LeftButton)
    assert view.summary.text().endswith("15 of them had already expired; the desk writes off "
                                        "their remaining visits.")


def test_a_valid_file_previews_clean_and_commit_imports_every_row(tab, demo, qtbot):
    alice = demo.client("Alice Smith")
    before = len(client_memberships(demo.db, alice, DEMO_DAY))
    shown = preview(tab, qtbot, "valid_demo.xlsx")
    assert shown.result.errors == [] and tab.cells_model.rowCount() == 20
    assert counts(tab) == {("Warning", "auto_activated"): 1}
    assert tab.commit_button.isEnabled() and not tab.save_errors_button.isEnabled()
    qtbot.mouseClick(tab.commit_button, Qt.MouseButton.LeftButton)
    asked = commit_box(tab, qtbot)
    with qtbot.waitSignal(events.sig_changed) as changed, \
            qtbot.waitSignal(tab.controller.sig_committed, timeout=10_000) as committed:
        qtbot.mouseClick(import_button(asked), Qt.MouseButton.LeftButton)
    assert committed.args == [20] and changed.args == [Changed.MEMBERSHIPS | Changed.CLIENTS]
    box = tab.findChild(QMessageBox, "imported_box")
    assert box is not None and box.text() == "Imported 20 memberships."
    box.close()
    assert "Imported 20 memberships" in tab.summary.text()
    assert not tab.commit_button.isEnabled()  # the same file is never imported twice
    numbers = {m.number for m in client_memberships(demo.db, alice, DEMO_DAY)}
    assert len(numbers) == before + 4
    assert {"LEG-1001", "LEG-2001", "LEG-3003", "LEG-1007"} <= numbers
    again = preview_import(demo.db, demo.admin, SAMPLES / "valid_demo.xlsx", today=DEMO_DAY)
    assert "number_exists" in {i.code for i in again.result.errors}


def test_an_unreadable_file_says_so_and_offers_nothing(tab, qtbot):
    shown = preview(tab, qtbot, "not_excel.xlsx")
    assert shown.result.refused
    assert tab.cells_model.rowCount() == 0
    assert counts(tab) == {("Error", "file_unreadable"): 1}
    assert not tab.commit_button.isEnabled() and not tab.save_errors_button.isEnabled()
    assert "can't be read" in tab.summary.text()


def test_missing_columns_are_listed_on_the_header_row(tab, qtbot):
    preview(tab, qtbot, "missing_columns.xlsx")
    assert counts(tab) == {("Error", "missing_column"): 2}
    tab.jump_to_issue(0)  # the header row isn't in the table: nothing to select, no error
    assert not tab.commit_button.isEnabled()


def test_the_error_workbook_is_written_with_the_bad_cells_marked(tab, qtbot, tmp_path):
    preview(tab, qtbot, "errors_values.xlsx")
    out = tmp_path / "marked.xlsx"
    with qtbot.waitSignal(tab.controller.sig_written, timeout=10_000) as written:
        tab.controller.save_errors(out)
    assert written.args == [str(out)]
    sheet = load_workbook(out).worksheets[0]
    assert "remaining_invalid" in sheet["C3"].comment.text
    assert sheet["C2"].comment is None


def test_the_template_is_written_with_the_chain_in_its_dropdowns(tab, qtbot, tmp_path):
    out = tmp_path / "template.xlsx"
    with qtbot.waitSignal(tab.controller.sig_written, timeout=10_000):
        tab.controller.download_template(out)
    book = load_workbook(out)
    assert [c.value for c in book.worksheets[0][1]][:3] == \
        ["Location", "Membership type", "Remaining sessions"]
    names = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert {"Downtown", "Riverside", "Massage 10"} <= names


def test_a_template_that_cant_be_written_shows_why(tab, qtbot, tmp_path):
    op = tab.controller.download_template(tmp_path / "missing-folder" / "template.xlsx")
    with qtbot.waitSignal(op.sig_failed):
        pass
    box = tab.findChild(QMessageBox, "error_box")
    assert "can't be written" in box.text()
    box.close()


def test_the_cells_model_passes_the_model_tester(demo, qtmodeltester):
    model = ImportCellsModel()
    model.show(preview_import(demo.db, demo.admin, SAMPLES / "errors_values.xlsx",
                              today=DEMO_DAY))
    qtmodeltester.check(model)


def test_a_dense_range_bomb_previewed_from_the_view_leaves_the_window_alive_and_says_why(
        tab, qtbot, tmp_path):
    from tests.importer.hostile import dense_range_bomb

    bomb = dense_range_bomb(tmp_path / "bomb.xlsx")
    with qtbot.waitSignal(tab.controller.sig_previewed, timeout=30_000) as blocker:
        tab.controller.open_file(bomb)
    assert blocker.args[0].result.refused and tab.isVisible()
    assert counts(tab) == {("Error", "file_too_large"): 1}
    message = tab.issues_model.row_at(0).message
    assert "XFD100000" in message and "delete the rows and columns" in message
    assert "can't be read" in tab.summary.text() and not tab.commit_button.isEnabled()
    assert preview(tab, qtbot, "valid_demo.xlsx").result.valid  # and the window goes on


def abort_like_a_reader_out_of_memory(*_args):
    """What python-calamine did with a dense-range bomb: abort the whole process."""
    os.abort()


def test_a_reader_that_aborts_ends_only_its_child_and_the_view_says_so(tab, qtbot,
                                                                       monkeypatch):
    import desk.ui.import_controller as controller

    monkeypatch.setattr(controller, "preview_in_child", abort_like_a_reader_out_of_memory)
    shown = preview(tab, qtbot, "valid_demo.xlsx")
    assert shown.result.refused and tab.isVisible()
    [error] = shown.result.errors
    assert error.code == "file_unreadable" and "stopped by signal 6" in error.message
    assert "Nothing was imported" in error.message
    monkeypatch.undo()
    assert preview(tab, qtbot, "valid_demo.xlsx").result.valid


def sleep_like_a_slow_reader(*_args):
    time.sleep(60)


def test_cancelling_a_check_stops_its_child_process(tab, qtbot, monkeypatch):
    import desk.ui.import_controller as controller

    monkeypatch.setattr(controller, "preview_in_child", sleep_like_a_slow_reader)
    operation = tab.controller.open_file(SAMPLES / "valid_demo.xlsx")
    qtbot.waitUntil(lambda: bool(_children_named("desk-import-file")), timeout=10_000)
    with qtbot.waitSignal(operation.sig_finished, timeout=10_000):
        operation.cancel()
    qtbot.waitUntil(lambda: not _children_named("desk-import-file"), timeout=10_000)


def _children_named(name: str) -> list:
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p.name == name]
