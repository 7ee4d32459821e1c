"""Hostile import files: random bytes or random cells give a refusal or a result, never a
traceback, and a refused or invalid file writes nothing."""

import io
import zipfile
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.services.imports import import_memberships
from tests.demo_chain import DEMO_DAY
from tests.importer.helpers import HEADER, write_xlsx
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


CELLS = st.one_of(
    st.none(), st.integers(-(10**18), 10**18), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40).map(lambda s: "".join(c for c in s if c.isprintable())),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)), st.booleans(),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    st.sampled_from(["Downtown", " downtown ", "PT 12", "Yoga 8", "Nails split", "issued",
                     "frozen", "12125550101", "=cmd|' /C calc'!A0", "DS-0001", "2026-02-30"]))


@FUZZ
@given(rows=st.lists(st.lists(CELLS, min_size=len(HEADER), max_size=len(HEADER)), max_size=6))
def test_random_cells_give_a_result_and_invalid_files_write_nothing(demo, tmp_path, rows):
    before = content(demo.path)
    path = write_xlsx(tmp_path / "cells.xlsx", HEADER, rows)
    valid, after = commit(demo, path)
    assert valid or after == before
