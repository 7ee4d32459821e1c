"""Automatic deduction on late cancellation or no-show (SPEC §3.7)."""

from datetime import UTC, datetime, timedelta

from desk.core.bookings import AutoDeduction, BookingStatus, DeductionPolicy, deduction_due

START = datetime(2024, 2, 1, 10, 0, tzinfo=UTC)
POLICY = DeductionPolicy(enabled=True, free_cancel_hours=24)


def due(*, status=BookingStatus.CANCELLED, cancelled_at=None, now=START + timedelta(minutes=1),
        decided=AutoDeduction.UNDECIDED, policy=POLICY, uses_membership=True) -> bool:
    return deduction_due(policy=policy, status=status, starts_at=START, cancelled_at=cancelled_at,
                         decided=decided, uses_membership=uses_membership, now=now)


def test_a_late_cancellation_inside_the_window_is_deducted_once_the_start_passes():
    assert due(cancelled_at=START - timedelta(hours=23))


def test_a_cancellation_outside_the_window_is_free():
    assert not due(cancelled_at=START - timedelta(hours=25))


def test_a_cancellation_exactly_at_the_window_edge_is_still_free():
    assert not due(cancelled_at=START - timedelta(hours=24))


def test_a_no_show_is_deducted():
    assert due(status=BookingStatus.NO_SHOW)


def test_nothing_is_deducted_before_the_start_time():
    assert not due(status=BookingStatus.NO_SHOW, now=START - timedelta(seconds=1))
    assert not due(cancelled_at=START - timedelta(hours=1), now=START - timedelta(minutes=5))
    assert due(status=BookingStatus.NO_SHOW, now=START)


def test_a_visit_already_decided_is_never_deducted_twice():
    assert not due(status=BookingStatus.NO_SHOW, decided=AutoDeduction.DEBITED)
    assert not due(status=BookingStatus.NO_SHOW, decided=AutoDeduction.NOT_DEBITED)


def test_no_deduction_when_the_service_has_it_off_or_no_membership_pays():
    assert not due(status=BookingStatus.NO_SHOW, policy=DeductionPolicy(enabled=False))
    assert not due(status=BookingStatus.NO_SHOW, uses_membership=False)


def test_attended_booked_or_paid_visits_are_not_deducted_automatically():
    for status in (BookingStatus.ATTENDED, BookingStatus.BOOKED, BookingStatus.PAID):
        assert not due(status=status)
