"""Booking with a membership (SPEC §5) and automatic deduction on late cancel / no-show (§3.7)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NoReturn

from desk.core.errors import DeskError
from desk.core.memberships import Membership, Status
from desk.core.operations import paid_days, usable_for
from desk.core.permissions import Action, Role, allowed
from desk.core.visit_limits import check_visit_limits, next_allowed_day

BOOKING_REFUSAL = (
    "Sorry, but it appears that your membership is either not suitable or has expired."
)


class ServiceKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


@dataclass(frozen=True)
class OnlineBooking:
    """A service's online-booking settings."""

    kind: ServiceKind
    prepayment: bool = False
    membership_required: bool = False


def check_online_booking(settings: OnlineBooking) -> OnlineBooking:
    """Individual services take prepayment *or* membership booking, never both (SPEC §5)."""
    if settings.kind is ServiceKind.INDIVIDUAL and settings.prepayment \
            and settings.membership_required:
        raise DeskError(
            "booking_settings_conflict",
            "An individual service can require online prepayment or a membership, not both.",
            hint="Turn one off, or make a copy of the service for each way of booking.",
        )
    return settings


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    PAID = "paid"


class AutoDeduction(StrEnum):
    UNDECIDED = "undecided"
    DEBITED = "debited"
    NOT_DEBITED = "not_debited"


@dataclass(frozen=True)
class PendingBooking:
    """A created, not-yet-paid booking that a membership is expected to pay, on ``on``
    (counted against the type's visit limits, SPEC §3.10)."""

    membership_id: str
    service_id: str
    on: date | None = None


def valid_for_booking(m: Membership, *, service_id: str, location_id: str, client_id: str,
                      today: date, pending: Counter[str], booking_day: date | None = None,
                      booked_days: Sequence[date] | None = None) -> bool:
    """SPEC §5: can pay the service; Active/Issued/Frozen (frozen only if the type allows);
    balance > 0; expiry after today; balance covers pending bookings plus this one; and,
    as for a payment, the visit is not dated before the sale (``booking_day``).

    ``pending`` counts this membership's pending bookings by balance key. With
    ``booked_days`` (the days of its pending bookings) the visit must also keep the type's
    visit limits, counting paid and booked visits (§3.10).
    """
    if not m.type.includes(service_id) or not m.type.valid_at(location_id):
        return False
    if booking_day is not None and booking_day < m.sale.sold_on:
        return False
    if not m.may_be_used_by(client_id):  # its owner, or family it is shared with
        return False
    status = m.status_on(today)
    if status is Status.FROZEN and not m.type.book_while_frozen:
        return False
    if status not in (Status.ACTIVE, Status.ISSUED, Status.FROZEN):
        return False
    expiry = m.expiry
    if expiry is not None and expiry <= today:
        return False
    key = m.type.balance_key(service_id)
    if m.balances.get(key, 0) <= pending[f"{m.id}:{key}"]:
        return False
    return booking_day is None or booked_days is None or \
        next_allowed_day(m.type.visit_limits, [*paid_days(m), *booked_days], booking_day) \
        == booking_day


def assign_booking(memberships: list[Membership], *, service_ids: list[str], location_id: str,
                   client_id: str, today: date, booking_day: date,
                   pending: list[PendingBooking]) -> list[Membership]:
    """A covering membership for each service, nearest expiry first; or ``booking_not_covered``."""
    counts: Counter[str] = Counter()
    booked: defaultdict[str, list[date]] = defaultdict(list)
    by_id = {m.id: m for m in memberships}
    for p in pending:
        if p.membership_id in by_id:
            key = by_id[p.membership_id].type.balance_key(p.service_id)
            counts[f"{p.membership_id}:{key}"] += 1
            if p.on is not None:
                booked[p.membership_id].append(p.on)
    chosen = []
    for service_id in service_ids:
        def covers(m: Membership, day: date | None, limits: bool = True,
                   service_id: str = service_id) -> bool:
            return valid_for_booking(m, service_id=service_id, location_id=location_id,
                                     client_id=client_id, today=today, pending=counts,
                                     booking_day=day, booked_days=booked[m.id] if limits else None)

        candidates = [m for m in memberships if covers(m, booking_day)]
        if not candidates:
            over_limit = [m for m in memberships if covers(m, booking_day, limits=False)]
            if over_limit:  # covered but for its visit limits: say from when it is again
                _refuse_past_limit(over_limit[0], booked[over_limit[0].id], booking_day)
            _refuse_booking(booking_day, [m for m in memberships if covers(m, None)], service_id)
        ordered, _ = usable_for(candidates, service_id=service_id, location_id=location_id,
                                client_id=client_id, day=booking_day)
        best = (ordered or candidates)[0]
        counts[f"{best.id}:{best.type.balance_key(service_id)}"] += 1
        booked[best.id].append(booking_day)
        chosen.append(best)
    return chosen


