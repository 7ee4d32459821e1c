"""The day sheet on paper (SPEC §11): A4, a header with the chain, the location, the day and
the minute it was printed, then one table row per booking with what the client still holds.
Long days run over pages; the table's header row repeats on each."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize

from desk.files import NOTHING_PROTECTED, Protected, output_file
from desk.services.day_sheet import DaySheet, Holding, SheetRow
from desk.ui.paper import laid_out, pdf_writer

COLUMNS = ("Time", "Client", "Service", "Covered by", "State", "Memberships held")


def holding_text(h: Holding) -> str:
    """One membership as the sheet prints it: code, type, what is left, until when."""
    if h.balances is not None:
        left = ", ".join(f"{service} {n}" for service, n in h.balances.items())
    else:
        left = f"{h.remaining} left"
    parts = [h.number or "no code", h.type, left]
    parts.append(f"until {h.expires.isoformat()}" if h.expires else "no end date")
    if h.status != "active":
        parts.append(h.status)
    return " · ".join(parts)


def day_sheet_html(sheet: DaySheet) -> str:
    head = "".join(f"<th align='left'>{escape(c)}</th>" for c in COLUMNS)
    body = "".join(_row(r) for r in sheet.rows) or (
        f"<tr><td colspan='{len(COLUMNS)}'>No bookings.</td></tr>")
    return (f"<h2>{escape(sheet.chain or 'Day sheet')}</h2>"
            f"<p><b>Day sheet — {escape(sheet.location)}, {sheet.day.isoformat()}</b>"
            f" · printed at {sheet.printed_at:%H:%M} · {len(sheet.rows)} bookings</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
            "style='border-collapse:collapse; font-size:8pt'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _row(r: SheetRow) -> str:
    b = r.booking
    held = "<br>".join(escape(holding_text(h)) for h in r.holdings) or "none"
    cells = [escape(b.time), f"<b>{escape(b.client)}</b>", escape(b.service),
             escape(b.membership_number or "no code"), escape(b.state), held]
    return "<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in cells) + "</tr>"


def write_day_sheet_pdf(sheet: DaySheet, path: str | Path, *, force: bool = True,
                        protected: Protected = NOTHING_PROTECTED) -> Path:
    """Write the sheet as an A4 PDF at ``path`` (replacing one there unless ``force`` is
    False), never over the database or its backups (desk/files.py)."""
    with output_file(path, force=force, protected=protected, what="day sheet") as partial:
        # no margins of its own: printing a document gives its pages 2 cm and a page number
        writer = pdf_writer(partial, QPageSize(QPageSize.PageSizeId.A4), 0,
                            f"Day sheet — {sheet.location}, {sheet.day.isoformat()}")
        laid_out(day_sheet_html(sheet), writer, writer.width()).print_(writer)
        del writer  # the file is finished when the writer goes away
    return Path(path)
