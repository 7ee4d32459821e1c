"""Reading the first sheet: header mapping and rows with their Excel row numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from desk.core.names import name_key
from desk.importer.guards import MAX_ROWS, check_file
from desk.importer.issues import FileRefused, Issue

LOCATION = "Location"
TYPE = "Membership type"
REMAINING = "Remaining sessions"
STATUS = "Status"
PHONE = "Owner phone"
NUMBER = "Membership number"
VALID_UNTIL = "Valid until"
SALE_DATE = "Sale date"
COLUMNS = (LOCATION, TYPE, REMAINING, STATUS, PHONE, NUMBER, VALID_UNTIL, SALE_DATE)
REQUIRED = (LOCATION, TYPE, REMAINING)


@dataclass(frozen=True)
class Sheet:
    """The header (canonical column -> (index, header as written)) and the data rows."""

    columns: dict[str, tuple[int, str]]
    rows: list[tuple[int, list]]  # (Excel row number, cells)
    header_row: int
    first_column: int = 1  # the Excel column number of the sheet's first cell

    def excel_column(self, header: str) -> int | None:
        """The Excel column number of a header as written, if the file has it."""
        for index, written in self.columns.values():
            if written == header:
                return self.first_column + index
        return None

    def cell(self, cells: list, column: str) -> object:
        found = self.columns.get(column)
        if found is None or found[0] >= len(cells):
            return ""
        return cells[found[0]]

    def header(self, column: str) -> str:
        return self.columns[column][1] if column in self.columns else column


def read_sheet(path: str | Path) -> tuple[Sheet, list[Issue]]:
    """The first sheet of an .xlsx, guarded; issues are file-level (missing columns, no rows)."""
    check_file(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        raw = sheet.to_python(skip_empty_area=False)  # from A1: raw[i][j] is cell (i+1, j+1)
    except CalamineError as error:
        raise FileRefused("file_unreadable", f"The file can't be read ({error}).",
                          "Open it in Excel and save it as an Excel Workbook (.xlsx).") from None
    except Exception as error:  # calamine raises plain errors for some damaged parts
        raise FileRefused("file_unreadable", f"The file is damaged ({type(error).__name__}).",
                          "Open it in Excel and save it as an Excel Workbook (.xlsx).") from None
    if len(raw) - 1 > MAX_ROWS:
        raise FileRefused("file_too_large", f"The sheet has {len(raw) - 1:,} rows; at most "
                          f"{MAX_ROWS:,} can be imported.", "Split it into several files.")
    return _sheet(raw, 0, 0)


def _sheet(raw: list[list], first_row: int, first_col: int) -> tuple[Sheet, list[Issue]]:
    issues: list[Issue] = []
    header_cells = raw[0] if raw else []
    columns: dict[str, tuple[int, str]] = {}
    known = {name_key(c): c for c in COLUMNS}
    for index, value in enumerate(header_cells):
        written = str(value).strip()
        canonical = known.get(name_key(written))
        if canonical and canonical not in columns:
            columns[canonical] = (index, written)
    header_row = first_row + 1
    for column in REQUIRED:
        if column not in columns:
            issues.append(Issue(header_row, None, "missing_column",
                                f"The column “{column}” is missing. Add a header cell "
                                f"“{column}” in row {header_row}."))
    if PHONE not in columns and NUMBER not in columns:
        issues.append(Issue(header_row, None, "missing_column",
                            f"The columns “{PHONE}” and “{NUMBER}” are both missing; at least "
                            "one is needed. Add one of them to the header row."))
    rows = [(first_row + 1 + offset, cells) for offset, cells in enumerate(raw[1:], start=1)
            if any(str(c).strip() for c in cells)]
    if not rows and not issues:
        issues.append(Issue(None, None, "no_rows", "The file has a header but no memberships "
                            "below it. Add one row per membership under the header."))
    return Sheet(columns, rows, header_row, first_col + 1), issues
