"""Warnings show in the preview but never block an import (SPEC §7)."""

from tests.importer.helpers import HEADER, issues, memberships, row, run_import, write_xlsx


def yoga(status: str, sold: str, number: str = "Y-1") -> list:
    return row(location="Riverside", type="Yoga 8", remaining=8, status=status, phone=None,
               number=number, sale_date=sold)


def test_a_status_on_a_type_counted_from_sale_is_ignored_with_a_warning(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "w.xlsx", HEADER, [row(), row(number="T-2", status="issued")])
    code, out = run_import(capsys, file, db)
    assert (code, out["valid"], out["errors"]) == (0, True, [])
    assert issues(out, "warnings") == {(3, "Status", "status_ignored")}
    assert "counts validity from the sale" in out["warnings"][0]["message"]


def test_an_issued_row_past_its_auto_activation_day_is_imported_active(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "w.xlsx", HEADER, [yoga("issued", "2026-02-20")])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, issues(out, "warnings")) == (0, {(2, "Status", "auto_activated")})
    assert "2026-03-06" in out["warnings"][0]["message"]  # sale + 14 days
    shown = memberships(capsys, db)["Y-1"]
    assert (shown["status"], shown["expires"]) == ("active", "2026-04-06")


def test_auto_activation_due_exactly_on_the_import_day_counts(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "w.xlsx", HEADER, [yoga("issued", "2026-03-01")])
    _, out = run_import(capsys, file, db)
    assert issues(out, "warnings") == {(2, "Status", "auto_activated")}


def test_an_issued_row_before_its_auto_activation_day_stays_issued(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "w.xlsx", HEADER, [yoga("issued", "2026-03-02")])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["warnings"]) == (0, [])
    assert memberships(capsys, db)["Y-1"]["status"] == "issued"


def test_warnings_of_a_file_with_errors_are_still_listed(capsys, db, tmp_path):
    rows = [row(status="activated"), row(number="T-2", remaining=99)]
    code, out = run_import(capsys, write_xlsx(tmp_path / "w.xlsx", HEADER, rows), db)
    assert code == 1 and issues(out, "warnings") == {(2, "Status", "status_ignored")}
