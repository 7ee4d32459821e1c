"""Validity periods (SPEC §2, §3.3): calendar arithmetic with relativedelta; 0 = unlimited."""

from datetime import UTC, date

import pytest

from desk.core.dates import Period, PeriodUnit, parse_date, parse_moment
from tests.core.builders import refused


@pytest.mark.parametrize(("start", "period", "end"), [
    (date(2023, 1, 31), Period(1, PeriodUnit.MONTH), date(2023, 2, 28)),
    (date(2024, 1, 31), Period(1, PeriodUnit.MONTH), date(2024, 2, 29)),
    (date(2024, 1, 31), Period(3, PeriodUnit.MONTH), date(2024, 4, 30)),
    (date(2024, 2, 29), Period(1, PeriodUnit.YEAR), date(2025, 2, 28)),
    (date(2024, 12, 30), Period(2, PeriodUnit.WEEK), date(2025, 1, 13)),
    (date(2024, 2, 28), Period(2, PeriodUnit.DAY), date(2024, 3, 1)),
])
def test_a_period_ends_by_calendar_arithmetic(start, period, end):
    assert period.after(start) == end


def test_jan_31_plus_one_month_spans_29_days_in_a_leap_year():
    assert Period(1, PeriodUnit.MONTH).days_from(date(2024, 1, 31)) == 29
    assert Period(1, PeriodUnit.MONTH).days_from(date(2023, 1, 31)) == 28


def test_a_period_of_zero_is_unlimited():
    assert Period(0, PeriodUnit.MONTH).unlimited
    assert not Period(1, PeriodUnit.DAY).unlimited
    assert str(Period(0, PeriodUnit.YEAR)) == "unlimited"


def test_a_period_reads_naturally():
    assert str(Period(1, PeriodUnit.MONTH)) == "1 month"
    assert str(Period(3, PeriodUnit.WEEK)) == "3 weeks"


def test_parse_date_reads_iso_dates():
    assert parse_date(" 2026-03-31 ") == date(2026, 3, 31)


@pytest.mark.parametrize("typed", ["31.03.2026", "2026-02-30", "", "tomorrow"])
def test_parse_date_refuses_what_is_not_a_date(typed):
    with refused("date_invalid") as error:
        parse_date(typed, field="sale date")
    assert error.value.value == typed and "yyyy-mm-dd" in error.value.hint


def test_parse_moment_without_a_zone_is_utc():
    assert parse_moment("2026-03-31T14:30").tzinfo == UTC
    assert parse_moment("2026-03-31T14:30+02:00").utcoffset().total_seconds() == 7200


def test_parse_moment_refuses_what_is_not_a_moment():
    with refused("datetime_invalid"):
        parse_moment("half past two")
