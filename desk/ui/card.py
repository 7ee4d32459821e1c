"""A membership card: a page the size of a credit card with the chain, the client, the type,
the valid-until and the code as a QR code and in print (SPEC §11 "Receipts and cards")."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desk.core.errors import DeskError
from desk.files import NOTHING_PROTECTED, Protected, output_file
from desk.services.views import MembershipInfo
from desk.ui.formats import day
from desk.ui.i18n import tr
from desk.ui.paper import ask_pdf_path, page_size_mm, paint_html, pdf_writer
from desk.ui.qr import mm, paint_code, qr_side

CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1, a wallet's card slot
MARGIN_MM = 4.0


@dataclass(frozen=True)
class Card:
    chain: str | None
    client: str | None
    type: str
    code: str | None
    valid_until: str  # a date, "unlimited", or "counted from the first visit"


def valid_until_text(info: MembershipInfo) -> str:
    """The "valid until" printed for a membership: its date, or why there is none."""
    if info.expires:
        return day(info.expires)
    return tr("counted from the first visit") if info.status == "issued" else tr("unlimited")


def card_for(info: MembershipInfo, chain: str | None) -> Card:
    return Card(chain, info.client, info.type, info.number, valid_until_text(info))


def card_html(c: Card) -> str:
    rows = [(tr("Client"), c.client or tr("whoever shows this card")), (tr("Membership"), c.type),
            (tr("Valid until"), c.valid_until)]
    body = "".join(f"<p style='margin:0'><span style='font-size:6pt'>{escape(k)}</span><br>"
                   f"<b>{escape(v)}</b></p>" for k, v in rows)
    title = escape(c.chain or tr("Membership"))
    return (f"<p style='font-size:11pt; margin:0 0 4pt 0'><b>{title}"
            f"</b></p><div style='font-size:8pt'>{body}</div>")


def write_card_pdf(c: Card, path: str | Path, *,
                   protected: Protected = NOTHING_PROTECTED) -> Path:
    """Write the card as a one-page PDF of credit-card size at ``path`` (replacing a file
    there: the save dialog asked; never the database). A membership without a code has
    nothing to scan: refused (``card_no_code``)."""
    if not c.code:
        raise DeskError("card_no_code",
                        tr("The {type} membership has no code to print.").format(type=c.type),
                        hint=tr("Print the receipt instead, or give the membership a code."))
    with output_file(path, force=True, protected=protected, what="card") as partial:
        writer = pdf_writer(partial, page_size_mm(*CARD_MM), MARGIN_MM,
                            tr("Membership card — {type}").format(type=c.type))
        side = qr_side(writer, c.code)
        text_width = writer.width() - side - mm(writer, 2)
        painter = QPainter(writer)
        try:
            paint_html(painter, writer, card_html(c), 0, 0, text_width)
            paint_code(painter, writer, c.code, writer.width() - side / 2, 0)
        finally:
            painter.end()
        del writer  # the file is finished when the writer goes away
    return Path(path)


def ask_card_path(parent: QWidget | None) -> str:
    return ask_pdf_path(parent, tr("Save membership card as PDF"), "card.pdf")


def save_card(parent: QWidget | None, info: MembershipInfo, chain: str | None,
              protected: Protected, ask_path=ask_card_path) -> Path | None:
    """Ask where, then write the card of ``info`` there (None when the person cancelled);
    a refusal is the ``DeskError`` to show. For any view that shows a membership."""
    path = ask_path(parent)
    return write_card_pdf(card_for(info, chain), path, protected=protected) if path else None
