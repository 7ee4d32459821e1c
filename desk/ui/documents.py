"""Where files the user saves are proposed: their documents folder, never the program's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def in_documents(name: str) -> str:
    """``name`` in the user's documents folder (their home when the system has none); a
    name that already says its folder is kept. A save dialog given a bare name opens in the
    program's working folder, where no one looks for a receipt or a report."""
    if Path(name).is_absolute():
        return name
    where = QStandardPaths.StandardLocation
    folder = (QStandardPaths.writableLocation(where.DocumentsLocation)
              or QStandardPaths.writableLocation(where.HomeLocation))
    return str(Path(folder) / name)
