"""Excel exports: typed cells, frozen header, and text that can never become a formula."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from desk.reports.export import export_summary, memberships_sheet, write_sheets, write_table
from desk.reports.summary import Summary

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR",
           "_x0041_ stays", "pasted\x01with\x1fcontrol characters"]


@pytest.fixture
def hostile_book(tmp_path):
    rows = [(text, date(2026, 3, 1), Decimal("1234.50"), 3) for text in HOSTILE]
    path = write_table(tmp_path / "t.xlsx", "Memberships", ("Client", "Sold", "Price", "Visits"),
                       rows, currency="EUR")
    return path


def test_text_that_looks_like_a_formula_is_written_and_read_back_literally(hostile_book):
    sheet = load_workbook(hostile_book).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    texts = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(HOSTILE))]
    assert all(cell.data_type == "s" for cell in texts)
    # as Excel and LibreOffice read a string: with OOXML's _xHHHH_ escapes decoded
    assert [unescape(cell.value) for cell in texts] == HOSTILE
    assert all(cell.quotePrefix for cell in texts[:6])


def test_dates_money_and_counts_are_typed_cells(hostile_book):
    sheet = load_workbook(hostile_book).active
    sold, price, visits = sheet["B2"], sheet["C2"], sheet["D2"]
    assert sold.is_date and sold.value.date() == date(2026, 3, 1)
    assert sold.number_format == "yyyy-mm-dd"
    assert price.data_type == "n" and price.value == 1234.5 and "EUR" in price.number_format
    assert visits.data_type == "n" and visits.value == 3


def test_the_bold_header_is_frozen_and_the_data_filterable(hostile_book):
    sheet = load_workbook(hostile_book).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "Client" and sheet["A1"].font.bold
    assert sheet.auto_filter.ref == f"A1:D{1 + len(HOSTILE)}"
    assert sheet.column_dimensions["A"].width >= len(HOSTILE[0])


def test_the_summary_exports_as_figures_and_values(tmp_path):
    s = Summary(date(2026, 3, 15), 3, 3, Decimal("2100.00"), 1, 2, 0, 0, 0, 27,
                Decimal("1300.00"))
    sheet = load_workbook(export_summary(tmp_path / "s.xlsx", s)).active
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Outstanding obligations"] == 1300
    assert values["Remaining visits"] == 27
    assert values["As of"].date() == date(2026, 3, 15)


def test_the_report_command_writes_summary_liability_and_memberships_sheets(demo, tmp_path,
                                                                              capsys):
    import json

    from desk.cli import main

    out = tmp_path / "reports.xlsx"
    demo.db.close()
    argv = ["report", "--db", str(demo.path), "--as-of", "2026-03-15", "--from", "2026-03-01",
            "--to", "2026-03-15", "--xlsx", str(out), "--json"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["xlsx"] == str(out)
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Liability 2026-03-01–2026-03-15", "Memberships"]
    assert all(cell.data_type != "f" for sheet in book for row in sheet.iter_rows()
               for cell in row)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    liability = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert summary["Outstanding obligations"] == liability[-1][-1] == 1300
    numbers = {r[0] for r in book["Memberships"].iter_rows(min_row=2, values_only=True)}
    assert numbers == {"DS-0001", "DS-0002", None}  # Carla's Yoga 8 has no code


def test_a_workbook_that_cannot_be_written_is_refused_with_the_path(demo, tmp_path, capsys):
    import json

    from desk.cli import main

    demo.db.close()
    out = tmp_path / "no such folder" / "r.xlsx"
    assert main(["report", "--db", str(demo.path), "--xlsx", str(out), "--json"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "file_unwritable" and str(out) in error["message"]


def test_the_exported_memberships_have_the_screens_columns_statuses_and_phones(demo, tmp_path):
    from desk.reports.memberships_report import memberships_report
    from desk.reports.report_columns import COLUMNS
    from desk.ui.memberships_report_view import REPORT_COLUMNS

    with demo.db.read() as uow:
        rows = memberships_report(uow.connection(), date(2026, 3, 15)).rows
    out = write_sheets(tmp_path / "m.xlsx", [memberships_sheet(rows)])
    sheet = load_workbook(out)["Memberships"]
    header = [c.value for c in sheet[1]]
    assert header == [c.title for c in COLUMNS] == [col.title for col, _ in REPORT_COLUMNS]
    by_number = {r[0]: dict(zip(header, r, strict=True))
                 for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_number["DS-0001"]["Status"] == "Active"
    assert by_number["DS-0001"]["Phone"] == "+1 212-555-0101"
    assert by_number[None]["Status"] == "Issued" and by_number[None]["Valid until"] is None
