"""The one way the desk shows a list: a read-only table of whole rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SIZE_SAMPLE_ROWS = 200  # column widths from the first rows: a big list stays quick


def make_table(model: QAbstractItemModel, name: str, *, stripes: bool = True,
               row_numbers: bool = False, sample_rows: int = SIZE_SAMPLE_ROWS) -> QTableView:
    """A table of ``model`` whose columns fit their contents once per new set of rows.

    Widths are measured when the rows are replaced, not on every repaint (Qt's
    ResizeToContents mode re-measures every cell each time, which made each search of
    the desk cost thousands of calls for the same widths); people can still drag them.
    """
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # rows are chosen whole: Tab leaves the table for the next field instead of walking its
    # cells (Qt's default kept the keyboard inside every list)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(row_numbers)
    table.setAlternatingRowColors(stripes)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(sample_rows)
    header.setStretchLastSection(True)
    model.modelReset.connect(table.resizeColumnsToContents)
    return table
