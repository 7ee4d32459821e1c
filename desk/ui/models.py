"""Table models over plain rows: a list of records and the columns that show them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.core.phones import display_phone

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    title: str
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
            return self._columns[section].title
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


def balance_text(row) -> str:
    """"7 left", or per service for split memberships: "Manicure 4 · Classic massage 2"."""
    if getattr(row, "balances", None):
        return " · ".join(f"{service} {left}" for service, left in row.balances.items())
    return f"{row.remaining} left"


# the search's results: clients, and gifts (coded memberships with no owner yet)
SEARCH_COLUMNS = [Column("Name", lambda h: h.client.name if h.client else "Gift, no owner yet"),
                  Column("Phone", lambda h: display_phone(h.client.phone) if h.client else ""),
                  Column("Membership", lambda h: h.code or ""),
                  Column("E-mail", lambda h: h.client.email or "" if h.client else "")]
MEMBERSHIP_COLUMNS = [
    Column("Number", lambda m: m.number or "(no code)"),
    Column("Type", lambda m: m.type),
    Column("Status", lambda m: m.status.replace("_", " ").capitalize()),
    Column("Balance", balance_text),
    Column("Valid until", lambda m: m.expires or ("not activated" if m.status == "issued"
                                                  else "unlimited")),
    Column("Frozen until", lambda m: m.frozen_until or ""),
    Column("Frozen days", lambda m: m.frozen_days or "", align_right=True),
    Column("Sold", lambda m: f"{m.sale_date} · {m.location}"),
]
HISTORY_COLUMNS = [
    Column("When", lambda e: f"{e.at:%Y-%m-%d %H:%M}"), Column("What", lambda e: e.what),
    Column("Details", lambda e: e.details),
    Column("Visits", lambda e: f"{e.visits:+d}" if e.visits else "", align_right=True),
    Column("Left", lambda e: e.balance_after, align_right=True),
    Column("Amount", lambda e: e.amount or "", align_right=True),
    Column("Where", lambda e: e.location), Column("Who", lambda e: e.user),
    Column("Note", lambda e: e.reason),
]
