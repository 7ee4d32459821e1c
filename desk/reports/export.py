"""Reports written to Excel: typed cells, a frozen bold header, and no formula injection.

Any text that a spreadsheet would read as a formula (starting with ``= + - @``, a TAB or a
CR, SPEC §4) is stored as a plain string cell with Excel's "quote prefix" flag, so it is
shown and re-read literally and is never evaluated.

Workbooks are streamed (openpyxl's write-only mode): each row's cells are written to the
file as they are made, so a 100,000-row report never holds a million cells in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desk.reports.liability import RollForward
from desk.reports.report_columns import COLUMNS, ReportRow
from desk.reports.summary import Summary

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
BOLD = Font(bold=True)
ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]")  # CR too: see _ooxml_escaped


def money_format(currency: str) -> str:
    """Two decimals, thousands grouped, the currency code after the number."""
    return f'#,##0.00 "{currency}"'


@dataclass(frozen=True)
class Sheet:
    """One table of a workbook: its tab's title, the header, and the rows under it.

    The rows are read twice (the column widths come before the cells in the file): a
    sequence or ``MappedRows``; a one-pass iterator is copied into a list first."""

    title: str
    columns: Sequence[str]
    rows: Iterable[Sequence[object]]


@dataclass(frozen=True)
class MappedRows:
    """The rows ``convert(item)`` of ``items``, made afresh on each pass (not kept)."""

    items: Sequence
    convert: Callable[[object], Sequence[object]]

    def __iter__(self) -> Iterator[Sequence[object]]:
        return map(self.convert, self.items)


def write_sheets(path: str | Path, sheets: Sequence[Sheet], *, currency: str = "USD") -> Path:
    """Write one sheet per table: a bold, frozen header row over the rows, with an autofilter.

    Dates become real date cells, Decimal money a number in the currency's format, ints
    numbers; any other value is written as literal text (never a formula).
    """
    path = Path(path)
    with path.open("wb") as out:  # a path that can't be written fails before any streaming
        book = Workbook(write_only=True)
        for sheet in sheets:
            _fill(book.create_sheet(sheet.title[:31]), sheet.columns, sheet.rows, currency)
        book.save(out)
    return path


def write_table(path: str | Path, sheet_title: str, columns: Sequence[str],
                rows: Iterable[Sequence[object]], *, currency: str = "USD") -> Path:
    """A workbook of one sheet (see ``write_sheets``)."""
    return write_sheets(path, [Sheet(sheet_title, columns, rows)], currency=currency)


def summary_sheet(summary: Summary) -> Sheet:
    """The memberships summary as two columns (figure, value)."""
    rows = [
        ("As of", summary.as_of),
        ("Memberships", summary.memberships),
        ("Sold (not imported)", summary.sold),
        ("Revenue", summary.revenue),
        ("Active", summary.active),
        ("Issued, not activated", summary.issued),
        ("Frozen", summary.frozen),
        ("Expired", summary.expired),
        ("Used up", summary.used_up),
        ("Cancelled (sale voided)", summary.cancelled),
        ("Refunded", summary.refunded),
        ("Remaining visits", summary.remaining_visits),
        ("Outstanding obligations", summary.outstanding),
    ]
    return Sheet("Summary", ("Figure", "Value"), rows)


ROLL_FORWARD_COLUMNS = ("Location", "Type", "Opening", "Sold", "Imported", "Redeemed",
                        "Expired (breakage)", "Refunded", "Voided", "Edits", "Closing")


def roll_forward_sheet(result: RollForward) -> Sheet:
    """The liability roll-forward, a row per (location, type) and the total row last."""
    rows = [(r.location, r.type, r.opening, r.sold, r.imported, r.redeemed, r.expired,
             r.refunded, r.voided, r.edits, r.closing)
            for r in [*result.rows, *([result.total] if result.total else [])]]
    last_day = result.end.toordinal() - 1
    title = f"Liability {result.start:%Y-%m-%d}–{date.fromordinal(last_day):%Y-%m-%d}"  # 31
    return Sheet(title, ROLL_FORWARD_COLUMNS, rows)


def memberships_sheet(rows: Sequence[ReportRow]) -> Sheet:
    """The memberships report's rows with Altegio's columns (SPEC §4), as the report
    defines them (desk/reports/report_columns.py)."""
    return Sheet("Memberships", [c.title for c in COLUMNS], MappedRows(rows, _cells))


def _cells(r: ReportRow) -> tuple:
    return tuple(c.cell(r) for c in COLUMNS)


def export_summary(path: str | Path, summary: Summary, *, currency: str = "USD") -> Path:
    """The memberships summary as a two-column sheet (figure, value)."""
    return write_sheets(path, [summary_sheet(summary)], currency=currency)


def _fill(sheet: WriteOnlyWorksheet, columns: Sequence[str], rows: Iterable[Sequence[object]],
          currency: str) -> None:
    if iter(rows) is rows:  # a one-pass iterator: keep its rows for the second pass
        rows = list(rows)
    widths = [len(str(c)) for c in columns]
    for values in rows:
        for col, value in enumerate(values):
            widths[col] = max(widths[col], _shown_width(value))
    # a streamed sheet writes its columns and panes before the first row
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 3, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    header = [_cell(sheet, str(title), currency) for title in columns]
    for cell in header:
        cell.font = BOLD
    sheet.append(header)
    last_row = 1
    for values in rows:
        sheet.append([_cell(sheet, value, currency) for value in values])
        last_row += 1
    last_col = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last_col}{last_row}"


def _cell(sheet: WriteOnlyWorksheet, value: object, currency: str) -> object:
    """What to append for ``value``: a number or nothing as it is (the streamed sheet makes
    its cell), anything else a cell of the right type and format."""
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    cell = WriteOnlyCell(sheet)
    if isinstance(value, bool):
        _put_text(cell, "yes" if value else "no")
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.value = value
        cell.number_format = money_format(currency)
    else:
        _put_text(cell, str(value))
    return cell


def _put_text(cell: Cell, text: str) -> None:
    """Text kept literal: a string cell whatever it starts with (openpyxl would otherwise
    take a leading ``=`` for a formula), quote-prefixed when a spreadsheet might not."""
    cell.value = _ooxml_escaped(text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _ooxml_escaped(text: str) -> str:
    """A CR as OOXML's ``_x000D_`` (the XML writer would let it become a LF), any other
    control character XML can't hold as its ``_xHHHH_`` (openpyxl refuses them raw), and a
    literal ``_xHHHH_`` with its underscore escaped, so Excel and LibreOffice read the text
    back exactly (``openpyxl.utils.escape.unescape`` does the same)."""
    text = ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def _shown_width(value: object) -> int:
    if isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}") + 4
    return max((len(line) for line in str(value).splitlines()), default=0)
