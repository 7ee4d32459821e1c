"""Cells a hostile or careless file holds: far-off dates, codes that aren't codes, huge
values, formulas never calculated and error values. Each is an error of its own cell,
with a message that quotes at most 80 characters of the value."""

import pytest

from desk.core.errors import QUOTED_AT_MOST
from tests.importer.helpers import HEADER, count, row, run_import, write_xlsx
from tests.importer.hostile import GOOD_ROW, data_row, header_row, workbook

LOC, TYPE, LEFT, STATUS, PHONE, NUMBER, UNTIL, SOLD = HEADER
HUGE = "x" * 100_000


def errors_of_row_3(capsys, db, tmp_path, **changes) -> list[dict]:
    """The errors of row 3 when row 2 is valid and row 3 has ``changes``."""
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(), row(**{"number": "T-2", **changes})])
    exit_code, out = run_import(capsys, file, db)
    assert (exit_code, out["committed"]) == (1, 0)
    assert {e["row"] for e in out["errors"]} == {3}, out["errors"]
    return out["errors"]


@pytest.mark.parametrize(("changes", "column", "code"), [
    ({"valid_until": "9999-12-31"}, UNTIL, "valid_until_invalid"),
    ({"valid_until": "3000-01-01"}, UNTIL, "valid_until_invalid"),
    ({"sale_date": "0001-01-01"}, SOLD, "sale_date_invalid"),
    ({"sale_date": "1899-12-31"}, SOLD, "sale_date_invalid"),
])
def test_dates_outside_1900_to_2999_are_refused_like_every_other_command_refuses_them(
        capsys, db, tmp_path, changes, column, code):
    [error] = errors_of_row_3(capsys, db, tmp_path, **changes)
    assert (error["column"], error["code"]) == (column, code)
    assert "between 1900-01-01 and 2999-12-31" in error["message"]


def test_the_last_and_first_days_desk_accepts_import(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [
        row(type="Massage 10", remaining=3, valid_until="2999-12-31", number="E-1"),
        row(type="Massage 10", remaining=3, sale_date="1900-01-01", valid_until="1900-06-01",
            number="E-2")])
    assert run_import(capsys, file, db, "--commit")[0] == 0
    assert count(db, "imported") == 2


BAD_CODES = {"a code of 100,000 characters": "C" * 100_000, "BEL": "LEG\x071001",
             "a zero-width space": "LEG\u200b1001", "TAB": "LEG\t1001",
             "LF": "LEG\n1001", "a right-to-left override": "RTL\u202e1000-SD",
             "a leading dash": "-1001", "41 characters": "L" * 41, "a space": "LEG 1001"}


@pytest.mark.parametrize("code", BAD_CODES.values(), ids=BAD_CODES.keys())
def test_a_membership_number_follows_the_sales_code_rule(capsys, db, tmp_path, code):
    file = workbook(tmp_path / "codes.xlsx", [  # by hand: openpyxl refuses BEL, cuts at 32,767
        header_row(), data_row(2, {**GOOD_ROW, "F": "F-1"}),
        data_row(3, {**GOOD_ROW, "F": code})])
    exit_code, out = run_import(capsys, file, db)
    [error] = out["errors"]
    assert (exit_code, error["row"]) == (1, 3)
    assert (error["column"], error["code"]) == (NUMBER, "code_invalid")
    assert "at most 40 letters, digits or the signs - _ . /" in error["message"]
    assert len(error["message"]) < 300 and "\u202e" not in error["message"]


def test_numbers_with_the_allowed_signs_import(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [
        row(number="A-1_b.2/c"), row(number="9" * 40), row(number="Ñandú-7")])
    assert run_import(capsys, file, db, "--commit")[0] == 0


@pytest.mark.parametrize(("changes", "column", "code"), [
    ({"location": HUGE}, LOC, "location_unknown"),
    ({"type": HUGE}, TYPE, "type_unknown"),
    ({"remaining": "1" * 500}, LEFT, "remaining_invalid"),
    ({"status": HUGE}, STATUS, "status_invalid"),
    ({"phone": "1" * 300}, PHONE, "phone_invalid"),
    ({"valid_until": HUGE}, UNTIL, "valid_until_invalid"),
    ({"sale_date": HUGE}, SOLD, "sale_date_invalid"),
])
def test_a_value_longer_than_its_column_ever_is_an_error_quoting_80_characters(
        capsys, db, tmp_path, changes, column, code):
    [error] = errors_of_row_3(capsys, db, tmp_path, **changes)
    assert (error["column"], error["code"]) == (column, code)
    assert "longer than this column ever is" in error["message"]
    quoted_part = error["message"].split("'")[1]
    assert len(quoted_part) <= QUOTED_AT_MOST + 1  # and the "…" that says it goes on


def test_invisible_characters_are_shown_as_escapes_in_messages(capsys, db, tmp_path):
    [error] = errors_of_row_3(capsys, db, tmp_path, location="Down\u200btown")
    assert "Down\\u200btown" in error["message"] and "\u200b" not in error["message"]


def unreadable_cells_file(tmp_path, cells: dict[str, str]):
    """A valid row 2, and row 3 with some cells given as raw XML (formulas, errors)."""
    return workbook(tmp_path / "formulas.xlsx", [
        header_row(), data_row(2, {**GOOD_ROW, "F": "F-1"}),
        data_row(3, {**GOOD_ROW, "F": "F-2"}, cells)])


@pytest.mark.parametrize(("cell", "problem"), [
    ('<c r="C3"><f>SUM(C1:C2)</f></c>', "is a formula without a saved value"),
    ('<c r="C3"><f>SUM(C1:C2)</f><v/></c>', "is a formula without a saved value"),
    ('<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>', "shows the error #DIV/0!"),
    ('<c r="C3" t="e"><v>#N/A</v></c>', "shows the error #N/A"),
    ('<c r="C3" t="e"><f>"a"+1</f><v>#VALUE!</v></c>', "shows the error #VALUE!"),
])
def test_a_formula_without_a_value_or_an_error_cell_is_named_not_called_empty(
        capsys, db, tmp_path, cell, problem):
    exit_code, out = run_import(capsys, unreadable_cells_file(tmp_path, {"C": cell}), db)
    [error] = out["errors"]
    assert (exit_code, error["row"], error["column"], error["code"]) == (
        1, 3, LEFT, "remaining_invalid")
    assert problem in error["message"] and "empty" not in error["message"]


def test_a_formula_with_its_saved_value_reads_as_that_value(capsys, db, tmp_path):
    file = unreadable_cells_file(tmp_path, {"C": '<c r="C3"><f>6+6</f><v>12</v></c>'})
    assert run_import(capsys, file, db, "--commit")[0] == 0


def test_a_row_of_formulas_never_calculated_is_reported_not_skipped(capsys, db, tmp_path):
    formulas = {c: f'<c r="{c}3"><f>A2</f><v/></c>' for c in "ABCEF"}
    exit_code, out = run_import(capsys, unreadable_cells_file(tmp_path, formulas), db)
    assert (exit_code, out["rows"]) == (1, 2)
    assert {(e["row"], e["column"]) for e in out["errors"]} == {
        (3, LOC), (3, TYPE), (3, LEFT), (3, PHONE), (3, NUMBER)}
