"""The one place failures are shown: a rule's refusal says what to do; anything else says
nothing was changed and where the details are (ARCHITECTURE: one error dialog)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk import support
from desk.core.errors import DeskError
from desk.ui.i18n import tr
from desk.ui.phrasebook import error_message

UNEXPECTED = QT_TR_NOOP("Desk ran into an unexpected problem. Nothing was changed.\n\n"
                        "The details are in {log} — please send that file to support.")


def error_text(error: BaseException) -> str:
    """What the person reads; unexpected errors are logged first (call while handling it
    or with the exception object: its traceback is kept either way)."""
    if isinstance(error, DeskError):
        return error_message(error)
    try:
        raise error  # write_crash_log formats the exception being handled, with its traceback
    except BaseException:  # any exception is logged, never raised here
        log = support.write_crash_log()
    return tr(UNEXPECTED).format(log=log)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show ``error`` in a window-modal box that doesn't block the caller; returns the box."""
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(error, DeskError)
                      else QMessageBox.Icon.Critical, "Desk", error_text(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
