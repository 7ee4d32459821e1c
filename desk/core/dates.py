"""Dates: one parser, calendar arithmetic for validity periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta

from desk.core.errors import DeskError


class PeriodUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Period:
    """An amount of calendar units; amount 0 means unlimited where a period may be."""

    amount: int
    unit: PeriodUnit

    @property
    def unlimited(self) -> bool:
        return self.amount == 0

    def after(self, start: date) -> date:
        """``start`` plus this period; Jan 31 + 1 month = Feb 28/29 (relativedelta)."""
        return start + _delta(self.amount, self.unit)

    def days_from(self, start: date) -> int:
        """How many days this period spans when it starts on ``start``."""
        return (self.after(start) - start).days

    def __str__(self) -> str:
        if self.unlimited:
            return "unlimited"
        return f"{self.amount} {self.unit.value}{'' if self.amount == 1 else 's'}"


def _delta(amount: int, unit: PeriodUnit) -> relativedelta:
    match unit:
        case PeriodUnit.DAY:
            return relativedelta(days=amount)
        case PeriodUnit.WEEK:
            return relativedelta(weeks=amount)
        case PeriodUnit.MONTH:
            return relativedelta(months=amount)
        case PeriodUnit.YEAR:
            return relativedelta(years=amount)


EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def check_period(start: date, end: date, *, what: str = "period") -> None:
    """Refuse a period whose (inclusive) end comes before its start."""
    if end < start:
        raise DeskError("period_invalid", f"The {what} ends on {end.isoformat()}, before it "
                        f"starts on {start.isoformat()}.", value=f"{start}..{end}",
                        hint="Swap the two dates, or check them.")


def check_business_date(day: date, *, field: str = "date") -> date:
    """Refuse a date no desk means (a typo of the year), before its expiry arithmetic
    runs past the calendar's end."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise DeskError(
            "date_out_of_range", f"The {field} {day.isoformat()} is not between "
            f"{EARLIEST_DAY.year} and {LATEST_DAY.year}.", value=day.isoformat(),
            hint="Check the year.")
    return day


def parse_date(text: str, *, field: str = "date") -> date:
    """The one date parser for what people type: ``yyyy-mm-dd``."""
    try:
        day = date.fromisoformat(str(text).strip())
    except ValueError:
        raise DeskError(
            "date_invalid", f"The {field} {text!r} is not a date.", value=text,
            hint="Write it as yyyy-mm-dd, for example 2026-03-31.",
        ) from None
    return check_business_date(day, field=field)


def parse_moment(text: str, *, field: str = "time") -> datetime:
    """An ISO date-time, on a business date (``check_business_date``); without a zone it is
    taken as UTC."""
    try:
        moment = datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise DeskError(
            "datetime_invalid", f"The {field} {text!r} is not a date and time.", value=text,
            hint="Write it as yyyy-mm-ddThh:mm, for example 2026-03-31T14:30.",
        ) from None
    check_business_date(moment.date(), field=field)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_date(moment: datetime, timezone: str) -> date:
    """The calendar day at ``moment`` in the IANA ``timezone`` ("Europe/Madrid"); a name
    this machine doesn't know counts as UTC, so a typo never stops the desk."""
    return moment.astimezone(time_zone(timezone)).date()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The business day ``day`` in ``zone`` as the moments [start, end): a booking at 23:30
    local time belongs to that day wherever UTC has got to."""
    start = datetime.combine(day, time.min, tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)


def time_zone(timezone: str) -> tzinfo:
    """The IANA ``timezone``; a name this machine doesn't know counts as UTC."""
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
