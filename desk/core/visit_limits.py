"""Visit limits (SPEC §3.10): how often one membership may be used per day, week, month.

A visit counts on the business date it was paid (the location's date, as the ledger keeps
it); weeks run Monday to Sunday and months are calendar months. Adding a visit on a day
changes only that day's, that week's and that month's counts, so refusing a visit whose
periods are already full keeps every cap, whatever order visits are recorded in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desk.core.errors import DeskError

MAX_CAP = 1_000  # far past any real cap; a larger number is a typing slip


@dataclass(frozen=True)
class VisitLimits:
    """At most this many visits per day, per week and per month; None means no cap."""

    per_day: int | None = None
    per_week: int | None = None
    per_month: int | None = None

    @property
    def any(self) -> bool:
        return any(cap is not None for cap in (self.per_day, self.per_week, self.per_month))

    def __str__(self) -> str:  # as the audit trail and messages show it
        return _caps_text(self) or "no limit"


_PERIOD_NAMES = {"per_day": "a day", "per_week": "a week", "per_month": "a month"}


def validate_limits(limits: VisitLimits) -> VisitLimits:
    """Refuse a cap that is not a whole number from 1 to ``MAX_CAP``."""
    for field, period in _PERIOD_NAMES.items():
        cap = getattr(limits, field)
        if cap is None:
            continue
        if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= MAX_CAP:
            raise DeskError(
                "type_visit_limit_invalid",
                f"{cap!r} visits {period} is not a possible limit.",
                value=cap, hint=f"Type a whole number from 1 to {MAX_CAP:,}, or choose "
                                "“no limit”.")
    return limits


def tightened(old: VisitLimits, new: VisitLimits) -> bool:
    """Whether ``new`` adds a cap ``old`` did not have, or lowers one."""
    return any(after is not None and (before is None or after < before)
               for before, after in ((old.per_day, new.per_day), (old.per_week, new.per_week),
                                     (old.per_month, new.per_month)))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _full_until(limits: VisitLimits, days: list[date], day: date) -> date | None:
    """The first later date worth trying when ``day`` is full, or None when it is free.

    The widest full period decides: a full month can't free up within the month."""
    if limits.per_month is not None and \
            sum(1 for d in days if (d.year, d.month) == (day.year, day.month)) >= limits.per_month:
        return _next_month(day)
    monday = week_start(day)
    if limits.per_week is not None and \
            sum(1 for d in days if week_start(d) == monday) >= limits.per_week:
        return monday + timedelta(days=7)
    if limits.per_day is not None and days.count(day) >= limits.per_day:
        return day + timedelta(days=1)
    return None


def next_allowed_day(limits: VisitLimits, visit_days: Iterable[date], day: date) -> date:
    """The first date on or after ``day`` when one more visit keeps every cap.

    Ends: each step skips a whole full period, and past the last counted visit every
    period is empty (a cap is at least 1)."""
    days = list(visit_days)
    while (later := _full_until(limits, days, day)) is not None:
        day = later
    return day


def check_visit_limits(limits: VisitLimits, visit_days: Iterable[date], day: date, *,
                       name: str) -> None:
    """Refuse ``visit_limit_reached`` when a visit on ``day`` would pass a cap of ``name``."""
    if not limits.any:
        return
    allowed = next_allowed_day(limits, visit_days, day)
    if allowed == day:
        return
    raise DeskError(
        "visit_limit_reached",
        f"{name} has reached its limit of {limits}; it can be used again on "
        f"{allowed:%A, %d %B %Y} ({allowed.isoformat()}).",
        value=allowed.isoformat(),
        hint="Pay with another membership, or ask a manager to pay anyway with a reason.")


def _caps_text(limits: VisitLimits) -> str:
    parts = [f"{cap} {'visit' if cap == 1 else 'visits'} {period}"
             for field, period in _PERIOD_NAMES.items()
             if (cap := getattr(limits, field)) is not None]
    return ", ".join(parts)
