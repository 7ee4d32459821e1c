"""What every printed page of Desk shares: a PDF writer with the page and margins set, and
rich text laid out to the page's width on the writer's own resolution."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication


def pdf_writer(path: Path, page: QPageSize, margins_mm: float, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(page)
    writer.setPageMargins(QMarginsF(*(margins_mm,) * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Desk")
    return writer


def laid_out(html: str, writer: QPdfWriter, width: float) -> QTextDocument:
    """``html`` laid out ``width`` dots wide with the writer's font metrics (so points are
    points on paper, not on the screen)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def paint_html(painter: QPainter, writer: QPdfWriter, html: str, left: float, top: float,
               width: float) -> float:
    """``html`` painted from (left, top), ``width`` dots wide; the bottom of the text."""
    document = laid_out(html, writer, width)
    painter.save()
    painter.translate(left, top)
    document.drawContents(painter)
    painter.restore()
    return top + document.size().height()


def page_size_mm(width: float, height: float) -> QPageSize:
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def paper_app() -> QApplication:
    """The application Qt needs to lay out text and fonts: the running one, else one made for
    a command that prints (a widgets one, so that a window can still open in this process)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


def ask_pdf_path(parent, title: str, file_name: str) -> str:
    """Where to save a PDF the desk prints: asked, proposed in the user's documents folder
    (never the program's own folder, where the desk was started from); "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    from desk.ui.documents import in_documents
    from desk.ui.i18n import tr

    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(file_name),
                                          tr("PDF documents") + " (*.pdf)")
    return path
