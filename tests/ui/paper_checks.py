"""Reading back what the desk printed: a page as pixels, the QR codes a real decoder finds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PySide6.QtGui import QImage

from tests.ui.pdf_pages import render_page

DPI = 150


@dataclass(frozen=True)
class Found:
    text: str
    left: int
    top: int
    right: int
    bottom: int


class Grey:
    """A picture as rows of grey levels (0 black, 255 white)."""

    def __init__(self, image: QImage) -> None:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        self.width, self.height, line = image.width(), image.height(), image.bytesPerLine()
        raw = bytes(image.constBits())
        self.pixels = b"".join(raw[y * line:y * line + self.width] for y in range(self.height))

    def at(self, x: int, y: int) -> int:
        return self.pixels[y * self.width + x]

    def qr_codes(self) -> list[Found]:
        found = zxingcpp.read_barcodes(memoryview(self.pixels).cast(
            "B", shape=[self.height, self.width]), formats=zxingcpp.BarcodeFormat.QRCode)
        result = []
        for code in found:
            p = code.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            result.append(Found(code.text, min(xs), min(ys), max(xs), max(ys)))
        return result


def page(pdf: Path, number: int = 0) -> Grey:
    return Grey(render_page(pdf, dpi=DPI, page=number))


def matrix_image(matrix, module: int = 4, quiet: int = 4) -> QImage:
    """A symbol's modules drawn square by square (no Qt painting involved)."""
    side = (len(matrix) + 2 * quiet) * module
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(module):
                    for dx in range(module):
                        image.setPixel((quiet + x) * module + dx, (quiet + y) * module + dy, 0)
    return image
