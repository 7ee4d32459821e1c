"""Each hostile file of issue 16 through the real command, as its own process: refused
(or answered with its errors) in under 20 s and 500 MB, never a crash or a traceback.

``uv run pytest tests/importer/test_hostile_files.py -s`` prints each file's figures, the
ones docs/reliability.md quotes.
"""

import sys
from pathlib import Path

import pytest

from tests.importer.helpers import HEADER, row, write_xlsx
from tests.importer.hostile import (
    GOOD_ROW,
    data_row,
    dense_range_bomb,
    header_row,
    make_fifo,
    repeated_string_file,
    run_desk_import,
    with_flipped_headers,
    workbook,
)
from tests.importer.test_file_guards import rewrite

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads the process's peak memory from /proc")
SECONDS, MEGABYTES = 20, 500


def valid_file(folder: Path) -> Path:
    return write_xlsx(folder / "valid.xlsx", HEADER, [row(number=f"G-{i}") for i in range(5)])


def odd_to_openpyxl(path: Path) -> Path:
    """Rows with an error, and a part openpyxl can't parse (the reader never reads it)."""
    source = write_xlsx(path.parent / "bad.xlsx", HEADER,
                        [row(), row(number="T-2", location="Moon")])
    rewrite(source, path, {"docProps/core.xml": b"<cp:coreProperties><oops"})
    return path


def far_dates(path: Path) -> Path:
    return workbook(path, [header_row(),
                           data_row(2, {**GOOD_ROW, "F": "D-1", "G": "9999-12-31"}),
                           data_row(3, {**GOOD_ROW, "F": "D-2", "H": "0001-01-01"})])


def bad_codes(path: Path) -> Path:
    return workbook(path, [header_row(), data_row(2, {**GOOD_ROW, "F": "C" * 100_000}),
                           data_row(3, {**GOOD_ROW, "F": "LEG\x071001"}),
                           data_row(4, {**GOOD_ROW, "F": "RTL\u202e1000-SD"})])


def uncalculated(path: Path) -> Path:
    return workbook(path, [
        header_row(),
        data_row(2, {**GOOD_ROW, "F": "F-1"}, {"C": '<c r="C2"><f>SUM(C1)</f></c>'}),
        data_row(3, {**GOOD_ROW, "F": "F-2"},
                 {"C": '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'})])


def folder(path: Path) -> Path:
    path.mkdir()
    return path


def damaged(**damage):
    return lambda path: with_flipped_headers(valid_file(path.parent), path, **damage)


HOSTILE = {  # name: (builder, extra arguments, exit code, the codes of the answer)
    "dense-range bomb (A1 + XFD100000)": (dense_range_bomb, (), 2, {"file_too_large"}),
    "repeated 100,000-character string": (repeated_string_file, (), 1, {"location_unknown"}),
    "broken deflate stream (zlib.error)": (damaged(garbage=True), (), 2, {"file_unreadable"}),
    "encryption flag (RuntimeError)": (damaged(flag=1), (), 2, {"file_unreadable"}),
    "unknown compression (NotImplementedError)": (damaged(method=99), (), 2,
                                                  {"file_unreadable"}),
    "openpyxl ParseError under --errors": (odd_to_openpyxl, ("--errors", "{tmp}/marked.xlsx"),
                                           1, {"location_unknown"}),
    "dates 9999-12-31 and 0001-01-01": (far_dates, (), 1,
                                        {"valid_until_invalid", "sale_date_invalid"}),
    "codes of 100,000 characters, BEL, RTL": (bad_codes, (), 1, {"code_invalid"}),
    "formula without a value, #DIV/0!": (uncalculated, (), 1, {"remaining_invalid"}),
    "a folder": (folder, (), 2, {"file_unreadable"}),
    "a named pipe": (make_fifo, (), 2, {"file_unreadable"}),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_is_answered_quickly_in_bounded_memory_and_never_crashes(
        db, tmp_path, name):
    build, extra, exit_code, codes = HOSTILE[name]
    path = build(tmp_path / "hostile.xlsx")
    done = run_desk_import(path, db, *(a.format(tmp=tmp_path) for a in extra))
    size = f"{path.stat().st_size / 1024:,.1f} KB" if path.is_file() else "-"
    print(f"\n| {name} | {size} | exit {done.exit_code} | {done.seconds:.1f} s | "
          f"{done.peak_mb:.0f} MB |")
    assert "Traceback" not in done.err and "unexpected problem" not in done.err
    assert done.exit_code == exit_code, done
    assert {e["code"] for e in done.out["errors"]} == codes
    assert done.seconds < SECONDS and done.peak_mb < MEGABYTES
    assert all(len(e["message"]) < 600 for e in done.out["errors"])  # values quoted short
    if "--errors" in extra:
        assert (tmp_path / "marked.xlsx").stat().st_size > 0
