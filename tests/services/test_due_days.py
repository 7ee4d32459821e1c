"""The clock moved day by day over months of the demo chain: each piece of due work once."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desk.core.bookings import BookingStatus
from desk.core.ledger import EntryKind
from desk.services.bookings import book, set_booking_status
from desk.services.notifications import outbox
from desk.services.renewals import payments_due
from tests.services.due_helpers import (
    at,
    change_type,
    notices,
    pay,
    pilates_with_deduction,
    run_days,
    use_sms,
)

MAR_15, JUN_30 = date(2026, 3, 15), date(2026, 6, 30)


def kinds(demo, m) -> list[str]:
    return [e.kind.value for e in demo.membership(m.id).entries]


@pytest.fixture
def months(demo, http_gateway):
    """Massage 10 with all three notices, SMS set up, Alice paying on Mar 20 and Mar 27."""
    change_type(demo, "Massage 10", notices=notices(before=7, left=5, each=True))
    use_sms(demo, http_gateway)
    visits = {day: (lambda d=day: pay(demo, "Alice Smith", "Classic massage", d, "DS-0001"))
              for day in (date(2026, 3, 20), date(2026, 3, 27))}
    return run_days(demo, MAR_15, JUN_30, visits)


def test_carlas_yoga_is_activated_once_on_the_fourteenth_day(demo, months):
    assert months.activated == [demo.carla_yoga().id]
    assert demo.carla_yoga().state.explicit_activation == date(2026, 3, 29)


def test_each_lapsed_membership_is_written_off_once_with_its_value(demo, months):
    assert months.written_off == [f"{demo.carla_yoga().id} 140.00", "DS-0001 400.00"]
    writeoff = [e for e in demo.membership("DS-0001").entries
                if e.kind is EntryKind.EXPIRY_WRITEOFF]
    assert [(e.on, e.amount, e.visits) for e in writeoff] == [
        (date(2026, 5, 13), Decimal("400.00"), 0)]


def test_a_written_off_membership_still_shows_as_expired_with_its_visits(demo, months):
    m = demo.membership("DS-0001")
    assert (m.status_on(JUN_30).value, m.remaining) == ("expired", 5)


def test_each_notice_is_queued_and_sent_once(demo, months, http_gateway):
    sent = sorted(m.key.split(":")[1] for m in outbox(demo.db, demo.admin))
    assert sent == ["before_expiry", "each_deduction", "each_deduction", "visits_left"]
    assert len(months.queued) == len(months.sent) == len(http_gateway.requests) == 4
    assert {m.status for m in outbox(demo.db, demo.admin)} == {"sent"}


def test_the_messages_quote_the_balance_and_expiry_of_their_moment(http_gateway, months):
    texts = [body for _, _, body in http_gateway.requests]
    assert all("to=%2B12125550101" in t for t in texts)
    deductions = [t for t in texts if "deducted" in t]
    assert "6+left" in deductions[0] and "5+left" in deductions[1]
    assert "expires+on+2026-05-13+with+5+visits+left" in texts[-1]


def test_no_renewal_happens_for_types_that_do_not_renew(demo, months):
    assert months.renewed == [] and payments_due(demo.db, demo.admin) == []


def test_an_auto_renewing_yoga_renews_each_month_instead_of_lapsing(demo):
    change_type(demo, "Yoga 8", auto_renew=True)
    done = run_days(demo, MAR_15, JUN_30)
    yoga = demo.carla_yoga()
    assert [r.split()[1] for r in done.renewed] == ["2026-04-29", "2026-05-29", "2026-06-29"]
    assert kinds(demo, yoga).count("renewal") == 3 and "expiry_writeoff" not in kinds(demo, yoga)
    assert (yoga.expiry, yoga.remaining) == (date(2026, 7, 29), 8)
    charges = payments_due(demo.db, demo.admin)
    assert [(c.due_on, c.amount, c.status) for c in charges] == [
        (date(2026, m, 29), Decimal("140.00"), "due") for m in (4, 5, 6)]


def test_over_weeks_each_no_show_and_late_cancellation_is_deducted_once(demo, http_gateway):
    """Emma books Pilates at noon each Tuesday: she doesn't come (marked the next day),
    cancels 3 hours before, cancels 2 days before, and comes; every deduction is texted."""
    pilates = pilates_with_deduction(demo, MAR_15)
    change_type(demo, "Pilates 5", notices=notices(each=True))
    use_sms(demo, http_gateway)
    booked: dict[str, str] = {}

    def book_on(day: date, name: str) -> None:
        booked[name] = book(demo.db, demo.admin, client_id=demo.client("Emma Brown"),
                            service_ids=[pilates], location_id=demo.location("Downtown"),
                            starts_at=at(day, 12), today=day,
                            now=at(day, 8)).services[0].booking_id

    def mark(name: str, status: BookingStatus, at_moment=None) -> None:
        set_booking_status(demo.db, demo.admin, booked[name], status, at=at_moment)

    tuesdays = [date(2026, 3, 17), date(2026, 3, 24), date(2026, 3, 31)]
    plan = {
        date(2026, 3, 16): lambda: [book_on(d, n) for d, n in zip(
            tuesdays, ("no-show", "late", "early"), strict=True)],
        date(2026, 3, 18): lambda: mark("no-show", BookingStatus.NO_SHOW),
        date(2026, 3, 24): lambda: mark("late", BookingStatus.CANCELLED, at(tuesdays[1], 9)),
        date(2026, 3, 29): lambda: mark("early", BookingStatus.CANCELLED, at(tuesdays[2], 9)
                                        - timedelta(days=2)),
    }
    done = run_days(demo, MAR_15, date(2026, 4, 30), plan)
    assert done.debited == [booked["no-show"], booked["late"]]
    assert done.not_debited == [booked["early"]]
    assert kinds(demo, demo.membership("PIL-1")).count("auto_deduction") == 2
    texts = [body for _, _, body in http_gateway.requests if "Pilates" in body]
    assert len(texts) == 2 and "4+left" in texts[0] and "3+left" in texts[1]
