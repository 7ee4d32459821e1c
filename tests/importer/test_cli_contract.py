"""`desk import` / `desk template` as a command (SPEC §8): exit codes, text and JSON output."""

import pytest

from desk.cli import main
from tests.importer.helpers import HEADER, TODAY, desk, row, run_import, write_xlsx


@pytest.fixture
def bad_file(tmp_path):
    return write_xlsx(tmp_path / "bad.xlsx", HEADER, [row(), row(number="T-2", location="Moon")])


def test_the_text_output_lists_each_error_with_row_column_and_code(capsys, db, bad_file):
    code, out = desk(capsys, "import", bad_file, "--db", db, "--today", TODAY)
    assert code == 1 and "Traceback" not in out
    assert "error: row 3, Location: The location 'Moon' is not a location" in out
    assert "[location_unknown]" in out and "nothing was imported" in out


def test_the_text_output_says_what_a_preview_and_a_commit_did(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "ok.xlsx", HEADER, [row(), row(number="T-2")])
    assert "valid: 2 row(s). Run again with --commit" in desk(
        capsys, "import", file, "--db", db, "--today", TODAY)[1]
    assert "Imported 2 membership(s)." in desk(
        capsys, "import", file, "--db", db, "--today", TODAY, "--commit")[1]


def test_a_malformed_import_day_is_a_usage_error(capsys, db, bad_file):
    code, out = desk(capsys, "import", bad_file, "--db", db, "--today", "tomorrow", "--json")
    assert (code, out["error"]["code"]) == (2, "date_invalid")


def test_import_without_a_file_is_a_usage_error(capsys, db):
    with pytest.raises(SystemExit) as exited:
        main(["import", "--db", str(db)])
    assert exited.value.code == 2 and "error:" in capsys.readouterr().err


def test_an_unwritable_error_workbook_is_a_usage_error_after_the_result(capsys, db, bad_file,
                                                                        tmp_path):
    code = main(["import", str(bad_file), "--json", "--db", str(db), "--today", TODAY,
                 "--errors", str(tmp_path / "no" / "such" / "folder.xlsx")])
    out, err = capsys.readouterr()
    assert code == 2 and '"code": "location_unknown"' in out
    assert "[file_unwritable]" in err and "Traceback" not in err


def test_an_unwritable_template_is_refused_with_a_clear_line(capsys, db, tmp_path):
    code = main(["template", str(tmp_path / "no" / "template.xlsx"), "--db", str(db)])
    assert code == 2 and "[file_unwritable]" in capsys.readouterr().err


def test_the_json_of_a_refused_file_has_the_import_shape(capsys, db, tmp_path):
    (tmp_path / "x.xlsx").write_text("hello")
    code, out = run_import(capsys, tmp_path / "x.xlsx", db)
    assert code == 2 and set(out) == {"valid", "rows", "committed", "errors", "warnings"}
