"""The sample files of sample_imports/ give the results their README describes."""

import importlib.util
from pathlib import Path

import pytest

from tests.importer.helpers import count, issues, memberships, run_import

SAMPLES = Path(__file__).resolve().parents[2] / "sample_imports"
LOC, TYPE, LEFT, STATUS, PHONE, NUMBER, UNTIL, SOLD = (
    "Location", "Membership type", "Remaining sessions", "Status", "Owner phone",
    "Membership number", "Valid until", "Sale date")

EXPECTED = {  # file: (exit code, errors, warnings) as (row, column, code)
    "valid_demo.xlsx": (0, set(), {(16, STATUS, "auto_activated")}),
    "mixed_formats.xlsx": (0, set(), set()),
    "warnings_only.xlsx": (0, set(), {(2, STATUS, "status_ignored"),
                                      (3, STATUS, "auto_activated")}),
    "errors_references.xlsx": (1, {
        (3, LOC, "location_unknown"), (4, LOC, "location_unknown"),
        (5, LOC, "location_no_storage"), (6, TYPE, "type_unknown"),
        (7, TYPE, "type_split_balance"), (8, LOC, "location_no_storage"),
        (8, TYPE, "type_not_at_location")}, set()),
    "errors_values.xlsx": (1, {
        (3, LEFT, "remaining_invalid"), (4, LEFT, "remaining_invalid"),
        (5, LEFT, "remaining_invalid"), (6, LEFT, "remaining_exceeds_balance"),
        (7, STATUS, "status_required"), (8, STATUS, "status_invalid"),
        (9, STATUS, "status_frozen"), (10, UNTIL, "valid_until_invalid"),
        (11, UNTIL, "valid_until_before_sale"), (12, SOLD, "sale_date_invalid"),
        (13, SOLD, "sale_date_in_future")}, {(14, STATUS, "status_ignored")}),
    "errors_owners.xlsx": (1, {
        (3, PHONE, "phone_invalid"), (4, PHONE, "phone_invalid"),
        (5, PHONE, "client_not_found"), (6, None, "owner_or_number_required"),
        (8, NUMBER, "number_duplicate_in_file"), (9, NUMBER, "number_exists"),
        (10, NUMBER, "number_exists"), (11, NUMBER, "number_required_for_type")}, set()),
    "errors_codes.xlsx": (1, {(row, NUMBER, "code_invalid") for row in range(3, 10)}, set()),
    "missing_columns.xlsx": (1, {(1, None, "missing_column")}, set()),
    "no_rows.xlsx": (1, {(None, None, "no_rows")}, set()),
    "not_excel.xlsx": (2, {(None, None, "file_unreadable")}, set()),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_file_gives_its_documented_codes(capsys, db, name):
    code, out = run_import(capsys, SAMPLES / name, db, "--commit")
    assert (code, issues(out), issues(out, "warnings")) == EXPECTED[name]
    assert count(db, "imported") == (out["rows"] if code == 0 else 0)


def test_the_valid_demo_file_imports_its_twenty_rows(capsys, db):
    code, out = run_import(capsys, SAMPLES / "valid_demo.xlsx", db, "--commit")
    assert (code, out["rows"], out["committed"], count(db, "imported")) == (0, 20, 20, 20)
    assert count(db, "imported AND code IS NULL") == 3


def test_mixed_formats_are_read_as_their_writer_meant(capsys, db):
    assert run_import(capsys, SAMPLES / "mixed_formats.xlsx", db, "--commit")[1]["rows"] == 7
    shown = memberships(capsys, db)
    assert (shown["1001"]["phone"], shown["1001"]["sale_date"]) == ("12125550101", "2026-01-05")
    assert (shown["1002"]["remaining"], shown["1002"]["location"]) == (5, "Downtown")
    assert (shown["1003"]["expires"], shown["1006"]["sale_date"]) == ("2026-12-31", "2026-02-25")
    assert (shown["1005"]["status"], shown["1005"]["expires"]) == ("active", "2026-04-10")


def test_missing_columns_are_each_named(capsys, db):
    _, out = run_import(capsys, SAMPLES / "missing_columns.xlsx", db)
    messages = " ".join(e["message"] for e in out["errors"])
    assert all(name in messages for name in ("Remaining sessions", "Owner phone",
                                             "Membership number"))


def test_the_committed_samples_are_what_make_samples_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.build(tmp_path)
    assert {p.name for p in written} == set(EXPECTED)
    assert [p.name for p in written if p.read_bytes() != (SAMPLES / p.name).read_bytes()] == []


def test_the_readme_describes_every_sample_file():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    undocumented = [name for name in EXPECTED if f"`{name}`" not in readme]
    assert undocumented == []
