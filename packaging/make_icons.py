"""Render resources/desk.svg into the icons each platform needs (run: uv run python
packaging/make_icons.py; the files it writes are committed, so builds don't depend on it).

- ``resources/icons/desk-<N>.png`` for N in 16…512: the window icon and Linux's hicolor theme;
- ``resources/desk.ico``: Windows (the .exe and the installer), PNG-compressed entries;
- ``resources/desk.icns``: macOS (the .app bundle), PNG-compressed entries.

The .ico and .icns containers are written here directly: both are a small header and a table
of PNG images, so no image library beyond Qt's SVG renderer is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SVG = RESOURCES / "desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, with their pixel size (the @2x ones for Retina)
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64),
              ("ic07", 128), ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512),
              ("ic10", 1024))


def render_png(size: int) -> bytes:
    """The SVG drawn antialiased on a transparent ``size``×``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(elements: list[tuple[str, bytes]]) -> bytes:
    """An ICNS file: the 'icns' header, then type + length + PNG data per element."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
                    for kind, png in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: render_png(size) for size in {*PNG_SIZES, 1024}}
    icons = RESOURCES / "icons"
    icons.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        (icons / f"desk-{size}.png").write_bytes(pngs[size])
    (RESOURCES / "desk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (RESOURCES / "desk.icns").write_bytes(icns_bytes([(k, pngs[s]) for k, s in ICNS_TYPES]))
    print(f"wrote {len(PNG_SIZES)} PNGs, desk.ico and desk.icns in {RESOURCES}")


if __name__ == "__main__":
    main()
