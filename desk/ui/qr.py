"""A membership's code as a QR code on paper (SPEC §11 "Receipts and cards").

segno builds the symbol; its modules are painted as filled rectangles, so the PDF holds
vectors that print sharp at any size and need no image or SVG plugin at run time."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

QUIET_MODULES = 4  # the white margin a scanner needs around the symbol
SYMBOL_MM = 22.0  # the dark square's side: well above the 20 mm a phone scans from a desk

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(code: str) -> Matrix:
    """The symbol of ``code``, row by row, dark modules True (without the quiet zone).
    A code beyond ASCII goes as UTF-8 and says so (ECI): undeclared, a scanner guesses the
    bytes' charset, and "µ" comes out as a Japanese katakana."""
    if code.isascii():
        symbol = segno.make_qr(code, error="m")
    else:
        symbol = segno.make_qr(code, error="m", mode="byte", encoding="utf-8", eci=True)
    return tuple(tuple(bool(module) for module in row) for row in symbol.matrix)


def mm(device: QPagedPaintDevice, millimetres: float) -> float:
    """``millimetres`` in the device's units (its dots)."""
    return millimetres * device.resolution() / 25.4


def qr_side(device: QPagedPaintDevice, code: str) -> float:
    """The whole square the code takes on ``device``, quiet zone included."""
    modules = len(qr_matrix(code))
    return mm(device, SYMBOL_MM) * (modules + 2 * QUIET_MODULES) / modules


def paint_qr(painter: QPainter, code: str, left: float, top: float, side: float) -> None:
    """The symbol of ``code`` with its quiet zone filling the square of ``side`` units from
    (left, top): a white square, then each row's runs of dark modules as one rectangle."""
    matrix = qr_matrix(code)
    module = side / (len(matrix) + 2 * QUIET_MODULES)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    origin_x, origin_y = left + QUIET_MODULES * module, top + QUIET_MODULES * module
    for y, row in enumerate(matrix):
        for start, length in _dark_runs(row):
            painter.fillRect(QRectF(origin_x + start * module, origin_y + y * module,
                                    length * module, module), QColor("black"))
    painter.restore()


def paint_code(painter: QPainter, device: QPagedPaintDevice, code: str, centre_x: float,
               top: float) -> float:
    """The code as a QR code centred on ``centre_x`` from ``top``, and in print beneath it
    (for the person who types it); the bottom of the print."""
    side = qr_side(device, code)
    paint_qr(painter, code, centre_x - side / 2, top, side)
    painter.save()
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(11)
    font.setBold(True)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(centre_x - side, top + side, 2 * side, line),
                     Qt.AlignmentFlag.AlignCenter, code)
    painter.restore()
    return top + side + line


def _dark_runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for x, dark in enumerate((*row, False)):
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x - start))
            start = None
    return runs
