"""The memberships report: Altegio's columns, filters, sorting and paging (SPEC §4)."""

from datetime import timedelta
from decimal import Decimal

import pytest

from desk.reports.memberships_report import SORTS, ReportFilters, memberships_report
from tests.demo_chain import DEMO_DAY


def page(demo, **kwargs):
    filters = kwargs.pop("filters", None)
    with demo.db.read() as uow:
        return memberships_report(uow.connection(), DEMO_DAY, filters, **kwargs)


def test_every_demo_membership_is_listed_with_its_figures(demo):
    result = page(demo)
    assert result.total == 3
    first = result.rows[0]  # the oldest sale: DS-0001
    assert (first.number, first.type, first.balance, first.status) == (
        "DS-0001", "Massage 10", 7, "active")
    assert (first.client, first.sale_location, first.cost) == (
        "Alice Smith", "Downtown", Decimal("800.00"))
    assert first.debited == Decimal("240.00")


def test_filters_narrow_the_list(demo):
    riverside = demo.location("Riverside")
    assert page(demo, filters=ReportFilters(sale_location_id=riverside)).total == 2
    assert [r.number for r in page(demo, filters=ReportFilters(number="ds-0002")).rows] == \
        ["DS-0002"]
    assert page(demo, filters=ReportFilters(phone="1212555010")).total == 2
    assert page(demo, filters=ReportFilters(statuses=("issued",))).total == 1
    assert page(demo, filters=ReportFilters(remaining_min=8, remaining_max=8)).total == 1
    used = ReportFilters(used_from=DEMO_DAY - timedelta(days=40), used_to=DEMO_DAY)
    assert [r.number for r in page(demo, filters=used).rows] == ["DS-0001"]
    assert page(demo, filters=ReportFilters(sold_from=DEMO_DAY, sold_to=DEMO_DAY)).total == 2


@pytest.mark.parametrize("sort", SORTS)
def test_any_column_sorts_and_pages(demo, sort):
    everything = page(demo, sort=sort, descending=True)
    paged = [r.id for offset in range(3) for r in page(demo, sort=sort, descending=True,
                                                         offset=offset, limit=1).rows]
    assert paged == [r.id for r in everything.rows]
    assert page(demo, sort=sort, offset=1, limit=1).total == 3
