"""The membership types view: active and archived types in two tabs, and the manager's
buttons (new, edit, duplicate, archive/restore)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.ui.models import Column, RowsModel
from desk.ui.tables import make_table

TYPE_COLUMNS = [
    Column("Name", lambda t: t.name),
    Column("Mode", lambda t: t.mode),
    Column("Services (visits)", lambda t: t.services),
    Column("Price", lambda t: t.price, align_right=True),
    Column("Validity", lambda t: t.validity),
    Column("Locations", lambda t: t.locations),
    Column("Sold?", lambda t: "yes" if t.sold else "no"),
]


class TypesView(QWidget):
    """Lays out the lists and buttons; the controller fills them and acts on the signals."""

    sig_new = Signal()
    sig_edit = Signal()
    sig_duplicate = Signal()
    sig_archive = Signal()
    sig_restore = Signal()
    sig_tab_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._may_manage = True
        self.active_model = RowsModel(TYPE_COLUMNS, self)
        self.archived_model = RowsModel(TYPE_COLUMNS, self)
        self.active = make_table(self.active_model, "Active membership types")
        self.archived = make_table(self.archived_model, "Archived membership types")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.active, "&Active")
        self.tabs.addTab(self.archived, "Archi&ved")
        self.new_button = _button("&New type…", "Create a new membership type",
                                  QKeySequence.StandardKey.New)
        self.edit_button = _button("&Edit…", "Edit the chosen membership type")
        self.duplicate_button = _button("D&uplicate", "Duplicate the chosen membership type")
        self.archive_button = _button("Arc&hive", "Archive the chosen membership type")
        self.restore_button = _button("Re&store", "Restore the chosen membership type")
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Error")
        self._lay_out()
        self.new_button.clicked.connect(self.sig_new)
        self.edit_button.clicked.connect(self.sig_edit)
        self.duplicate_button.clicked.connect(self.sig_duplicate)
        self.archive_button.clicked.connect(self.sig_archive)
        self.restore_button.clicked.connect(self.sig_restore)
        for table in (self.active, self.archived):
            table.activated.connect(lambda _: self.sig_edit.emit())
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())
        self._tab_changed()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.archive_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _tab_changed(self) -> None:
        self._show_buttons()
        self.sig_tab_changed.emit()

    def set_manager_buttons(self, shown: bool) -> None:
        """Show the buttons that change types only to users who may manage types."""
        self._may_manage = shown
        self._show_buttons()

    def _show_buttons(self) -> None:
        shown, archived = self._may_manage, self.showing_archived()
        for button in (self.new_button, self.edit_button, self.duplicate_button):
            button.setVisible(shown)
        self.archive_button.setVisible(shown and not archived)
        self.restore_button.setVisible(shown and archived)

    def showing_archived(self) -> bool:
        return self.tabs.currentWidget() is self.archived

    def current_table(self) -> QTableView:
        return self.archived if self.showing_archived() else self.active

    def current_row(self):
        """The chosen type's row in the tab shown, or None."""
        table = self.current_table()
        return table.model().row_at(table.currentIndex().row())

    def show_error(self, text: str) -> None:
        self.message.setText(text)


def _button(text: str, name: str, shortcut=None) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if shortcut is not None:
        button.setShortcut(QKeySequence(shortcut))
    return button
