"""Workbooks people open: the import template and the error workbook (openpyxl)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desk.importer.issues import Issue
from desk.importer.reader import (
    COLUMNS,
    LOCATION,
    NUMBER,
    PHONE,
    SALE_DATE,
    STATUS,
    TYPE,
    VALID_UNTIL,
    Sheet,
)

RED = PatternFill("solid", start_color="FFF4A6A6", end_color="FFF4A6A6")
TEMPLATE_ROWS = 1000
INSTRUCTIONS = [
    ("Location", "Required. The location's name exactly as in Desk (case is ignored). "
                 "It needs a storage for product sales."),
    ("Membership type", "Required. The type's name as in Desk; it must be valid at the location. "
                        "Types with a split balance can't be imported."),
    ("Remaining sessions", "Required. A whole number, 0 or more, at most the type's visits."),
    ("Status", "issued or activated. Needed when the type counts validity from the first visit; "
               "frozen memberships can't be imported (freeze them in Desk afterwards)."),
    ("Owner phone", "Digits only, country code first: 12125678904. The client must exist in "
                    "Desk. Give the phone, the number, or both."),
    ("Membership number", "Unique. Leave it empty only for types sold without a code "
                          "(then the owner phone is needed)."),
    ("Valid until", "Optional, yyyy-mm-dd, not before the sale date. Empty: the type's validity."),
    ("Sale date", "Optional, yyyy-mm-dd, not in the future. Empty: the day of the import."),
    ("All or nothing", "If any row has a mistake, nothing is imported: fix every error shown "
                       "and import the whole file again."),
]


def write_template(out: str | Path, *, locations: list[str], types: list[str]) -> Path:
    """An empty import file: header, text-formatted phone/number, dropdowns, instructions."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Memberships"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    lists = wb.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for index, (title, values) in enumerate(
            [("Locations", locations), ("Types", types), ("Statuses", ["issued", "activated"])],
            start=1):
        lists.cell(1, index, title)
        for row, value in enumerate(values, start=2):
            lists.cell(row, index, value)
        letter = get_column_letter(index)
        _dropdown(sheet, [LOCATION, TYPE, STATUS][index - 1],
                  f"Lists!${letter}$2:${letter}${max(2, len(values) + 1)}")
    for name in COLUMNS:
        column = get_column_letter(COLUMNS.index(name) + 1)
        sheet.column_dimensions[column].width = max(16, len(name) + 4)
        if name in (PHONE, NUMBER, VALID_UNTIL, SALE_DATE):
            for row in range(2, TEMPLATE_ROWS + 2):  # text, so Excel keeps 12125678904 whole
                sheet[f"{column}{row}"].number_format = "@"
    guide = wb.create_sheet("Instructions")
    guide.column_dimensions["A"].width, guide.column_dimensions["B"].width = 22, 100
    for title, text in INSTRUCTIONS:
        guide.append([title, text])
        guide.cell(guide.max_row, 1).font = Font(bold=True)
    path = Path(out)
    wb.save(path)
    return path


def _dropdown(sheet, column_name: str, source: str) -> None:
    letter = get_column_letter(COLUMNS.index(column_name) + 1)
    validation = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    sheet.add_data_validation(validation)


def write_error_workbook(source: str | Path, out: str | Path, sheet: Sheet | None,
                         errors: list[Issue]) -> Path:
    """A copy of the file with every bad cell filled red and its message as a comment."""
    wb = load_workbook(source)
    ws = wb.worksheets[0]
    messages: dict[tuple[int, int], list[str]] = defaultdict(list)
    for issue in errors:
        column = sheet.excel_column(issue.column) if sheet and issue.column else None
        first = sheet.first_column if sheet else 1
        messages[(issue.row or 1, column or first)].append(f"[{issue.code}] {issue.message}")
    for (row, column), texts in messages.items():
        cell = ws.cell(row, column)
        cell.fill = RED
        cell.comment = Comment("\n".join(texts), "Desk", width=320, height=40 + 40 * len(texts))
    path = Path(out)
    wb.save(path)
    return path
