"""The clients & memberships view: a search box, the matching clients, the selected
client's memberships (with the receptionist's actions above them) and the chosen
membership's ledger."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.ui.i18n import tr
from desk.ui.models import HISTORY_COLUMNS, MEMBERSHIP_COLUMNS, RowsModel, SearchModel
from desk.ui.tables import make_table


class ClientsView(QWidget):
    sig_search_changed = Signal(str)
    sig_search_entered = Signal()  # Enter in the search box: a scanner ends a code so
    sig_client_chosen = Signal(int)
    sig_membership_chosen = Signal(int)
    sig_new_client = Signal()
    sig_edit_client = Signal()
    sig_sell = Signal()
    sig_pay = Signal()
    sig_freeze = Signal()
    sig_unfreeze = Signal()
    sig_stop_renewing = Signal()
    sig_undo_payment = Signal()  # the payment chosen in the history

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=tr("Find a client: name, phone or membership "
                                                   "code; a scanned card opens its payment"))
        self.search.setAccessibleName(tr("Find a client"))
        self.search.setClearButtonEnabled(True)
        self.clients_model = SearchModel(self)
        self.memberships_model = RowsModel(MEMBERSHIP_COLUMNS, self)
        self.history_model = RowsModel(HISTORY_COLUMNS, self)
        self.clients = make_table(self.clients_model, tr("Clients found"))
        self.memberships = make_table(self.memberships_model, tr("Memberships of the client"))
        self.history = make_table(self.history_model, tr("History of the membership"))
        self.client_title = QLabel(tr("Type in the search box to find a client."))
        self.client_title.setProperty("role", "hint")
        self.history_title = QLabel(tr("History"))
        self.history_title.setProperty("role", "hint")
        self._make_actions()
        self._lay_out()
        self.search.textChanged.connect(self.sig_search_changed)
        self.search.returnPressed.connect(self.sig_search_entered)
        self.clients.selectionModel().currentRowChanged.connect(
            lambda current, _: self.sig_client_chosen.emit(current.row()))
        self.memberships.selectionModel().currentRowChanged.connect(
            lambda current, _: self.sig_membership_chosen.emit(current.row()))

    def _make_actions(self) -> None:
        def button(text: str, keys: str, signal: Signal) -> QPushButton:
            made = QPushButton(text)
            made.setAccessibleName(text.replace("&", "").rstrip("…"))
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setToolTip(f"{made.accessibleName()} ({keys})")
            made.clicked.connect(signal)
            return made

        self.new_client_button = button(tr("New client…"), "Ctrl+Shift+N", self.sig_new_client)
        self.edit_client_button = button(tr("Edit client…"), "Ctrl+E", self.sig_edit_client)
        self.sell_button = button(tr("Sell…"), "Ctrl+N", self.sig_sell)
        self.pay_button = button(tr("Pay visit…"), "Ctrl+P", self.sig_pay)
        self.freeze_button = button(tr("Freeze…"), "Ctrl+Shift+F", self.sig_freeze)
        self.unfreeze_button = button(tr("Unfreeze"), "Ctrl+Shift+U", self.sig_unfreeze)
        self.stop_renewing_button = button(tr("Stop renewing…"), "Ctrl+Shift+R",
                                           self.sig_stop_renewing)
        self.action_buttons = (self.new_client_button, self.edit_client_button,
                               self.sell_button, self.pay_button, self.freeze_button,
                               self.unfreeze_button, self.stop_renewing_button)
        self.undo_payment_button = button(tr("&Undo payment…"), "", self.sig_undo_payment)
        self.undo_payment_button.setToolTip(tr("Undo the payment chosen in the history "
                                               "(Ctrl+Z in the history, or its context menu)"))
        self.undo_payment_action = QAction(tr("Undo payment…"), self.history)
        self.undo_payment_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_payment_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_payment_action.triggered.connect(self.sig_undo_payment)
        self.history.addAction(self.undo_payment_action)
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_message = QLabel("")
        self.action_message.setProperty("role", "error")
        self.action_message.setAccessibleName(tr("Error"))
        self.action_message.hide()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for widget in self.action_buttons:
            actions.addWidget(widget)
        actions.addStretch(1)
        self.membership_actions = actions  # Share… joins the actions (membership_sharing)
        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.client_title)
        card_layout.addLayout(actions)
        for widget in (self.action_message, self.memberships, self.history_title, self.history):
            card_layout.addWidget(widget)
        history_actions = QHBoxLayout()
        self.history_actions = history_actions  # the corrections' buttons join the undo
        history_actions.addWidget(self.undo_payment_button)
        history_actions.addStretch(1)
        card_layout.addLayout(history_actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.clients)
        split.addWidget(card)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        order = (self.search, self.clients, *self.action_buttons, self.memberships, self.history,
                 self.undo_payment_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)


    def show_action_error(self, text: str) -> None:
        """Why the last action was refused; empty hides the line."""
        self.action_message.setText(text)
        self.action_message.setVisible(bool(text))
