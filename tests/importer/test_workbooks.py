"""The workbooks people open: `desk template` and the `--errors` copy (SPEC §7)."""

import os

import pytest
from openpyxl import load_workbook

from desk.importer import workbooks
from desk.importer.workbooks import RED
from tests.importer.helpers import HEADER, desk, row, run_import, write_xlsx
from tests.importer.hostile import GOOD_ROW, data_row, header_row, run_desk_import, workbook
from tests.importer.test_file_guards import rewrite


@pytest.fixture
def template(capsys, db, tmp_path):
    assert desk(capsys, "template", tmp_path / "template.xlsx", "--db", db)[0] == 0
    return load_workbook(tmp_path / "template.xlsx")


def dropdown(wb, header: str) -> list:
    """The values a column's list validation offers, read from the range it points to."""
    letter = "ABCDEFGH"[HEADER.index(header)]
    [dv] = [dv for dv in wb.worksheets[0].data_validations.dataValidation
            if str(dv.sqref).startswith(f"{letter}2:")]
    sheet, cells = dv.formula1.lstrip("=").replace("$", "").split("!")
    assert dv.type == "list"
    return [c.value for (c,) in wb[sheet][cells]]


def test_the_template_has_the_eight_columns_in_row_one(template):
    ws = template.worksheets[0]
    assert [c.value for c in ws[1]] == HEADER
    assert ws.freeze_panes == "A2" and {c.value for c in ws[2]} == {None}


def test_the_template_keeps_phones_and_numbers_as_text(template):
    ws = template.worksheets[0]
    for column in ("E", "F"):  # Owner phone, Membership number
        assert {ws[f"{column}{r}"].number_format for r in (2, 500, 1001)} == {"@"}


def test_the_template_offers_the_chains_locations_importable_types_and_statuses(template):
    assert dropdown(template, "Location") == ["Airport", "Downtown", "Riverside"]
    assert dropdown(template, "Membership type") == ["Family yoga", "Massage 10", "PT 12",
                                                      "Yoga 8"]
    assert dropdown(template, "Status") == ["issued", "activated"]


def test_the_template_explains_every_column_on_an_instructions_sheet(template):
    explained = [r[0] for r in template["Instructions"].iter_rows(values_only=True)]
    assert set(HEADER) <= set(explained)
    assert template["Lists"].sheet_state == "hidden"


def test_the_empty_template_imports_as_no_rows_not_as_a_thousand_bad_ones(capsys, db,
                                                                         tmp_path, template):
    code, out = run_import(capsys, tmp_path / "template.xlsx", db)
    assert (code, out["rows"]) == (1, 0)
    assert [(e["row"], e["code"]) for e in out["errors"]] == [(None, "no_rows")]


def test_a_filled_in_template_imports(capsys, db, tmp_path, template):
    template.worksheets[0].append(row(phone="12125550102"))
    template.save(tmp_path / "filled.xlsx")
    code, out = run_import(capsys, tmp_path / "filled.xlsx", db, "--commit")
    assert (code, out["committed"]) == (0, 1)


@pytest.fixture
def marked(capsys, db, tmp_path):
    rows = [row(), row(number="T-2", location="Moon", remaining="x"),
            row(phone=None, number=None)]
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, rows)
    code, _ = run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")
    assert code == 1
    return load_workbook(tmp_path / "errors.xlsx").active


def test_the_error_workbook_fills_each_bad_cell_red_with_its_message(marked):
    for cell, code in (("A3", "location_unknown"), ("C3", "remaining_invalid")):
        assert (marked[cell].fill.fill_type, marked[cell].fill.fgColor.rgb) == (
            "solid", RED.fgColor.rgb)
        assert f"[{code}]" in marked[cell].comment.text
    assert "'Moon' is not a location" in marked["A3"].comment.text


def test_the_error_workbook_marks_a_row_level_error_on_the_rows_first_cell(marked):
    assert "[owner_or_number_required]" in marked["A4"].comment.text
    assert marked["A4"].fill.fgColor.rgb == RED.fgColor.rgb
    assert (marked["E4"].comment, marked["F4"].comment) == (None, None)


def test_the_error_workbook_leaves_good_cells_and_all_values_untouched(marked):
    bad = {"A3", "C3", "A4"}
    for cells in marked.iter_rows(min_row=1, max_row=4):
        for cell in cells:
            if cell.coordinate not in bad:
                assert (cell.comment, cell.fill.fill_type) == (None, None), cell.coordinate
    assert [c.value for c in marked[3]] == row(number="T-2", location="Moon", remaining="x")


