"""Checking an import a column at a time finds exactly what checking it row by row finds:
the same rows kept, the same issues on the same rows, in the same order."""

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.importer.cell_checks import CellChecks
from desk.importer.cells import FORMULA_WITHOUT_VALUE, error_value
from desk.importer.commit import load_chain
from desk.importer.reader import COLUMNS, Sheet
from desk.importer.validate import by_columns, by_rows, validate
from tests.demo_chain import copy_demo

TODAY = date(2026, 3, 15)
# cell values for each column, valid and not, in the types the reader hands over (one
# type of number per column: a column mixing them is checked row by row)
CELLS = {
    "Location": ["Downtown", " riverside ", "Airport", "Moon base", "", None, 5.0,
                 FORMULA_WITHOUT_VALUE, "x" * 130],
    "Membership type": ["PT 12", "massage 10", "Yoga 8", "Nails split", "Pilates", "",
                        True],
    "Remaining sessions": [0.0, 5.0, "5", 12.0, 13.0, -1.0, 2.5, "five", "", None,
                           error_value("#DIV/0!")],
    "Status": ["", "issued", "Activated", "active", "frozen", "paused", None, 1.0],
    "Owner phone": ["", None, "12125550101", 12125550101.0, "12125550199", "12345",
                    "+1 (212) 555-0101"],
    "Membership number": ["T-1", " t-1 ", "T-2", "ds-0001", "", None, "bad code!", 1001.0,
                          "Ünï-1", "x" * 41],
    "Valid until": ["", None, "2026-12-31", date(2025, 1, 1), "31/12/2026", "2026-02-30",
                    datetime(2026, 6, 1, 0, 0)],
    "Sale date": ["", None, "2025-12-01", date(2026, 3, 16), "last week",
                  datetime(2025, 12, 1, 0, 0), "1066-10-14"],
}
rows = st.lists(st.tuples(*(st.sampled_from(CELLS[c]) for c in COLUMNS)), max_size=12)


@pytest.fixture(scope="module")
def chain(demo_template, tmp_path_factory):
    demo = copy_demo(demo_template, tmp_path_factory.mktemp("chain"))
    with demo.db.read() as uow:
        found = load_chain(uow, TODAY)
    demo.db.close()
    return found


def sheet_of(cells: list[tuple]) -> Sheet:
    columns = {c: (i, c) for i, c in enumerate(COLUMNS)}
    return Sheet(columns, [(n, list(r)) for n, r in enumerate(cells, start=2)], 1)


def both_ways(chain, sheet: Sheet):
    """The sheet checked a column at a time, and row by row."""
    columns = sheet.columns_of_rows()
    numbers = [n for n, _ in sheet.rows]
    return (by_columns(CellChecks(chain), numbers, columns),
            by_rows(CellChecks(chain), numbers, columns))


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=rows.filter(bool))
def test_checking_by_columns_finds_what_checking_row_by_row_finds(chain, cells):
    by_columns, by_rows = both_ways(chain, sheet_of(cells))
    assert by_columns == by_rows


def test_a_column_mixing_true_and_one_is_checked_row_by_row(chain):
    sheet = sheet_of([("Downtown", "PT 12", True, "", "", "A-1", "", ""),
                      ("Downtown", "PT 12", 1.0, "", "", "A-2", "", "")])
    plan = validate(sheet, chain)
    assert [(i.row, i.code) for i in plan.errors] == [(2, "remaining_invalid")]
    assert [r.remaining for r in plan.rows] == [1]

def test_a_clean_column_of_numbers_is_vouched_for_at_once(chain):
    sheet = sheet_of([("Downtown", "PT 12", 3, "", "", f"N-{i}", "", "") for i in range(50)])
    plan = validate(sheet, chain)
    assert plan.valid and [r.code for r in plan.rows] == [f"N-{i}" for i in range(50)]


def test_a_number_repeated_far_down_a_clean_looking_column_is_still_named(chain):
    numbers = [f"N-{i}" for i in range(50)] + ["n-7"]
    sheet = sheet_of([("Downtown", "PT 12", 3, "", "", n, "", "") for n in numbers])
    [error] = validate(sheet, chain).errors
    assert (error.row, error.code) == (52, "number_duplicate_in_file")
    assert "row 9" in error.message


def test_cells_past_a_short_row_read_as_empty(chain):
    sheet = sheet_of([("Downtown", "PT 12", 3, "", "", "S-1", "", "")])
    sheet.rows.append((3, ["Downtown", "PT 12", 3]))
    [error] = validate(sheet, chain).errors
    assert (error.row, error.code) == (3, "owner_or_number_required")
