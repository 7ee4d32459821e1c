"""The clients & memberships view: a search box, the matching clients, the selected
client's memberships and the chosen membership's ledger."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.ui.models import CLIENT_COLUMNS, HISTORY_COLUMNS, MEMBERSHIP_COLUMNS, RowsModel


class ClientsView(QWidget):
    sig_search_changed = Signal(str)
    sig_client_chosen = Signal(int)
    sig_membership_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Find a client: name, phone or membership code")
        self.search.setAccessibleName("Find a client")
        self.search.setClearButtonEnabled(True)
        self.clients_model = RowsModel(CLIENT_COLUMNS, self)
        self.memberships_model = RowsModel(MEMBERSHIP_COLUMNS, self)
        self.history_model = RowsModel(HISTORY_COLUMNS, self)
        self.clients = _table(self.clients_model, "Clients found")
        self.memberships = _table(self.memberships_model, "Memberships of the client")
        self.history = _table(self.history_model, "History of the membership")
        self.client_title = QLabel("Type in the search box to find a client.")
        self.client_title.setProperty("role", "hint")
        self.history_title = QLabel("History")
        self.history_title.setProperty("role", "hint")
        self._lay_out()
        self.search.textChanged.connect(self.sig_search_changed)
        self.clients.selectionModel().currentRowChanged.connect(
            lambda current, _: self.sig_client_chosen.emit(current.row()))
        self.memberships.selectionModel().currentRowChanged.connect(
            lambda current, _: self.sig_membership_chosen.emit(current.row()))

    def _lay_out(self) -> None:
        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.client_title, self.memberships, self.history_title, self.history):
            card_layout.addWidget(widget)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.clients)
        split.addWidget(card)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
