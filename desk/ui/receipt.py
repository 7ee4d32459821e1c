"""A sale's receipt: plain facts laid out as a small document, written to PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QPageSize, QPainter

from desk.files import NOTHING_PROTECTED, Protected, output_file
from desk.ui.formats import day, money
from desk.ui.i18n import tr
from desk.ui.paper import paint_html, pdf_writer
from desk.ui.qr import mm, paint_code

# the payment methods as a receipt names them
METHOD_WORDS = {"cash": QT_TR_NOOP("cash"), "card": QT_TR_NOOP("card"),
                "transfer": QT_TR_NOOP("transfer")}


def method_word(method: str) -> str:
    """A payment method (stored in English) in the window's language."""
    return tr(METHOD_WORDS[method]) if method in METHOD_WORDS else method


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
    rows = [(tr("Membership"), r.type), (tr("Number"), r.number or tr("no code")),
            (tr("Client"), r.client or "—"), (tr("Price"), money(r.price, r.currency)),
            (tr("Paid ({method})").format(method=method_word(r.payment_method)),
             money(r.paid, r.currency)),
            (tr("Date"), day(r.sold_on)), (tr("Location"), r.location),
            (tr("Valid until"), r.valid_until)]
    body = "".join(f"<tr><td>{escape(k)}</td><td><b>{escape(str(v))}</b></td></tr>"
                   for k, v in rows)
    title = escape(r.chain or tr("Receipt"))
    what, thanks = escape(tr("Receipt for a membership")), escape(tr("Thank you!"))
    shown = escape(tr("Show this code at your next visit:"))
    return (f"<h2>{title}</h2><p>{what}</p>"
            f"<table cellpadding='4'>{body}</table><p>{thanks}</p>"
            + (f"<p align='center'>{shown}</p>" if r.number else ""))


def write_receipt_pdf(r: Receipt, path: str | Path, *,
                      protected: Protected = NOTHING_PROTECTED) -> Path:
    """Write the receipt as an A5 PDF at ``path``, replacing a file there (the save dialog
    asked), never the database (desk/files.py). A coded membership's code follows as a QR
    code and in print, so its next visit is one scan."""
    with output_file(path, force=True, protected=protected, what="receipt") as partial:
        writer = pdf_writer(partial, QPageSize(QPageSize.PageSizeId.A5), 12,
                            tr("Receipt — {type}").format(type=r.type))
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
