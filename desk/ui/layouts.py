"""The desk's dialog shape: labelled fields, then messages, then a row of buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget


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
