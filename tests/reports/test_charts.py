"""Chart figures on the demo chain: three memberships sold, three visits paid for DS-0001."""

from datetime import date, timedelta

import pytest

from desk.core.errors import PermissionDenied
from desk.reports.charts import sales_per_month, visits_per_week, week_start
from desk.reports.summary import summary
from desk.services.memberships import undo_payment
from desk.services.reports import dashboard, export_summary_to, months_back, report_summary
from tests.demo_chain import DEMO_DAY

YEAR_AGO = DEMO_DAY - timedelta(days=365)


def figures(demo, query, start=YEAR_AGO, end=DEMO_DAY):
    with demo.db.read() as uow:
        return query(uow.connection(), start, end)


def test_sales_per_month_count_every_sale_and_its_revenue(demo):
    months = figures(demo, sales_per_month)
    with demo.db.read() as uow:
        expected = summary(uow, DEMO_DAY)
    assert months[0].month == date(2025, 3, 1) and months[-1].month == date(2026, 3, 1)
    assert len(months) == 13
    assert sum(m.sold for m in months) == 3
    assert sum(m.revenue for m in months) == expected.revenue
    by_month = {m.month: m.sold for m in months if m.sold}
    # DS-0001 sold 30 days before the demo's day; DS-0002 and Carla's on the day itself
    assert by_month == {date(2026, 2, 1): 1, date(2026, 3, 1): 2}


def test_visits_per_week_count_the_three_paid_visits_in_their_weeks(demo):
    weeks = figures(demo, visits_per_week)
    paid = {week_start(DEMO_DAY - timedelta(days=d)) for d in (28, 21, 14)}
    assert {w.monday: w.visits for w in weeks if w.visits} == dict.fromkeys(paid, 1)
    assert all(w.monday.weekday() == 0 for w in weeks)
    assert weeks[-1].monday == week_start(DEMO_DAY)


def test_an_undone_payment_is_taken_back_in_the_week_it_is_undone(demo):
    history = demo.membership("DS-0001").entries
    last_payment = [e for e in history if e.kind.value == "payment"][-1]
    undo_payment(demo.db, demo.admin, last_payment.id, day=DEMO_DAY)
    weeks = {w.monday: w.visits for w in figures(demo, visits_per_week)}
    assert sum(weeks.values()) == 2
    assert weeks[week_start(DEMO_DAY)] == -1


def test_a_range_with_nothing_in_it_is_all_zeros(demo):
    months = figures(demo, sales_per_month, date(2020, 1, 1), date(2020, 2, 10))
    assert [(m.sold, m.revenue) for m in months] == [(0, 0), (0, 0)]


def test_the_dashboard_covers_twelve_months_and_needs_report_rights(demo, tmp_path):
    board = dashboard(demo.db, demo.admin, DEMO_DAY)
    assert board.sales[0].month == months_back(DEMO_DAY, 12) == date(2025, 4, 1)
    assert len(board.sales) == 12 and board.summary == report_summary(
        demo.db, demo.admin, DEMO_DAY)
    with pytest.raises(PermissionDenied):
        dashboard(demo.db, demo.reception, DEMO_DAY)
    with pytest.raises(PermissionDenied):
        export_summary_to(demo.db, demo.reception, tmp_path / "x.xlsx", DEMO_DAY)
