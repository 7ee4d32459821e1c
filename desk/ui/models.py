"""Table models over plain rows: a list of records and the columns that show them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.core.phones import display_phone
from desk.ui.formats import amount, day, moment
from desk.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    title: str  # marked with QT_TR_NOOP where it is defined; translated where it is shown
    value: Callable[[Any], object]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Read-only rows; ``replace`` swaps them all (results of a search, a client's card)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list = []
        self._texts: list[list[str]] = []

    def replace(self, rows: Sequence) -> None:
        """Show ``rows``; their texts are made once here, as views ask for them often. The
        same rows again change nothing: no reset, so the view keeps its selection and
        scroll position and does not measure its columns again."""
        rows = list(rows)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self._texts = [self._row_texts(row) for row in self._rows]
        self.endResetModel()

    def _row_texts(self, row) -> list[str]:
        return [_text(column.value(row)) for column in self._columns]

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        # asked for every role of every cell each time a table measures or paints: kept to
        # plain comparisons (an invalid index's row is -1)
        if role == _DISPLAY:
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        if role == _ALIGNMENT and 0 <= index.row() < len(self._texts) \
                and self._columns[index.column()].align_right:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            title = self._columns[section].title
            return tr(title) if title else title
        return None


class SearchModel(RowsModel):
    """The search's hits (``desk.services.queries.SearchHit``): ``row_at`` gives a row's
    client (None for a gift), as a list of clients would; ``hit_at`` the hit itself."""

    def __init__(self, parent=None) -> None:
        super().__init__(SEARCH_COLUMNS, parent)

    def hit_at(self, row: int):
        return super().row_at(row)

    def row_at(self, row: int):
        hit = self.hit_at(row)
        return hit.client if hit else None


def _text(value: object) -> str:
    return "" if value is None else str(value)


# a membership's state as the services name it -> the word the tables show
STATUS_NAMES = {"active": QT_TR_NOOP("Active"), "issued": QT_TR_NOOP("Issued"),
                "frozen": QT_TR_NOOP("Frozen"), "expired": QT_TR_NOOP("Expired"),
                "used_up": QT_TR_NOOP("Used up"), "cancelled": QT_TR_NOOP("Cancelled"),
                "refunded": QT_TR_NOOP("Refunded")}
NO_USER = "automatic"  # desk.services.history: entries the desk wrote by itself


def status_name(status: str) -> str:
    """A membership's state in words ("Active", "Used up")."""
    word = STATUS_NAMES.get(status)
    return tr(word) if word else status.replace("_", " ").capitalize()


def balance_text(row) -> str:
    """"7 left", or per service for split memberships: "Manicure 4 · Classic massage 2"."""
    if getattr(row, "balances", None):
        return " · ".join(f"{service} {left}" for service, left in row.balances.items())
    return tr("%n left", None, row.remaining)


def valid_until_text(m) -> str:
    if m.expires:
        return day(m.expires)
    return tr("not activated") if m.status == "issued" else tr("unlimited")


# the search's results: clients, and gifts (coded memberships with no owner yet)
SEARCH_COLUMNS = [
    Column(QT_TR_NOOP("Name"), lambda h: h.client.name if h.client else tr("Gift, no owner yet")),
    Column(QT_TR_NOOP("Phone"), lambda h: display_phone(h.client.phone) if h.client else ""),
    Column(QT_TR_NOOP("Membership"), lambda h: h.code or ""),
    Column(QT_TR_NOOP("E-mail"), lambda h: h.client.email or "" if h.client else "")]
MEMBERSHIP_COLUMNS = [
    Column(QT_TR_NOOP("Number"), lambda m: m.number or tr("(no code)")),
    Column(QT_TR_NOOP("Type"), lambda m: m.type),
    Column(QT_TR_NOOP("Status"), lambda m: status_name(m.status)),
    Column(QT_TR_NOOP("Balance"), balance_text),
    Column(QT_TR_NOOP("Valid until"), valid_until_text),
    Column(QT_TR_NOOP("Frozen until"), lambda m: day(m.frozen_until, empty="")),
    Column(QT_TR_NOOP("Frozen days"), lambda m: m.frozen_days or "", align_right=True),
    Column(QT_TR_NOOP("Sold"), lambda m: f"{day(m.sale_date)} · {m.location}"),
]
HISTORY_COLUMNS = [
    Column(QT_TR_NOOP("When"), lambda e: moment(e.at)),
    # translated once, as the lines are handed over (clients_controller.shown_line)
    Column(QT_TR_NOOP("What"), lambda e: e.what),
    Column(QT_TR_NOOP("Details"), lambda e: e.details),
    Column(QT_TR_NOOP("Visits"), lambda e: f"{e.visits:+d}" if e.visits else "",
           align_right=True),
    Column(QT_TR_NOOP("Left"), lambda e: e.balance_after, align_right=True),
    Column(QT_TR_NOOP("Amount"), lambda e: amount(Decimal(e.amount)) if e.amount else "",
           align_right=True),
    Column(QT_TR_NOOP("Where"), lambda e: e.location),
    Column(QT_TR_NOOP("Who"), lambda e: tr("automatic") if e.user == NO_USER else e.user),
    Column(QT_TR_NOOP("Note"), lambda e: e.reason),
]
