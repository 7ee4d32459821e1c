"""The day sheet on paper (SPEC §11): A4, a header with the chain, the location, the day and
the minute it was printed, then one table row per booking with what the client still holds.
Long days run over pages; the table's header row repeats on each."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QPageSize

from desk.files import NOTHING_PROTECTED, Protected, output_file
from desk.services.day_sheet import DaySheet, Holding, SheetRow
from desk.ui.formats import clock, day, day_in_words
from desk.ui.i18n import tr
from desk.ui.paper import laid_out, pdf_writer
from desk.ui.today_view import time_text, word

COLUMNS = (QT_TR_NOOP("Time"), QT_TR_NOOP("Client"), QT_TR_NOOP("Service"),
           QT_TR_NOOP("Covered by"), QT_TR_NOOP("State"), QT_TR_NOOP("Memberships held"))
# a membership's state printed after it (an active one goes without saying)
_STATUSES = {"issued": QT_TR_NOOP("not activated yet"), "frozen": QT_TR_NOOP("frozen"),
             "expired": QT_TR_NOOP("expired"), "used_up": QT_TR_NOOP("used up"),
             "cancelled": QT_TR_NOOP("cancelled"), "refunded": QT_TR_NOOP("refunded")}


def holding_text(h: Holding) -> str:
    """One membership as the sheet prints it: code, type, what is left, until when."""
    if h.balances is not None:
        left = ", ".join(f"{service} {n}" for service, n in h.balances.items())
    else:
        left = tr("%n left", None, h.remaining)
    parts = [h.number or tr("no code"), h.type, left]
    parts.append(tr("until {day}").format(day=day(h.expires)) if h.expires
                 else tr("no end date"))
    if h.status != "active":
        parts.append(tr(_STATUSES[h.status]) if h.status in _STATUSES else h.status)
    return " · ".join(parts)


def sheet_title(sheet: DaySheet) -> str:
    """"Day sheet — Downtown, Sunday, March 15, 2026": the location and the day in words."""
    return tr("Day sheet — {location}, {day}").format(
        location=sheet.location, day=day_in_words(sheet.day, weekday=True))


def day_sheet_html(sheet: DaySheet) -> str:
    head = "".join(f"<th align='left'>{escape(tr(c))}</th>" for c in COLUMNS)
    body = "".join(_row(r) for r in sheet.rows) or (
        f"<tr><td colspan='{len(COLUMNS)}'>{escape(tr('No bookings.'))}</td></tr>")
    heading = escape(sheet_title(sheet))
    printed = escape(tr("printed at {time}").format(time=clock(sheet.printed_at)))
    n = len(sheet.rows)
    count = escape(tr("%n bookings", None, n))
    return (f"<h2>{escape(sheet.chain or tr('Day sheet'))}</h2>"
            f"<p><b>{heading}</b> · {printed} · {count}</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
            "style='border-collapse:collapse; font-size:8pt'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _row(r: SheetRow) -> str:
    b = r.booking
    held = "<br>".join(escape(holding_text(h)) for h in r.holdings) or escape(tr("none"))
    cells = [escape(time_text(b.time)), f"<b>{escape(b.client)}</b>", escape(b.service),
             escape(b.membership_number or tr("no code")), escape(word(b.state)), held]
    return "<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in cells) + "</tr>"


def write_day_sheet_pdf(sheet: DaySheet, path: str | Path, *, force: bool = True,
                        protected: Protected = NOTHING_PROTECTED) -> Path:
    """Write the sheet as an A4 PDF at ``path`` (replacing one there unless ``force`` is
    False), never over the database or its backups (desk/files.py)."""
    with output_file(path, force=force, protected=protected, what="day sheet") as partial:
        # no margins of its own: printing a document gives its pages 2 cm and a page number
        writer = pdf_writer(partial, QPageSize(QPageSize.PageSizeId.A4), 0,
                            sheet_title(sheet))
        laid_out(day_sheet_html(sheet), writer, writer.width()).print_(writer)
        del writer  # the file is finished when the writer goes away
    return Path(path)
