"""Reports written to Excel: typed cells, a frozen bold header, and no formula injection.

Any text that a spreadsheet would read as a formula (starting with ``= + - @``, a TAB or a
CR, SPEC §4) is stored as a plain string cell with Excel's "quote prefix" flag, so it is
shown and re-read literally and is never evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk.reports.liability import RollForward
from desk.reports.memberships_report import ReportRow
from desk.reports.summary import Summary

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def money_format(currency: str) -> str:
    """Two decimals, thousands grouped, the currency code after the number."""
    return f'#,##0.00 "{currency}"'


@dataclass(frozen=True)
class Sheet:
    """One table of a workbook: its tab's title, the header, and the rows under it."""

    title: str
    columns: Sequence[str]
    rows: Iterable[Sequence[object]]


def write_sheets(path: str | Path, sheets: Sequence[Sheet], *, currency: str = "USD") -> Path:
    """Write one sheet per table: a bold, frozen header row over the rows, with an autofilter.

    Dates become real date cells, Decimal money a number in the currency's format, ints
    numbers; any other value is written as literal text (never a formula).
    """
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title[:31]), sheet.columns, sheet.rows, currency)
    path = Path(path)
    book.save(path)
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
        ("Remaining visits", summary.remaining_visits),
        ("Outstanding obligations", summary.outstanding),
    ]
    return Sheet("Summary", ("Figure", "Value"), rows)


ROLL_FORWARD_COLUMNS = ("Location", "Type", "Opening", "Sold", "Imported", "Redeemed",
                        "Expired (breakage)", "Edits", "Closing")


def roll_forward_sheet(result: RollForward) -> Sheet:
    """The liability roll-forward, a row per (location, type) and the total row last."""
    rows = [(r.location, r.type, r.opening, r.sold, r.imported, r.redeemed, r.expired, r.edits,
             r.closing) for r in [*result.rows, *([result.total] if result.total else [])]]
    last_day = result.end.toordinal() - 1
    title = f"Liability {result.start:%Y-%m-%d}–{date.fromordinal(last_day):%Y-%m-%d}"  # 31
    return Sheet(title, ROLL_FORWARD_COLUMNS, rows)


MEMBERSHIPS_COLUMNS = ("Number", "Type", "Balance", "Status", "Valid until", "Client", "Phone",
                       "Date of sale", "Place of sale", "Cost", "Payments", "Amount debited")


def memberships_sheet(rows: Iterable[ReportRow]) -> Sheet:
    """The memberships report's rows with Altegio's columns (SPEC §4)."""
    return Sheet("Memberships", MEMBERSHIPS_COLUMNS, (
        (r.number, r.type, r.balance, r.status.replace("_", " "), r.valid_until, r.client,
         f"+{r.phone}" if r.phone else None, r.sale_date, r.sale_location, r.cost, r.paid,
         r.debited) for r in rows))


def export_summary(path: str | Path, summary: Summary, *, currency: str = "USD") -> Path:
    """The memberships summary as a two-column sheet (figure, value)."""
    return write_sheets(path, [summary_sheet(summary)], currency=currency)


def _fill(sheet: Worksheet, columns: Sequence[str], rows: Iterable[Sequence[object]],
          currency: str) -> None:
    widths = [len(str(c)) for c in columns]
    for col, title in enumerate(columns, start=1):
        _put(sheet.cell(row=1, column=col), str(title), currency).font = Font(bold=True)
    last_row = 1
    for last_row, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            _put(sheet.cell(row=last_row, column=col), value, currency)
            widths[col - 1] = max(widths[col - 1], _shown_width(value))
    sheet.freeze_panes = "A2"
    last_col = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last_col}{last_row}"
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 3, MAX_WIDTH)


def _put(cell: Cell, value: object, currency: str) -> Cell:
    if value is None:
        return cell
    if isinstance(value, bool):
        cell.value = "yes" if value else "no"
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.value = value
        cell.number_format = money_format(currency)
    elif isinstance(value, int | float):
        cell.value = value
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
    """A CR as OOXML's ``_x000D_`` (the XML writer would let it become a LF), and a literal
    ``_xHHHH_`` with its underscore escaped, so Excel and LibreOffice read the text back
    exactly (``openpyxl.utils.escape.unescape`` does the same)."""
    text = ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return text.replace("\r", "_x000D_")


def _shown_width(value: object) -> int:
    if isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}") + 4
    return max((len(line) for line in str(value).splitlines()), default=0)
