"""The careful tier of ``sheet_scan``: a sheet written unlike Excel writes, parsed with
expat cell by cell and placed as python-calamine places cells.

A cell without a reference takes the column after the previous cell of its row, a row
without one the row after the previous row; element names count without their namespace
prefix. Every cell counts towards the extent, with a value or not, so the bound never
falls short of what the reader allocates. Slower than the regular tiers (about 2 s per
100,000 rows), and only used for files the regular tiers can't vouch for.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat
import zipfile
from pathlib import Path
from typing import NoReturn

from desk.core.errors import quoted
from desk.importer.guards import ARCHIVE_FAULTS, SAVE_AGAIN, damaged
from desk.importer.issues import FileRefused
from desk.importer.shared_strings import SharedStrings
from desk.importer.sheet_scan import (
    CHUNK,
    SheetSurvey,
    check_extent,
    check_text,
    column_number,
    unreadable,
)

_REFERENCE = re.compile(r"^([A-Za-z]*)(\d+)$")


class _Refused(Exception):
    """Stop the parser: the sheet declares entities (an XML bomb)."""


def careful_scan(archive: zipfile.ZipFile, part: str, strings: SharedStrings) -> SheetSurvey:
    cells = _CellPlacer(strings)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = cells.start
    parser.EndElementHandler = cells.end
    parser.CharacterDataHandler = cells.text
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = _refuse
    try:
        with archive.open(part) as xml:
            while chunk := xml.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refused:
        raise FileRefused("file_unreadable", "The sheet declares XML entities, which Excel "
                          "never writes: refused as an XML bomb.", SAVE_AGAIN) from None
    except (expat.ExpatError, *ARCHIVE_FAULTS) as error:
        raise damaged(Path(archive.filename or "the file"), error) from None
    return cells.survey


def _refuse(*_args) -> NoReturn:
    raise _Refused


class _CellPlacer:
    """Follows rows and cells as the reader does; measures, and notes unreadable cells."""

    def __init__(self, strings: SharedStrings) -> None:
        self.strings, self.survey = strings, SheetSurvey()
        self.row = self.column = self.row_of_cell = 0  # 0-based, as the reader counts
        self.cell: tuple[int, int] | None = None
        self.kind, self.formula, self.value, self.in_value = "", False, None, False

    def start(self, name: str, attributes: dict) -> None:
        name = name.rpartition(":")[2]
        if name == "row" and "r" in attributes:
            self.row = _reference(attributes["r"], row_only=True)[0]
        elif name == "c":
            if "r" in attributes:
                self.row_of_cell, self.column = _reference(attributes["r"])
            else:
                self.row_of_cell = self.row
            self.cell = (self.row_of_cell + 1, self.column + 1)
            self.kind, self.formula, self.value = attributes.get("t", ""), False, None
            self._measure(*self.cell)
        elif self.cell is not None and name == "f":
            self.formula = True
        elif self.cell is not None and name == "v":
            self.in_value, self.value = True, self.value or ""

    def text(self, data: str) -> None:
        if self.in_value:
            self.value += data

    def end(self, name: str) -> None:
        name = name.rpartition(":")[2]
        if name == "row":
            self.row, self.column = self.row + 1, 0
        elif name == "v":
            self.in_value = False
        elif name == "c" and self.cell is not None:
            self._finish_cell()

    def _finish_cell(self) -> None:
        found = unreadable(self.kind.encode(), self.formula,
                           None if self.value is None else self.value.encode())
        if found is not None:
            self.survey.unreadable[self.cell] = found
        if self.kind == "s" and (self.value or "").strip().isdigit():
            index = int(self.value)
            if index < len(self.strings.lengths):
                self.survey.text += self.strings.lengths[index]
                check_text(self.survey.text)
        self.cell, self.column = None, self.column + 1

    def _measure(self, row: int, column: int) -> None:
        survey = self.survey
        if row > survey.rows or column > survey.columns:
            survey.rows, survey.columns = max(survey.rows, row), max(survey.columns, column)
            check_extent(survey.rows, survey.columns)


def _reference(text: str, *, row_only: bool = False) -> tuple[int, int]:
    """``"B7"`` -> (6, 1), 0-based; a reference the reader would refuse is refused here."""
    found = _REFERENCE.match(text.strip())
    if found is None or int(found.group(2)) == 0 or not (found.group(1) or row_only):
        raise FileRefused("file_unreadable", f"The sheet names a cell {quoted(text)}, which "
                          "is not a cell reference.", SAVE_AGAIN)
    return int(found.group(2)) - 1, column_number(found.group(1)) - 1 if found.group(1) else 0
