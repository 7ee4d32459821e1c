"""Where a report's workbook goes: the one save dialog, and the .xlsx name it ends with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

XLSX_FILTER = "Excel workbook (*.xlsx)"


def ask_xlsx_path(parent: QWidget, title: str, suggested: str) -> str:
    """The file the user chooses to save to; "" when they cancel."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, XLSX_FILTER)
    return path


def xlsx_path(chosen: str) -> Path:
    """``chosen`` with the .xlsx extension (added when the user typed a bare name)."""
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