def test_the_error_workbook_follows_the_files_own_column_order(capsys, db, tmp_path):
    header = list(reversed(HEADER))
    file = write_xlsx(tmp_path / "in.xlsx", header, [row(remaining=-1)[::-1]])
    run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")
    ws = load_workbook(tmp_path / "errors.xlsx").active
    assert [c.coordinate for r in ws.iter_rows() for c in r if c.comment] == ["F2"]


def test_the_error_workbook_marks_the_header_when_a_column_is_missing(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER[1:], [row()[1:]])
    run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")
    ws = load_workbook(tmp_path / "errors.xlsx").active
    assert "“Location” is missing" in ws["A1"].comment.text


def test_a_valid_file_writes_no_error_workbook(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row()])
    assert run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")[0] == 0
    assert not (tmp_path / "errors.xlsx").exists()


def test_the_error_workbook_lists_every_error_on_an_errors_sheet(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(), row(number="T-2", location="Moon")])
    run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")
    listing = load_workbook(tmp_path / "errors.xlsx")["Errors"]
    assert [c.value for c in listing[1]] == ["Row", "Column", "Code", "Message"]
    assert [c.value for c in listing[2]][:3] == [3, "Location", "location_unknown"]


def test_past_the_comment_limit_bad_cells_are_still_red_and_listed(capsys, db, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(workbooks, "MAX_COMMENTS", 1)  # openpyxl holds each one in memory
    rows = [row(), row(number="T-2", location="Moon"), row(number="T-3", location="Mars")]
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, rows)
    run_import(capsys, file, db, "--errors", tmp_path / "errors.xlsx")
    marked = load_workbook(tmp_path / "errors.xlsx")
    sheet = marked.worksheets[0]
    assert sheet["A3"].comment is not None and sheet["A4"].comment is None
    assert sheet["A4"].fill.fgColor.rgb == RED.fgColor.rgb
    assert marked["Errors"].max_row == 3


def test_a_file_openpyxl_cant_parse_still_gets_its_answer_and_its_error_workbook(
        capsys, db, tmp_path):
    source = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(), row(number="T-2", location="Moon")])
    rewrite(source, tmp_path / "odd.xlsx", {"docProps/core.xml": b"<cp:coreProperties><oops"})
    code, out = run_import(capsys, tmp_path / "odd.xlsx", db, "--errors", tmp_path / "e.xlsx")
    assert code == 1 and [e["code"] for e in out["errors"]] == ["location_unknown"]
    assert "[location_unknown]" in load_workbook(tmp_path / "e.xlsx").active["A3"].comment.text


def test_values_xml_cant_carry_are_written_escaped_in_the_error_workbook(capsys, db, tmp_path):
    file = workbook(tmp_path / "bel.xlsx", [header_row(), data_row(2, {
        **GOOD_ROW, "A": "Moon", "F": "BEL\x07-1", "G": "a\x01b"})])
    code, _ = run_import(capsys, file, db, "--errors", tmp_path / "e.xlsx")
    sheet = load_workbook(tmp_path / "e.xlsx").active
    assert code == 1 and sheet["F2"].value == "BEL\\x07-1" and sheet["G2"].value == "a\\x01b"


def test_the_error_workbook_copies_the_sheet_that_was_read(capsys, db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title, wb.active.sheet_state = "Old lists", "hidden"
    sheet = wb.create_sheet("Memberships")
    for values in (HEADER, row(location="Moon")):
        sheet.append(values)
    wb.save(tmp_path / "hidden.xlsx")
    run_import(capsys, tmp_path / "hidden.xlsx", db, "--errors", tmp_path / "e.xlsx")
    marked = load_workbook(tmp_path / "e.xlsx").worksheets[0]
    assert marked.title == "Memberships" and "[location_unknown]" in marked["A2"].comment.text


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="peak memory on Linux")
def test_the_error_workbook_streams_instead_of_loading_the_file_whole(db, tmp_path):
    rows = [row(number=f"S-{i}", location="Moon" if i % 1000 == 0 else "Downtown")
            for i in range(30_000)]
    file = write_xlsx(tmp_path / "big.xlsx", HEADER, rows)
    plain = run_desk_import(file, db)
    marked = run_desk_import(file, db, "--errors", str(tmp_path / "e.xlsx"))
    assert (plain.exit_code, marked.exit_code) == (1, 1)
    assert len(marked.out["errors"]) == len(plain.out["errors"]) == 30
    # loaded whole, the copy took 117 MB more than the check itself (84 -> 201 MB at 30,000
    # rows, growing with every row); streamed, some 30 MB (openpyxl, and its buffers)
    assert marked.peak_mb - plain.peak_mb < 60, (plain, marked)
