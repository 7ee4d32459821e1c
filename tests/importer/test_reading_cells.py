"""Cells are read the way the person who typed them meant them (SPEC §7)."""

from datetime import date, datetime

from tests.importer.helpers import HEADER, memberships, row, run_import, write_xlsx


def import_one(capsys, db, tmp_path, shown_as=None, **cells) -> dict:
    """Commit a single row and return it as `desk memberships --json` shows it."""
    file = write_xlsx(tmp_path / "one.xlsx", HEADER, [row(**cells)])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["committed"]) == (0, 1), out
    return memberships(capsys, db)[shown_as or cells.get("number", "T-1")]


def test_a_phone_in_a_numeric_cell_is_read_as_its_digits(capsys, db, tmp_path):
    assert import_one(capsys, db, tmp_path, phone=12125550102.0)["phone"] == "12125550102"
    assert import_one(capsys, db, tmp_path, phone=447911123456, number="T-2")["phone"] == (
        "447911123456")


def test_a_membership_number_in_a_numeric_cell_keeps_no_decimal_point(capsys, db, tmp_path):
    assert import_one(capsys, db, tmp_path, "1001", number=1001.0)["number"] == "1001"
    assert import_one(capsys, db, tmp_path, "1002", number=1002)["number"] == "1002"
    assert "1001.0" not in memberships(capsys, db)


def test_remaining_sessions_as_5_0_or_text_5_or_text_5_0_are_five(capsys, db, tmp_path):
    for number, remaining in (("R-1", 5.0), ("R-2", "5"), ("R-3", " 5.0 ")):
        assert import_one(capsys, db, tmp_path, number=number, remaining=remaining)[
            "remaining"] == 5


def test_date_cells_and_yyyy_mm_dd_text_are_the_same_dates(capsys, db, tmp_path):
    as_cells = import_one(capsys, db, tmp_path, type="Massage 10", remaining=3, number="D-1",
                          sale_date=datetime(2026, 1, 10), valid_until=date(2026, 6, 30))
    as_text = import_one(capsys, db, tmp_path, type="Massage 10", remaining=3, number="D-2",
                         sale_date="2026-01-10", valid_until=" 2026-06-30 ")
    assert (as_cells["sale_date"], as_cells["expires"]) == ("2026-01-10", "2026-06-30")
    assert (as_text["sale_date"], as_text["expires"]) == ("2026-01-10", "2026-06-30")


def test_names_and_numbers_match_trimmed_and_in_any_case(capsys, db, tmp_path):
    m = import_one(capsys, db, tmp_path, "x-9", location="  riverSIDE ", type="pt  12",
                   status="ACTIVE", number=" x-9 ")
    assert (m["location"], m["type"], m["number"]) == ("Riverside", "PT 12", "x-9")


def test_an_empty_sale_date_is_the_import_day(capsys, db, tmp_path):
    m = import_one(capsys, db, tmp_path, type="Massage 10", remaining=10, sale_date=None)
    assert (m["sale_date"], m["status"]) == ("2026-03-15", "active")
    assert m["expires"] == "2026-06-15"  # the import day + 3 months


def test_a_phone_in_a_text_formatted_column_is_read(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "t.xlsx", HEADER, [row(phone="34911234567")],
                      text=("Owner phone", "Membership number"))
    assert run_import(capsys, file, db, "--commit")[0] == 0
    assert memberships(capsys, db)["T-1"]["phone"] == "34911234567"


def test_a_sheet_starting_in_column_b_names_its_rows_and_columns_as_excel_does(
        capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "b.xlsx", ["", *HEADER], [["", *row(location="Moon")]])
    _, out = run_import(capsys, file, db)
    assert [(e["row"], e["column"], e["code"]) for e in out["errors"]] == [
        (2, "Location", "location_unknown")]


def test_extra_columns_are_ignored_and_one_of_phone_or_number_is_enough(capsys, db, tmp_path):
    header = ["Client name", "Location", "Membership type", "Remaining sessions", "Owner phone"]
    file = write_xlsx(tmp_path / "x.xlsx", header,
                      [["Carla", "Downtown", "Massage 10", 3, "34911234567"]])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["committed"]) == (0, 1)
