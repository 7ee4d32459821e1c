"""Hostile import files: random bytes or random cells give a refusal or a result, never a
traceback, and a refused or invalid file writes nothing; however a sheet's cells are
written, the reader is never handed a sheet larger than the limit."""

import io
import zipfile
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from python_calamine import CalamineWorkbook

from desk.core.errors import DeskError
from desk.importer import sheet_scan
from desk.importer.issues import FileRefused
from desk.importer.reader import read_sheet
from desk.services.imports import import_memberships
from tests.demo_chain import DEMO_DAY
from tests.importer.helpers import HEADER, write_xlsx
from tests.importer.hostile import MAIN, workbook
from tests.reliability.fingerprints import content

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def commit(demo, path) -> tuple[bool, str]:
    """(file accepted, content hash after) of committing ``path``; refusals are fine."""
    try:
        return import_memberships(demo.db, demo.admin, path, commit_rows=True,
                                  today=DEMO_DAY).valid, content(demo.path)
    except DeskError:
        return False, content(demo.path)


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


FILES = st.one_of(
    st.binary(max_size=4096),
    st.binary(max_size=2048).map(lambda b: b"PK\x03\x04" + b),
    st.dictionaries(st.sampled_from(["[Content_Types].xml", "xl/workbook.xml",
                                     "xl/worksheets/sheet1.xml", "_rels/.rels"]),
                    st.binary(max_size=512), min_size=1).map(zipped))


@FUZZ
@given(data=FILES)
def test_random_bytes_are_refused_without_writing(demo, tmp_path, data):
    path, before = tmp_path / "hostile.xlsx", content(demo.path)
    path.write_bytes(data)
    assert commit(demo, path) == (False, before)


def writable(text: str) -> str:
    """Text openpyxl can write: XML 1.0 has no place for most control characters."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


CELLS = st.one_of(
    st.none(), st.integers(-(10**18), 10**18), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40).map(writable), st.text(min_size=100, max_size=2_000).map(writable),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)), st.booleans(),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    st.sampled_from(["Downtown", " downtown ", "PT 12", "Yoga 8", "Nails split", "issued",
                     "frozen", "12125550101", "=cmd|' /C calc'!A0", "DS-0001", "2026-02-30",
                     "0001-01-01", "9999-12-31", "RTL\u202e1000-SD", "LEG\u200b1", "A\tB",
                     "C" * 100]))


@FUZZ
@given(rows=st.lists(st.lists(CELLS, min_size=len(HEADER), max_size=len(HEADER)), max_size=6))
def test_random_cells_give_a_result_and_invalid_files_write_nothing(demo, tmp_path, rows):
    before = content(demo.path)
    path = write_xlsx(tmp_path / "cells.xlsx", HEADER, rows)
    valid, after = commit(demo, path)
    assert valid or after == before


LIMIT = 5_000  # cells; lowered so that a rectangle past it is cheap for the reader too
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = LETTERS[rest] + text
    return text


CELL_FORMS = [  # every way of writing a cell the reader accepts
    '<c r="{ref}"><v>1</v></c>', '<c r="{ref}" t="inlineStr"><is><t>x</t></is></c>',
    '<c t="n" r="{ref}"><v>1</v></c>', "<c><v>1</v></c>", '<c r="{lower}"><v>1</v></c>',
    f'<x:c xmlns:x="{MAIN}" r="{{ref}}"><x:v>1</x:v></x:c>', "<c r='{ref}'><v>1</v></c>",
    '<c r="{ref}"/>', '<c r="{ref}"><f>A1</f></c>', '<c r="{ref}" t="e"><v>#N/A</v></c>']
CELLS_XML = st.lists(st.tuples(
    st.one_of(st.integers(1, 12), st.integers(1, 16_384)),  # column
    st.one_of(st.integers(1, 40), st.integers(1, 3_000)),  # row
    st.sampled_from(CELL_FORMS), st.booleans()), min_size=1, max_size=30)


@FUZZ
@given(cells=CELLS_XML)
def test_the_sheet_scan_never_lets_the_reader_build_more_than_the_limit(
        tmp_path, monkeypatch, cells):
    monkeypatch.setattr(sheet_scan, "MAX_CELLS", LIMIT)
    rows = "".join((f'<row r="{row}">' if numbered else "<row>")
                   + form.format(ref=f"{letters(column)}{row}",
                                 lower=f"{letters(column).lower()}{row}") + "</row>"
                   for column, row, form, numbered in cells)
    path = workbook(tmp_path / "cells.xlsx", rows)
    try:
        read_sheet(path)
    except FileRefused:
        return
    built = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    if built.end is not None:  # the reader's rectangle from A1
        assert (built.end[0] + 1) * (built.end[1] + 1) <= LIMIT
