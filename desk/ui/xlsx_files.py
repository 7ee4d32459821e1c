"""Where a report's workbook goes: the one save dialog, and the .xlsx name it ends with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desk.ui.documents import in_documents
from desk.ui.i18n import tr

XLSX_PATTERN = " (*.xlsx)"


def xlsx_filter() -> str:
    """The file dialogs' filter, its words in the window's language."""
    return tr("Excel workbook") + XLSX_PATTERN


def ask_xlsx_path(parent: QWidget, title: str, suggested: str) -> str:
    """The file the user chooses to save to (proposed in their documents folder); "" when
    they cancel."""
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested),
                                          xlsx_filter())
    return path


def xlsx_path(chosen: str) -> Path:
    """``chosen`` with the .xlsx extension (added when the user typed a bare name)."""
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def confirmed_xlsx_path(parent: QWidget, chosen: str) -> Path | None:
    """The workbook to write for what the user chose in the save dialog, which asked before
    replacing that file; when the .xlsx added to a bare name makes it another file that
    exists, this asks too. None: keep the file (nothing is written). The path returned may
    be replaced (the services' ``force``): the user said so."""
    path = xlsx_path(chosen)
    if str(path) == chosen or not path.exists():
        return path
    answer = QMessageBox.question(parent, tr("Replace the file?"),
                                  tr("{name} already exists. Replace it?").format(name=path.name))
    return path if answer == QMessageBox.StandardButton.Yes else None
