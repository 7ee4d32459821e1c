"""Reports for managers: the summary, the chart figures, the Excel export.

Every function checks that the actor may view reports (SPEC §4: managers and admins).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.core.permissions import Action
from desk.reports.charts import (
    MonthSales,
    WeekVisits,
    month_start,
    sales_per_month,
    visits_per_week,
)
from desk.reports.summary import Summary, summary
from desk.services.actor import Actor
from desk.store.uow import Database


@dataclass(frozen=True)
class Dashboard:
    """What the reports tab shows: the summary as of a day, and its charts' figures."""

    summary: Summary
    sales: list[MonthSales]
    visits: list[WeekVisits]
    currency: str


def months_back(day: date, months: int) -> date:
    """The first day of the month ``months - 1`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def report_summary(db: Database, actor: Actor, day: date) -> Summary:
    actor.require(Action.VIEW_REPORTS)
    with db.read() as uow:
        return summary(uow.session, day)


def dashboard(db: Database, actor: Actor, day: date, *, months: int = 12) -> Dashboard:
    """The summary as of ``day``, sales per month and visits per week over the last
    ``months`` months (this month included)."""
    actor.require(Action.VIEW_REPORTS)
    start = months_back(month_start(day), months)
    with db.read() as uow:
        chain = uow.reference.chain()
        return Dashboard(summary(uow.session, day), sales_per_month(uow.session, start, day),
                         visits_per_week(uow.session, start, day),
                         chain.currency if chain else "USD")


def export_summary_to(db: Database, actor: Actor, path: str | Path, day: date) -> Path:
    """Write the summary as of ``day`` to an Excel workbook at ``path``."""
    from desk.reports.export import export_summary  # openpyxl: only when asked

    actor.require(Action.VIEW_REPORTS)
    with db.read() as uow:
        chain = uow.reference.chain()
        figures = summary(uow.session, day)
    return export_summary(path, figures, currency=chain.currency if chain else "USD")
