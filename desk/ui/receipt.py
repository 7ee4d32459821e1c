"""A sale's receipt: plain facts laid out as a small document, written to PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize, QPainter

from desk.core.money import format_money
from desk.files import NOTHING_PROTECTED, Protected, output_file
from desk.ui.paper import paint_html, pdf_writer
from desk.ui.qr import mm, paint_code


@dataclass(frozen=True)
class Receipt:
    chain: str | None
    type: str
    number: str | None
    client: str | None
    price: Decimal
    paid: Decimal
    payment_method: str
    sold_on: date
    valid_until: str  # a date, "unlimited", or "counted from the first visit"
    location: str
    currency: str = "USD"


def receipt_html(r: Receipt) -> str:
    """The receipt as simple HTML (what the PDF shows)."""
    rows = [("Membership", r.type), ("Number", r.number or "no code"),
            ("Client", r.client or "—"), ("Price", format_money(r.price, r.currency)),
            (f"Paid ({r.payment_method})", format_money(r.paid, r.currency)),
            ("Date", r.sold_on.isoformat()), ("Location", r.location),
            ("Valid until", r.valid_until)]
    body = "".join(f"<tr><td>{escape(k)}</td><td><b>{escape(str(v))}</b></td></tr>"
                   for k, v in rows)
    title = escape(r.chain or "Receipt")
    return (f"<h2>{title}</h2><p>Receipt for a membership</p>"
            f"<table cellpadding='4'>{body}</table><p>Thank you!</p>"
            + ("<p align='center'>Show this code at your next visit:</p>" if r.number else ""))


def write_receipt_pdf(r: Receipt, path: str | Path, *,
                      protected: Protected = NOTHING_PROTECTED) -> Path:
    """Write the receipt as an A5 PDF at ``path``, replacing a file there (the save dialog
    asked), never the database (desk/files.py). A coded membership's code follows as a QR
    code and in print, so its next visit is one scan."""
    with output_file(path, force=True, protected=protected, what="receipt") as partial:
        writer = pdf_writer(partial, QPageSize(QPageSize.PageSizeId.A5), 12,
                            f"Receipt — {r.type}")
        width = writer.width()
        painter = QPainter(writer)
        try:
            bottom = paint_html(painter, writer, receipt_html(r), 0, 0, width)
            if r.number:
                paint_code(painter, writer, r.number, width / 2, bottom + mm(writer, 4))
        finally:
            painter.end()
        del writer  # the file is finished when the writer goes away
    return Path(path)
