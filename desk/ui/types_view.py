"""The membership types view: active and archived types in two tabs, and the manager's
buttons (new, edit, duplicate, archive/restore)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
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

from desk.core.dates import Period, PeriodUnit
from desk.core.membership_types import BalanceMode, ValidityStart
from desk.services.type_queries import TypeRow
from desk.ui.formats import money
from desk.ui.i18n import tr
from desk.ui.models import Column, RowsModel
from desk.ui.tables import make_table

# a count of one has a text of its own: English has no translation to give its singular
_PERIODS = {PeriodUnit.DAY: lambda n: tr("%n days", None, n),
            PeriodUnit.WEEK: lambda n: tr("%n weeks", None, n),
            PeriodUnit.MONTH: lambda n: tr("%n months", None, n),
            PeriodUnit.YEAR: lambda n: tr("%n years", None, n)}


def period_text(period: Period) -> str:
    """"3 months", "1 year", "unlimited" in the window's language."""
    return tr("unlimited") if period.unlimited else _PERIODS[period.unit](period.amount)


def validity_text(row: TypeRow) -> str:
    t = row.type
    if t.validity.unlimited:
        return tr("unlimited")
    wording = (tr("{period} from sale") if t.validity_start is ValidityStart.SALE
               else tr("{period} from first visit"))
    return wording.format(period=period_text(t.validity))


def services_text(row: TypeRow) -> str:
    """"Classic massage + Sports massage: 10 visits"; a split type's services with their
    visits are names and numbers, as the list gives them."""
    t = row.type
    if t.balance_mode is not BalanceMode.OVERALL:
        return row.services
    listed = row.services.rsplit(": ", 1)[0]
    visits = t.total_visits
    wording = tr("{services}: %n visits", None, visits)
    return wording.format(services=listed)


def price_text(row: TypeRow) -> str:
    """The price in the chain's currency (the list gives it as "800.00 USD")."""
    return money(row.type.price, row.price.rsplit(" ", 1)[-1])


def mode_text(row: TypeRow) -> str:
    return tr("Overall") if row.type.balance_mode is BalanceMode.OVERALL else tr("Split")


TYPE_COLUMNS = [
    Column(QT_TR_NOOP("Name"), lambda t: t.name),
    Column(QT_TR_NOOP("Mode"), mode_text),
    Column(QT_TR_NOOP("Services (visits)"), services_text),
    Column(QT_TR_NOOP("Price"), price_text, align_right=True),
    Column(QT_TR_NOOP("Validity"), validity_text),
    Column(QT_TR_NOOP("Locations"), lambda t: t.locations),
    Column(QT_TR_NOOP("Sold?"), lambda t: tr("yes") if t.sold else tr("no")),
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
        self.active = make_table(self.active_model, tr("Active membership types"))
        self.archived = make_table(self.archived_model, tr("Archived membership types"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.active, tr("&Active"))
        self.tabs.addTab(self.archived, tr("Archi&ved"))
        self.new_button = _button(tr("&New type…"), tr("Create a new membership type"),
                                  QKeySequence.StandardKey.New)
        self.edit_button = _button(tr("&Edit…"), tr("Edit the chosen membership type"))
        self.duplicate_button = _button(tr("D&uplicate"),
                                        tr("Duplicate the chosen membership type"))
        self.archive_button = _button(tr("Arc&hive"), tr("Archive the chosen membership type"))
        self.restore_button = _button(tr("Re&store"), tr("Restore the chosen membership type"))
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Error"))
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
