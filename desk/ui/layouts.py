"""The desk's dialog shapes: labelled fields, then messages, then a row of buttons; or a
list with what to show above it. And the parts that keep keys safe (SPEC §11): combo boxes
where Enter only picks the item, and what a dialog does once its operation succeeded."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.ui.i18n import tr


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
    close = QPushButton(tr("Close"))
    close.clicked.connect(dialog.accept)
    top = QHBoxLayout()
    top.addWidget(choice)
    top.addWidget(note, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(table)
    layout.addLayout(button_row(*buttons, close))


class ChoiceBox(QComboBox):
    """The desk's combo box: Enter picks the item typed or highlighted and goes no further.

    Qt passes Enter on from a combo box to its dialog, which clicks the default button: typing
    a service's name and pressing Enter would pay at once. Here Enter only chooses; the next
    Enter, once the focus has moved on, is the dialog's. A name typed into an editable box
    that matches no item adds none: the items are the choices there are."""

    def __init__(self, parent: QWidget | None = None, **properties) -> None:
        super().__init__(parent, **properties)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # an editable box takes the typed item here
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def after_operation(button: QPushButton, close: QPushButton) -> None:
    """An operation succeeded: ``button`` rests, so that a double click or a second Enter
    can't do it again, and Close becomes the default button and takes the focus, so that
    the next Enter closes the dialog. Whether ``button`` comes back is the dialog's to say
    (once another visit is chosen, say, or never: one sale per Sell dialog)."""
    button.setEnabled(False)
    close.setDefault(True)
    close.setFocus()


def grow_to_fit(dialog: QWidget) -> None:
    """Make ``dialog`` big enough for what it shows now (a longer reason, another row), so
    that nothing is clipped; it never shrinks under the receptionist's hand."""
    layout = dialog.layout()
    layout.activate()
    width = max(dialog.width(), layout.minimumSize().width())
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.minimumSize().height())
    if width > dialog.width() or needed > dialog.height():
        dialog.resize(width, max(dialog.height(), needed))


def ask_first(parent: QWidget, title: str, question: str, on_yes: Callable[[], object], *,
              yes_text: str | None = None) -> QMessageBox:
    """A question before a write: only its Yes (named ``yes_text``) calls ``on_yes``; Enter
    and Esc cancel, for Cancel is the default. Not shown yet: the caller opens it (no nested
    event loop, so a lock of the desk can close it like any dialog)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, title, question, buttons.Yes | buttons.Cancel,
                      parent)
    yes = box.button(buttons.Yes)
    if yes_text:
        yes.setText(yes_text)
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    box.finished.connect(lambda _: box.clickedButton() is yes and on_yes())
    return box
