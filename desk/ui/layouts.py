"""The desk's dialog shapes: labelled fields, then messages, then a row of buttons; or a
list with what to show above it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def form_dialog(dialog: QWidget, rows: Sequence[tuple[object, QWidget | QLayout]],
                *below: QWidget | QLayout) -> QFormLayout:
    """Lay ``dialog`` out: a form of (label, field) rows, then ``below`` in order."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for item in below:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return form


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons to the right, in the order given."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def list_dialog(dialog: QDialog, choice: QWidget, note: QWidget, table: QWidget,
                *buttons: QWidget) -> None:
    """Lay a list dialog out (the outbox, payments due): what to show and a note on top,
    the table, then ``buttons`` and Close to the right."""
    close = QPushButton("Close")
    close.clicked.connect(dialog.accept)
    top = QHBoxLayout()
    top.addWidget(choice)
    top.addWidget(note, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(table)
    layout.addLayout(button_row(*buttons, close))
