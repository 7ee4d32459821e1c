"""Workbooks people open: the import template and the error workbook (openpyxl)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desk.importer.cells import UnreadableCell
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
EXCEL_CELL_CHARS = 32_767  # the most a cell holds in Excel
MAX_COMMENTS = 10_000
ERRORS_SHEET = "Errors"
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
    """A copy of the imported sheet with every bad cell filled red and its message as a
    comment.

    Written in openpyxl's write-only mode from the cells the import read, row by row, so
    memory stays flat however long the sheet (a million rows took 3.5 GB when the file was
    loaded whole), and the file is never parsed a second time by another reader. The copy
    holds the sheet's values; formatting and the other sheets stay in the original."""
    path = Path(out)
    with path.open("wb") as target:  # a folder that can't take it fails before any work
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(_sheet_title(sheet.name if sheet else ""))
        comments = _Comments(ws)
        for values in _marked_rows(sheet, _messages_by_cell(sheet, errors), comments):
            ws.append(values)
        listing = wb.create_sheet(ERRORS_SHEET)
        listing.append(["Row", "Column", "Code", "Message"])
        for issue in errors:
            listing.append([issue.row, issue.column, issue.code, _writable(issue.message)])
        wb.save(target)
    return path


class _Comments:
    """Marks cells red; the first MAX_COMMENTS also carry their messages as a comment
    (openpyxl keeps every comment in memory until the file is saved, some 6 KB each). All
    messages are listed on the errors sheet."""

    def __init__(self, ws) -> None:
        self.ws, self.left = ws, MAX_COMMENTS

    def mark(self, value: object, texts: list[str]) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value)
        cell.fill = RED
        if self.left:
            self.left -= 1
            cell.comment = Comment("\n".join(texts), "Desk", width=320,
                                   height=40 + 40 * len(texts))
        return cell


def _marked_rows(sheet: Sheet | None, marks: dict[int, dict[int, list[str]]],
                 comments: _Comments) -> Iterator[list]:
    """Every row of the copy, from row 1: the header, the rows read (the blank ones the
    import skipped stay blank), and rows only a mark names."""
    rows = [(1, sheet.header_cells if sheet else []), *(sheet.rows if sheet else [])]
    rows += [(number, []) for number in range(rows[-1][0] + 1, max(marks, default=0) + 1)]
    next_row = 1
    for number, cells in rows:
        yield from ([] for _ in range(next_row, number))
        values = [_writable(value) for value in cells]
        for column, texts in marks.get(number, {}).items():
            values.extend([None] * (column - len(values)))
            values[column - 1] = comments.mark(values[column - 1], texts)
        yield values
        next_row = number + 1


def _messages_by_cell(sheet: Sheet | None, errors: list[Issue]
                      ) -> dict[int, dict[int, list[str]]]:
    """Excel row -> Excel column -> the messages of that cell; a row's own errors go on
    its first cell, the file's on A1."""
    messages: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for issue in errors:
        column = sheet.excel_column(issue.column) if sheet and issue.column else None
        first = sheet.first_column if sheet else 1
        messages[issue.row or 1][column or first].append(f"[{issue.code}] {issue.message}")
    return messages


def _writable(value: object) -> object:
    """A cell's value as the copy can hold it: empty for empty, the shown text of an
    unreadable cell, text without the control characters XML can't carry."""
    if value.__class__ is str:
        if not value:
            return None
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}",
                                         value[:EXCEL_CELL_CHARS])
    if isinstance(value, UnreadableCell):
        return value.shown or None
    return value


def _sheet_title(name: str) -> str:
    """Excel's rules for a sheet's name: 1-31 characters, none of []:*?/\\ ."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in name).strip()[:31]
    return cleaned or "Memberships"
