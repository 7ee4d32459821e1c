"""Any error rejects the whole file; nothing is written (SPEC §7)."""

from datetime import date

from desk.services.memberships import sell_membership
from tests.importer.helpers import HEADER, count, issues, row, run_import, write_xlsx


def numbered(n: int) -> list[list]:
    return [row(number=f"A-{i}") for i in range(1, n + 1)]


def test_a_valid_file_is_previewed_without_writing_then_committed(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "ok.xlsx", HEADER, numbered(4))
    assert run_import(capsys, file, db)[1] == {
        "valid": True, "rows": 4, "committed": 0, "errors": [], "warnings": []}
    assert count(db) == 3
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["committed"], count(db)) == (0, 4, 7)


def test_one_bad_row_among_valid_ones_writes_nothing(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "bad.xlsx", HEADER, [*numbered(9), row(location="Moon")])
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["valid"], out["rows"], out["committed"]) == (1, False, 10, 0)
    assert issues(out) == {(11, "Location", "location_unknown")}
    assert count(db) == 3


def test_a_number_taken_after_the_preview_is_caught_at_commit(capsys, demo, db, tmp_path):
    file = write_xlsx(tmp_path / "ok.xlsx", HEADER, numbered(5))
    assert run_import(capsys, file, db)[0] == 0
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("PT 12"), code="a-3",
                    location_id=demo.location("Downtown"), day=date(2026, 3, 15))
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, out["committed"], issues(out)) == (1, 0, {(4, "Membership number",
                                                            "number_exists")})
    assert count(db) == 4


def test_committing_the_same_file_twice_is_refused_the_second_time(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "ok.xlsx", HEADER, numbered(3))
    assert run_import(capsys, file, db, "--commit")[0] == 0
    code, out = run_import(capsys, file, db, "--commit")
    assert (code, [e["code"] for e in out["errors"]]) == (1, ["number_exists"] * 3)
    assert count(db) == 6
