"""A sheet's real extent is checked from its XML before the reader builds it (the reader
allocates every cell from A1 to the farthest one at once), however the XML is written;
and the sheet read is the first visible one."""

import time

import pytest
from openpyxl import Workbook

from desk.importer import sheet_scan
from tests.importer.helpers import HEADER, row, run_import, write_xlsx
from tests.importer.hostile import (
    GOOD_ROW,
    MAIN,
    data_row,
    dense_range_bomb,
    header_row,
    text_cell,
    workbook,
)


def refused(capsys, path, db) -> dict:
    code, out = run_import(capsys, path, db)
    assert (code, out["rows"], out["committed"]) == (2, 0, 0), out
    [error] = out["errors"]
    return error


def test_a_dense_range_bomb_is_refused_quickly_without_touching_the_reader(
        capsys, db, tmp_path):
    bomb = dense_range_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2048
    started = time.perf_counter()
    error = refused(capsys, bomb, db)
    assert time.perf_counter() - started < 3
    assert error["code"] == "file_too_large"
    assert "XFD100000" in error["message"] and "1,638,400,000 cells" in error["message"]


FAR = '<row r="1">' + text_cell("A1", "Location") + "</row>"
BOMBS = {  # the far cell written every way a reader still places it at XFD100000
    "reference not first": FAR + '<row r="100000"><c t="inlineStr" r="XFD100000">'
                           "<is><t>x</t></is></c></row>",
    "lowercase reference": FAR + '<row r="100000"><c r="xfd100000"><v>1</v></c></row>',
    "namespace prefix": FAR + f'<row r="100000"><x:c xmlns:x="{MAIN}" r="XFD100000">'
                        "<x:v>1</x:v></x:c></row>",
    "single quotes": FAR + "<row r='100000'><c r='XFD100000'><v>1</v></c></row>",
    "cells without references": FAR + '<row r="100000">' + "<c><v>1</v></c>" * 16384
                                + "</row>",
    "a row that lies": FAR + '<row r="2"><c r="XFD100000"><v>1</v></c></row>',
}


@pytest.mark.parametrize("sheet_data", BOMBS.values(), ids=BOMBS.keys())
def test_a_dense_range_bomb_written_unusually_is_refused_too(capsys, db, tmp_path,
                                                            sheet_data):
    error = refused(capsys, workbook(tmp_path / "bomb.xlsx", sheet_data), db)
    # named by the corner the scan had reached when the rectangle passed the limit
    assert error["code"] == "file_too_large" and "100000:" in error["message"]


def test_a_sheet_reaching_past_the_row_limit_is_refused_by_its_cells(capsys, db, tmp_path):
    sheet_data = header_row() + '<row r="2"><c r="A1000002"><v>1</v></c></row>'
    error = refused(capsys, workbook(tmp_path / "tall.xlsx", sheet_data), db)
    assert error["code"] == "file_too_large" and "1,000,001 rows" in error["message"]


def test_a_sheet_wider_than_the_template_is_measured_exactly_and_imports(capsys, db,
                                                                          tmp_path):
    header = [*HEADER, *(f"Note {i}" for i in range(1, 31))]  # columns up to AL
    file = write_xlsx(tmp_path / "wide.xlsx", header,
                      [[*row(number=f"W-{i}"), *(["n"] * 30)] for i in range(3)])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["committed"]) == (0, 3)


def test_a_wide_sheet_is_refused_only_past_the_cell_limit(capsys, db, tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_scan, "MAX_CELLS", 4 * 12 - 1)  # 4 rows × 12 columns is one over
    header = [*HEADER, "a", "b", "c", "d"]
    file = write_xlsx(tmp_path / "wide.xlsx", header,
                      [[*row(number=f"W-{i}"), 1, 2, 3, 4] for i in range(3)])
    error = refused(capsys, file, db)
    assert error["code"] == "file_too_large" and "L4" in error["message"]


def test_the_first_visible_sheet_is_read_and_a_warning_names_it(capsys, db, tmp_path):
    wb = Workbook()
    lists = wb.active
    lists.title = "Old lists"
    lists.append(["Location"])
    lists.append(["Moon base"])
    lists.sheet_state = "hidden"
    sheet = wb.create_sheet("Memberships")
    for values in (HEADER, row(number="V-1")):
        sheet.append(values)
    wb.save(tmp_path / "hidden.xlsx")
    code, out = run_import(capsys, tmp_path / "hidden.xlsx", db, "--commit")
    assert (code, out["committed"]) == (0, 1)
    [warning] = out["warnings"]
    assert warning["code"] == "sheet_not_first"
    assert "“Memberships”" in warning["message"] and "“Old lists”" in warning["message"]


def test_the_first_sheet_when_visible_is_read_without_a_warning(capsys, db, tmp_path):
    file = workbook(tmp_path / "two.xlsx", [header_row(), data_row(2, {**GOOD_ROW,
                                                                      "F": "S-1"})],
                    sheets=[("First", "visible", "xl/worksheets/sheet1.xml"),
                            ("Second", "visible", "xl/worksheets/sheet2.xml")])
    code, out = run_import(capsys, file, db)
    assert (code, out["rows"], out["warnings"]) == (0, 1, [])


def test_a_workbook_with_no_visible_sheet_is_refused(capsys, db, tmp_path):
    file = workbook(tmp_path / "hidden.xlsx", [header_row()],
                    sheets=[("Only", "hidden", "xl/worksheets/sheet1.xml")])
    error = refused(capsys, file, db)
    assert error["code"] == "file_unreadable" and "no visible sheet" in error["message"]


def test_two_sheets_of_one_name_are_refused_rather_than_guessed(capsys, db, tmp_path):
    file = workbook(tmp_path / "twins.xlsx", [header_row()],
                    sheets=[("Twin", "hidden", "xl/worksheets/sheet1.xml"),
                            ("Twin", "visible", "xl/worksheets/sheet2.xml")])
    assert refused(capsys, file, db)["code"] == "file_unreadable"
