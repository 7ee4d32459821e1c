"""Reports for managers: the summary, the chart figures, the Excel export.

Every function checks that the actor may view reports (SPEC §4: managers and admins).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from desk.core.permissions import Action
from desk.files import Protected, check_output, output_file
from desk.reports import liability_days, report_columns
from desk.reports.charts import (
    MonthSales,
    WeekVisits,
    month_start,
    next_month,
    sales_per_month,
    visits_per_week,
)
from desk.reports.liability import RollForward, liability_series, roll_forward
from desk.reports.memberships_report import ReportFilters, ReportPage, memberships_report
from desk.reports.summary import Summary, summary
from desk.services.actor import Actor
from desk.store.uow import Database


@dataclass(frozen=True)
class Dashboard:
    """What the reports tab shows: the summary as of a day, and its charts' figures."""

    summary: Summary
    sales: list[MonthSales]
    visits: list[WeekVisits]
    liability: list[tuple[date, Decimal]]  # owed at the opening of each month, and of today+1
    currency: str


# the memberships report's columns, as the window shows them (desk/reports/report_columns.py)
MEMBERSHIPS_REPORT_COLUMNS = report_columns.COLUMNS

def months_back(day: date, months: int) -> date:
    """The first day of the month ``months - 1`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def report_summary(db: Database, actor: Actor, day: date) -> Summary:
    actor.require(Action.VIEW_REPORTS)
    with db.read() as uow:
        return summary(uow, day)


def dashboard(db: Database, actor: Actor, day: date, *, months: int = 12) -> Dashboard:
    """The summary as of ``day``, sales per month and visits per week over the last
    ``months`` months (this month included)."""
    actor.require(Action.VIEW_REPORTS)
    start = months_back(month_start(day), months)
    refresh_liability(db)
    with db.read() as uow:
        conn = uow.connection()
        return Dashboard(summary(uow, day), sales_per_month(conn, start, day),
                         visits_per_week(conn, start, day),
                         liability_series(uow, liability_chart_days(start, day)),
                         _currency(uow))


def liability_chart_days(start: date, day: date) -> list[date]:
    """The first of each month from ``start`` up to ``day``, and the day after ``day``: the
    liability chart's points (what is owed at each opening, the last one at today's close)."""
    days, month = [], start
    while month <= day:
        days.append(month)
        month = next_month(month)
    return [*days, date.fromordinal(day.toordinal() + 1)]


def memberships_page(db: Database, actor: Actor, day: date, filters: ReportFilters, *,
                     sort: str = "sale_date", descending: bool = False, offset: int = 0,
                     limit: int = 100) -> ReportPage:
    """One page of the memberships report as of ``day`` (SPEC §4), and how many match."""
    actor.require(Action.VIEW_REPORTS)
    with db.read() as uow:
        return memberships_report(uow.connection(), day, filters, sort=sort,
                                  descending=descending, offset=offset, limit=limit)


def liability(db: Database, actor: Actor, start: date, end: date) -> RollForward:
    """The liability roll-forward of the days [start, end)."""
    actor.require(Action.VIEW_REPORTS)
    refresh_liability(db)
    with db.read() as uow:
        return roll_forward(uow, start, end)


def refresh_liability(db: Database) -> int:
    """Bring the per-day liability cache up to the ledger's last entry (a short write: only
    the memberships with entries since the last report are recounted)."""
    with db.write() as uow:
        recounted = liability_days.refresh(uow.connection())
        uow.commit()
    return recounted


def currency(db: Database) -> str:
    with db.read() as uow:
        return _currency(uow)


def _currency(uow) -> str:
    chain = uow.reference.chain()
    return chain.currency if chain else "USD"


def export_summary_to(db: Database, actor: Actor, path: str | Path, day: date, *,
                      force: bool = False) -> Path:
    """Write the summary as of ``day`` to an Excel workbook at ``path`` (an existing file
    only with ``force``; never the database: desk/files.py)."""
    from desk.reports.export import summary_sheet  # openpyxl: only when asked

    actor.require(Action.VIEW_REPORTS)
    _check(db, "summary", path, force)
    with db.read() as uow:
        sheets, money = [summary_sheet(summary(uow, day))], _currency(uow)
    return _write(db, "summary", path, force, sheets, money)


def export_liability_to(db: Database, actor: Actor, path: str | Path, start: date,
                        end: date, *, force: bool = False) -> Path:
    """Write the roll-forward of [start, end) to an Excel workbook at ``path``."""
    from desk.reports.export import roll_forward_sheet

    actor.require(Action.VIEW_REPORTS)
    _check(db, "roll-forward", path, force)
    refresh_liability(db)
    with db.read() as uow:
        sheets, money = [roll_forward_sheet(roll_forward(uow, start, end))], _currency(uow)
    return _write(db, "roll-forward", path, force, sheets, money)


def export_memberships_to(db: Database, actor: Actor, path: str | Path, day: date,
                          filters: ReportFilters, *, sort: str = "sale_date",
                          descending: bool = False, force: bool = False) -> Path:
    """Write every membership the filters match, sorted as shown, to a workbook at ``path``."""
    from desk.reports.export import memberships_sheet

    actor.require(Action.VIEW_REPORTS)
    actor.require(Action.EXPORT_CLIENTS)  # names and phones of the clients
    _check(db, "memberships report", path, force)
    with db.read() as uow:
        page = memberships_report(uow.connection(), day, filters, sort=sort,
                                  descending=descending, limit=None)
        sheets, money = [memberships_sheet(page.rows)], _currency(uow)
    return _write(db, "memberships report", path, force, sheets, money)


def export_reports_to(db: Database, actor: Actor, path: str | Path, day: date, start: date,
                      end: date, *, force: bool = False) -> Path:
    """One workbook with the summary as of ``day``, the roll-forward of [start, end) and
    every membership (``desk report --xlsx``)."""
    from desk.reports.export import (
        memberships_sheet,
        roll_forward_sheet,
        summary_sheet,
    )

    actor.require(Action.VIEW_REPORTS)
    actor.require(Action.EXPORT_CLIENTS)  # its memberships sheet names the clients
    _check(db, "report workbook", path, force)
    refresh_liability(db)
    with db.read() as uow:
        sheets = [summary_sheet(summary(uow, day)),
                  roll_forward_sheet(roll_forward(uow, start, end)),
                  memberships_sheet(memberships_report(uow.connection(), day, limit=None).rows)]
        money = _currency(uow)
    return _write(db, "report workbook", path, force, sheets, money)


def _check(db: Database, what: str, path: str | Path, force: bool) -> None:
    """Refuse the output before the work is done for it."""
    check_output(path, force=force, protected=Protected(db.path), what=what)


def _write(db: Database, what: str, path: str | Path, force: bool, sheets, money: str) -> Path:
    from desk.reports.export import write_sheets

    with output_file(path, force=force, protected=Protected(db.path), what=what) as partial:
        write_sheets(partial, sheets, currency=money)
    return Path(path)
