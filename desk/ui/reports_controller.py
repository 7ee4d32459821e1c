"""Behaviour of the reports tab: fill the cards and charts, export the summary.

Everything comes from desk.services.reports, which refuses anyone not allowed to view
reports; the caller decides whether to show the tab at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.core.errors import DeskError
from desk.core.money import format_money
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.reports import Dashboard, dashboard, export_summary_to
from desk.ui.reports_view import ReportsView

XLSX_FILTER = "Excel workbook (*.xlsx)"


def ask_export_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, "Export the summary", suggested, XLSX_FILTER)
    return path


class ReportsController(QObject):
    """Loads the dashboard for ``today()`` and writes the summary where the user says."""

    sig_exported = Signal(str)  # the workbook's path

    def __init__(self, db: Database, actor: Actor, view: ReportsView,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(view)
        self.db, self.actor, self.view, self.today = db, actor, view, today
        self.ask_path: Callable[[QWidget, str], str] = ask_export_path
        self.board: Dashboard | None = None
        view.sig_refresh.connect(self.refresh)
        view.sig_export.connect(self.export)
        self.refresh()

    def refresh(self) -> Dashboard | None:
        try:
            self.board = dashboard(self.db, self.actor, self.today())
        except DeskError as error:
            self.view.show_message(str(error))
            self.view.export_button.setEnabled(False)
            return None
        self.view.export_button.setEnabled(True)
        self._show(self.board)
        return self.board

    def _show(self, board: Dashboard) -> None:
        s, money = board.summary, lambda v: format_money(v, board.currency)
        self.view.as_of.setText(f"As of {s.as_of:%d %b %Y} · sales and visits over the "
                                f"last {len(board.sales)} months")
        for key, text in (("memberships", str(s.memberships)), ("active", str(s.active)),
                          ("issued", str(s.issued)), ("frozen", str(s.frozen)),
                          ("remaining", str(s.remaining_visits)),
                          ("outstanding", money(s.outstanding)),
                          ("revenue", money(s.revenue))):
            self.view.set_card(key, text)
        first, last = board.sales[0].month, board.sales[-1].month
        self.view.set_bars(self.view.sales_chart,
                           f"Sales per month, {first:%b %Y} – {last:%b %Y} ({board.currency})",
                           "Revenue", [f"{m.month:%b}" for m in board.sales],
                           [float(m.revenue) for m in board.sales])
        self.view.set_line(self.view.visits_chart, "Visits redeemed per week", "Visits",
                           [w.monday for w in board.visits], [w.visits for w in board.visits])

    def export(self) -> Path | None:
        day = self.today()
        chosen = self.ask_path(self.view, f"summary-{day:%Y-%m-%d}.xlsx")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            written = export_summary_to(self.db, self.actor, path, day)
        except (DeskError, OSError) as error:
            self.view.show_message(f"Could not export the summary: {error}")
            return None
        self.view.show_message(f"Summary exported to {written}.")
        self.sig_exported.emit(str(written))
        return written


def build_reports_tab(db: Database, actor: Actor,
                      today: Callable[[], date] = date.today) -> QWidget:
    """The reports view with its controller (kept alive as ``view.controller``)."""
    view = ReportsView()
    view.controller = ReportsController(db, actor, view, today)
    return view
