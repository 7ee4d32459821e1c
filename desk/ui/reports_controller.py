"""The reports tab: the overview (cards and charts), the memberships report, the liability.

Everything comes from desk.services.reports, which refuses anyone not allowed to view
reports; the caller decides whether to show the tab at all. Figures are worked out off
the GUI thread: on a large chain they take a second or two.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.reports import Dashboard, dashboard, export_summary_to
from desk.ui.errors import show_error
from desk.ui.formats import day_in_words, money, month, number
from desk.ui.i18n import tr
from desk.ui.liability_controller import LiabilityController
from desk.ui.liability_view import LiabilityView
from desk.ui.memberships_report_controller import MembershipsReportController
from desk.ui.memberships_report_view import MembershipsReportView
from desk.ui.operations import Operation, run_operation
from desk.ui.phrasebook import error_message, translated
from desk.ui.reports_view import ReportsView
from desk.ui.xlsx_files import ask_xlsx_path, confirmed_xlsx_path


class ReportsController(QObject):
    """Loads the dashboard for ``today()`` and writes the summary where the user says."""

    sig_refreshed = Signal(object)  # the Dashboard shown, or None when refused
    sig_exported = Signal(str)  # the workbook's path

    def __init__(self, db: Database, actor: Actor, view: ReportsView,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(view)
        self.db, self.actor, self.view, self.today = db, actor, view, today
        self.ask_path: Callable[[QWidget, str, str], str] = ask_xlsx_path
        self.board: Dashboard | None = None
        view.sig_refresh.connect(self.refresh)
        view.sig_export.connect(self.export)

    def refresh(self) -> None:
        """Work out the figures as of ``today()``; ``sig_refreshed`` tells when they show."""
        day = self.today()
        run_operation(self.view, tr("Working out the figures…"),
                      lambda: dashboard(self.db, self.actor, day),
                      on_done=self._refreshed, on_error=self._refused)

    show = refresh  # every page of the tab loads with show()

    def _refreshed(self, board: Dashboard) -> None:
        self.board = board
        self.view.export_button.setEnabled(True)
        self._show(board)
        self.sig_refreshed.emit(board)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DeskError):
            show_error(self.view, error)
            return
        self.view.show_message(error_message(error))
        self.view.export_button.setEnabled(False)
        self.sig_refreshed.emit(None)

    def _show(self, board: Dashboard) -> None:
        s, currency = board.summary, board.currency
        self.view.as_of.setText(
            tr("As of {day} · sales, visits and liability over the last %n months", None,
               len(board.sales)).format(day=day_in_words(s.as_of)))
        for key, text in (("memberships", number(s.memberships)), ("active", number(s.active)),
                          ("issued", number(s.issued)), ("frozen", number(s.frozen)),
                          ("remaining", number(s.remaining_visits)),
                          ("outstanding", money(s.outstanding, currency)),
                          ("revenue", money(s.revenue, currency))):
            self.view.set_card(key, text)
        first, last = board.sales[0].month, board.sales[-1].month
        self.view.set_bars(self.view.sales_chart,
                           tr("Sales per month, {first} – {last} ({currency})").format(
                               first=month(first), last=month(last), currency=currency),
                           tr("Revenue"), [month(m.month, year=False) for m in board.sales],
                           [float(m.revenue) for m in board.sales])
        self.view.set_line(self.view.visits_chart, tr("Visits redeemed per week"), tr("Visits"),
                           [w.monday for w in board.visits], [w.visits for w in board.visits])
        self.view.set_line(self.view.liability_chart,
                           tr("Liability over time ({currency})").format(currency=currency),
                           tr("Owed"), [day for day, _ in board.liability],
                           [float(owed) for _, owed in board.liability], day_format="MMM yyyy")

    def export(self) -> Operation | None:
        """Write the summary to a workbook the user names, through the one door."""
        day = self.today()
        chosen = self.ask_path(self.view, tr("Export the summary"),
                               f"summary-{day:%Y-%m-%d}.xlsx")
        if not chosen:
            return None
        path = confirmed_xlsx_path(self.view, chosen)
        if path is None:
            return None
        db, actor = self.db, self.actor
        return run_operation(self.view, tr("Writing the summary…"),
                             lambda: export_summary_to(db, actor, path, day, force=True),
                             on_done=self._exported, on_error=self._export_failed)

    def _exported(self, written: Path) -> None:
        self.view.show_message(tr("Summary exported to {path}.").format(path=written))
        self.sig_exported.emit(str(written))

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, DeskError | OSError):
            self.view.show_message(tr("Could not export the summary: {reason}").format(
                reason=_reason(error)))
        else:
            show_error(self.view, error)


class ReportsTab(QTabWidget):
    """The three report pages; each loads its figures the first time it is shown, and the
    overview again whenever the tab comes back (after a day's work)."""

    def __init__(self, db: Database, actor: Actor, today: Callable[[], date]) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.overview = ReportsView()
        self.overview.controller = ReportsController(db, actor, self.overview, today)
        self.memberships = MembershipsReportView()
        self.memberships.controller = MembershipsReportController(db, actor, self.memberships,
                                                                  today)
        self.liability = LiabilityView()
        self.liability.controller = LiabilityController(db, actor, self.liability, today)
        self.addTab(self.overview, tr("&Overview"))
        self.addTab(self.memberships, tr("&Memberships report"))
        self.addTab(self.liability, tr("&Liability"))
        self._shown: set[QWidget] = set()
        self.currentChanged.connect(lambda _index: self._first_show())

    def refresh(self) -> None:
        """Figures as of now: the overview always, the other pages once loaded."""
        self.overview.controller.refresh()
        self._shown.add(self.overview)
        self._first_show()

    def _first_show(self) -> None:
        page = self.currentWidget()
        if page not in self._shown:
            self._shown.add(page)
            page.controller.show()


def _reason(error: BaseException) -> str:
    """Why a file could not be written, in the window's language."""
    return error_message(error) if isinstance(error, DeskError) else translated(str(error))


def build_reports_tab(db: Database, actor: Actor,
                      today: Callable[[], date] = date.today) -> ReportsTab:
    """The reports tab; call ``refresh()`` when it is shown."""
    return ReportsTab(db, actor, today)
