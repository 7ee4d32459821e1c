"""Reading the sheet to import: the first visible one, checked from its XML first, then its
header mapped and its rows numbered as Excel numbers them."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from python_calamine import CalamineWorkbook

from desk.core.names import name_key
from desk.importer.cells import UnreadableCell
from desk.importer.guards import ARCHIVE_FAULTS, MAX_ROWS, check_file, damaged
from desk.importer.issues import FileRefused, Issue
from desk.importer.shared_strings import copy_with_long_strings_cut, survey_shared_strings
from desk.importer.sheet_scan import Position, SheetSurvey, survey_sheet
from desk.importer.sheets import choose_sheet

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
    rows: list[tuple[int, list]]  # (Excel row number, cells), blank rows left out
    header_row: int
    first_column: int = 1  # the Excel column number of the sheet's first cell
    name: str = "Sheet1"  # the sheet read
    header_cells: list = field(default_factory=list)  # row 1 as written, every column
    notes: list[Issue] = field(default_factory=list)  # warnings about the file itself

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

    def columns_of_rows(self) -> list[tuple]:
        """The values of each of COLUMNS down the rows, in order; a column the file lacks
        (or a cell past a short row) reads as an empty cell. A column is one C-level pass
        over the rows: this runs on every cell of a million rows."""
        indexes = [self.columns[c][0] if c in self.columns else None for c in COLUMNS]
        cells = list(map(itemgetter(1), self.rows))
        width = 1 + max((i for i in indexes if i is not None), default=0)
        if cells and min(map(len, cells)) < width:  # rare: pad the short rows
            cells = [row + [""] * (width - len(row)) for row in cells]
        return [("",) * len(cells) if i is None else tuple(map(itemgetter(i), cells))
                for i in indexes]


def read_sheet(path: str | Path) -> tuple[Sheet, list[Issue]]:
    """The first visible sheet of an .xlsx, guarded; issues are file-level (missing
    columns, no rows); warnings about the file travel in ``Sheet.notes``."""
    opened = open_sheet(path)
    return opened.sheet(opened.cells())


@dataclass
class OpenedSheet:
    """A file that passed the guards, its sheet's XML surveyed: what the reader reads."""

    path: Path
    source: Path  # the file, or a copy with over-long strings cut
    name: str
    notes: list[Issue]
    survey: SheetSurvey
    folder: Path | None  # the copy's, removed once the cells are read

    def cells(self) -> list[list]:
        """The reader's own work, every cell: native code that imports nothing and runs
        without Python's lock, so it may run in a thread beside Python work."""
        try:
            return _cells(self.source, self.name, self.path)
        except ARCHIVE_FAULTS as error:
            raise damaged(self.path, error) from None
        finally:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)

    def sheet(self, raw: list[list]) -> tuple[Sheet, list[Issue]]:
        """The cells as a ``Sheet``, with the cells only the survey could tell apart."""
        _place_unreadable(raw, self.survey.unreadable)
        if len(raw) - 1 > MAX_ROWS:
            raise FileRefused("file_too_large", f"The sheet has {len(raw) - 1:,} rows; at "
                              f"most {MAX_ROWS:,} can be imported.",
                              "Split it into several files.")
        return _sheet(raw, self.name, self.notes)


def open_sheet(path: str | Path) -> OpenedSheet:
    """Guard the file and survey its sheet (``FileRefused`` when it can't be read)."""
    path = Path(path)
    check_file(path)
    folder = None
    try:
        with zipfile.ZipFile(path) as archive:
            entry, notes = choose_sheet(archive)
            strings = survey_shared_strings(archive)
            survey = survey_sheet(archive, entry.part, strings)
            source = path
            if strings.cut:  # the reader gets a copy whose over-long strings are cut
                folder = Path(tempfile.mkdtemp(prefix="desk-import-"))
                source = copy_with_long_strings_cut(archive, strings, folder / path.name)
    except ARCHIVE_FAULTS as error:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise damaged(path, error) from None
    return OpenedSheet(path, source, entry.name, notes, survey, folder)


def _cells(source: Path, sheet_name: str, path: Path) -> list[list]:
    """Every cell from A1, ``raw[i][j]`` being cell (i+1, j+1)."""
    try:
        workbook = CalamineWorkbook.from_path(str(source))
        return workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own errors, and plain ones for some parts
        raise damaged(path, error) from None


def _place_unreadable(raw: list[list], cells: dict[Position, UnreadableCell]) -> None:
    """Put each unreadable cell where the reader left an empty one (or nothing: a row of
    formulas without values is no row at all to it)."""
    if not cells:
        return
    width = max(len(raw[0]) if raw else 0, max(column for _, column in cells))
    for cells_of_row in raw:
        cells_of_row.extend([""] * (width - len(cells_of_row)))
    for (row, column), cell in cells.items():
        while len(raw) < row:
            raw.append([""] * width)
        raw[row - 1][column - 1] = cell


def _sheet(raw: list[list], name: str, notes: list[Issue]) -> tuple[Sheet, list[Issue]]:
    issues: list[Issue] = []
    header_cells = raw[0] if raw else []
    columns: dict[str, tuple[int, str]] = {}
    known = {name_key(c): c for c in COLUMNS}
    for index, value in enumerate(header_cells):
        written = str(value).strip()
        canonical = known.get(name_key(written))
        if canonical and canonical not in columns:
            columns[canonical] = (index, written)
    for column in REQUIRED:
        if column not in columns:
            issues.append(Issue(1, None, "missing_column",
                                f"The column “{column}” is missing. Add a header cell "
                                f"“{column}” in row 1."))
    if PHONE not in columns and NUMBER not in columns:
        issues.append(Issue(1, None, "missing_column",
                            f"The columns “{PHONE}” and “{NUMBER}” are both missing; at least "
                            "one is needed. Add one of them to the header row."))
    rows = [(number, cells) for number, cells in enumerate(raw[1:], start=2)
            if _has_content(cells)]
    if not rows and not issues:
        issues.append(Issue(None, None, "no_rows", "The file has a header but no memberships "
                            "below it. Add one row per membership under the header."))
    return Sheet(columns, rows, 1, 1, name, list(header_cells), notes), issues


def _has_content(cells: list) -> bool:
    """Not a blank row: the reader gives ``""`` for an empty cell, and text of spaces
    counts as empty too."""
    for value in cells:
        if value.__class__ is str:
            if value and not value.isspace():
                return True
        elif value is not None:
            return True
    return False
