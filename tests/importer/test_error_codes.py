"""Every row error code of SPEC §7, produced by `desk import --json` on a file with that mistake.

Each file has a valid row 2 and the faulty row 3, so the error must name Excel row 3.
"""

import pytest

from tests.importer.helpers import HEADER, row, run_import, write_xlsx

LOC, TYPE, LEFT, STATUS, PHONE, NUMBER, UNTIL, SOLD = HEADER

ROW_ERRORS = [
    ("location_unknown", LOC, {"location": "Moon base"}),
    ("location_unknown", LOC, {"location": None}),
    ("location_no_storage", LOC, {"location": "Airport"}),
    ("type_unknown", TYPE, {"type": "Pilates 20"}),
    ("type_split_balance", TYPE, {"type": "Nails split", "remaining": 5}),
    ("type_not_at_location", TYPE, {"location": "Airport", "type": "Massage 10", "remaining": 5}),
    ("remaining_invalid", LEFT, {"remaining": "five"}),
    ("remaining_invalid", LEFT, {"remaining": -1}),
    ("remaining_invalid", LEFT, {"remaining": 2.5}),
    ("remaining_invalid", LEFT, {"remaining": None}),
    ("remaining_exceeds_balance", LEFT, {"remaining": 13}),
    ("status_required", STATUS, {"type": "Yoga 8", "remaining": 8, "number": "Y-1"}),
    ("status_invalid", STATUS, {"type": "Yoga 8", "remaining": 8, "status": "paused"}),
    ("status_frozen", STATUS, {"type": "Yoga 8", "remaining": 8, "status": " Frozen "}),
    ("status_frozen", STATUS, {"status": "frozen"}),
    ("phone_invalid", PHONE, {"phone": "12345"}),
    ("phone_invalid", PHONE, {"phone": "+1 (212) 555-0101"}),
    ("client_not_found", PHONE, {"phone": "12125550199"}),
    ("owner_or_number_required", None, {"phone": None, "number": None}),
    ("number_duplicate_in_file", NUMBER, {"number": " t-1 "}),
    ("number_exists", NUMBER, {"number": "ds-0001"}),
    ("number_required_for_type", NUMBER, {"number": None}),
    ("valid_until_invalid", UNTIL, {"valid_until": "31/12/2026"}),
    ("valid_until_invalid", UNTIL, {"valid_until": "2026-02-30"}),
    ("valid_until_before_sale", UNTIL, {"valid_until": "2025-11-30"}),
    ("sale_date_invalid", SOLD, {"sale_date": "last week"}),
    ("sale_date_in_future", SOLD, {"sale_date": "2026-03-16"}),
]


@pytest.mark.parametrize(("code", "column", "changes"), ROW_ERRORS,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(ROW_ERRORS)])
def test_a_row_with_the_mistake_gets_its_code_row_and_column(capsys, db, tmp_path, code,
                                                             column, changes):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(), row(**{"number": "T-2", **changes})])
    exit_code, out = run_import(capsys, file, db)
    found = [(e["row"], e["column"]) for e in out["errors"] if e["code"] == code]
    assert (exit_code, out["valid"], out["committed"]) == (1, False, 0)
    assert found == [(3, column)], out["errors"]
    assert all(e["row"] == 3 for e in out["errors"])


def test_the_message_names_the_offending_value_and_the_fix(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [row(phone="+1 (212) 555-0101")])
    _, out = run_import(capsys, file, db)
    assert "+1 (212) 555-0101" in out["errors"][0]["message"]
    assert "Did you mean 12125550101?" in out["errors"][0]["message"]


def test_the_error_names_the_column_header_as_written_in_the_file(capsys, db, tmp_path):
    header = [" LOCATION", "membership type ", "Remaining  Sessions", *HEADER[3:]]
    file = write_xlsx(tmp_path / "in.xlsx", header, [row(location="Moon")])
    _, out = run_import(capsys, file, db)
    assert [(e["row"], e["column"], e["code"]) for e in out["errors"]] == [
        (2, "LOCATION", "location_unknown")]


def test_every_mistake_of_a_row_is_reported_at_once(capsys, db, tmp_path):
    bad = row(location="Moon", remaining="x", phone="1", sale_date="tomorrow")
    _, out = run_import(capsys, write_xlsx(tmp_path / "in.xlsx", HEADER, [bad]), db)
    assert {e["code"] for e in out["errors"]} == {
        "location_unknown", "remaining_invalid", "phone_invalid", "sale_date_invalid"}


def test_every_bad_row_is_reported_not_only_the_first(capsys, db, tmp_path):
    rows = [row(number=f"T-{i}", remaining=99) for i in range(5)]
    _, out = run_import(capsys, write_xlsx(tmp_path / "in.xlsx", HEADER, rows), db)
    assert [e["row"] for e in out["errors"]] == [2, 3, 4, 5, 6]


def test_a_header_with_only_blank_rows_below_is_no_rows(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", HEADER, [[None] * 8, ["  ", "", None, " "]])
    code, out = run_import(capsys, file, db)
    assert (code, out["rows"]) == (1, 0)
    assert [(e["row"], e["column"], e["code"]) for e in out["errors"]] == [
        (None, None, "no_rows")]


def test_a_missing_required_column_is_named_on_row_1(capsys, db, tmp_path):
    header = [h for h in HEADER if h != "Remaining sessions"]
    file = write_xlsx(tmp_path / "in.xlsx", header, [row()[:2] + row()[3:]])
    code, out = run_import(capsys, file, db)
    assert (code, [(e["row"], e["code"]) for e in out["errors"]]) == (1, [(1, "missing_column")])
    assert "“Remaining sessions” is missing" in out["errors"][0]["message"]


def test_an_empty_sheet_misses_every_required_column(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "in.xlsx", [], [])
    code, out = run_import(capsys, file, db)
    assert (code, [e["code"] for e in out["errors"]]) == (1, ["missing_column"] * 4)
    assert "“Owner phone” and “Membership number”" in out["errors"][3]["message"]
