"""A PDF Desk wrote, read back as people see it: a page as a picture, the text it holds,
with Qt's PDF module (which the packaged desk leaves out: packaging/trim.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from desk.core.errors import DeskError


def render_page(pdf: str | Path, *, dpi: int = 150, page: int = 0) -> QImage:
    """Page ``page`` of ``pdf`` at ``dpi``, on white paper."""
    document = _opened(pdf)
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    ink = document.render(page, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, ink)
    painter.end()
    return paper


def page_count(pdf: str | Path) -> int:
    return _opened(pdf).pageCount()


def pdf_text(pdf: str | Path) -> str:
    """Every page's text, page after page."""
    document = _opened(pdf)
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def _opened(pdf: str | Path):
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise DeskError("pdf_unreadable", f"{pdf} can't be read as a PDF.", value=str(pdf),
                        hint="Write it again.")
    return document