def _refuse_past_limit(m: Membership, booked_days: list[date], booking_day: date) -> None:
    check_visit_limits(m.type.visit_limits, [*paid_days(m), *booked_days], booking_day,
                       name=m.code or f"{m.type.name} (no code)")


def _refuse_booking(booking_day: date, sold_later: list[Membership], service_id: str) -> NoReturn:
    """``visit_before_sale`` when a membership would cover the visit but for its date (as a
    payment is refused), otherwise SPEC §5's exact refusal."""
    if sold_later:
        m = sold_later[0]
        raise DeskError("visit_before_sale", f"{m.code or m.type.name} was sold on "
                        f"{m.sale.sold_on}, after this booking ({booking_day}).",
                        value=booking_day.isoformat(), hint="Check the booking date.")
    raise DeskError("booking_not_covered", BOOKING_REFUSAL, value=service_id)


def check_not_booked_already(already: list[str], starts_at: datetime, *, client: str,
                             place: str) -> None:
    """A booking the client already has (``already``: its services, same place and start,
    not cancelled) is not made twice: a second Enter or a second desk books nothing more."""
    if already:
        raise DeskError(
            "booking_exists",
            f"{client} is already booked for {', '.join(already)} at {place} on "
            f"{starts_at:%Y-%m-%d %H:%M}.", value=f"{starts_at:%Y-%m-%d %H:%M}",
            hint="Nothing more to do: that booking stands. For another visit choose another "
                 "time or service.")


# who may book a start that has passed, with a reason: who may correct a membership
OVERRIDES_PAST_START = Action.EDIT_MEMBERSHIP


def may_book_past_start(role: Role | str) -> bool:
    return allowed(role, OVERRIDES_PAST_START)


def check_start(starts_at: datetime, now: datetime, *, override: str | None,
                may_override: bool) -> str | None:
    """A start that has passed is refused (``booking_in_past``): at 20:38 a 10:00 booking
    is a slip of the date or the hour. A manager (``may_override``) may book it anyway,
    saying why (a visit noted late); the reason is returned to be recorded. Both moments
    are in the location's time, as the message shows them."""
    if starts_at >= now:
        return None
    when = f"{starts_at:%Y-%m-%d %H:%M}"
    reason = (override or "").strip()
    if not reason:
        raise DeskError(
            "booking_in_past", f"This booking starts at {when}, which has already passed "
            f"(it is {now:%Y-%m-%d %H:%M} now).", value=when,
            hint="Choose a later start. To note a visit that already happened, a manager "
                 "can book it anyway with a reason.")
    if not may_override:
        raise DeskError(
            "permission_denied", f"Only a manager can book a start that has passed ({when}).",
            value=when, hint="Ask a manager to book it, or choose a later start.")
    return reason


@dataclass(frozen=True)
class DeductionPolicy:
    """A service's automatic deduction: on/off and the free-cancellation window."""

    enabled: bool = False
    free_cancel_hours: int = 0


def deduction_due(*, policy: DeductionPolicy, status: BookingStatus, starts_at: datetime,
                  cancelled_at: datetime | None, decided: AutoDeduction, uses_membership: bool,
                  now: datetime) -> bool:
    """True when a booked-with-membership visit should now be deducted automatically.

    Due once the start time has passed, for a no-show or a cancellation made inside the
    free-cancellation window. A visit already decided is never deducted twice.
    """
    if not policy.enabled or not uses_membership or decided is not AutoDeduction.UNDECIDED:
        return False
    if now < starts_at:
        return False
    if status is BookingStatus.NO_SHOW:
        return True
    if status is BookingStatus.CANCELLED and cancelled_at is not None:
        return starts_at - cancelled_at < timedelta(hours=policy.free_cancel_hours)
    return False
