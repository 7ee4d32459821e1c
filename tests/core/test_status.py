"""Status (SPEC §3.2): derived from the ledger; used_up > expired > frozen > active/issued."""

from datetime import date

from desk.core.memberships import Status
from tests.core.builders import (
    CLASSIC,
    DAY,
    MANICURE,
    YOGA,
    days,
    edited,
    frozen,
    make_type,
    paid_times,
    sold,
    split_type,
    yoga_type,
)


def test_a_membership_counted_from_sale_is_active_from_the_sale_day():
    assert sold(make_type()).status_on(DAY) is Status.ACTIVE


def test_a_membership_counted_from_the_first_visit_is_issued_until_then():
    assert sold(yoga_type(auto_activate_days=None)).status_on(DAY + days(100)) is Status.ISSUED


def test_a_membership_with_no_visits_left_is_used_up():
    m = paid_times(sold(make_type()), 10)
    assert m.status_on(DAY) is Status.USED_UP


def test_a_split_membership_is_used_up_only_when_every_service_is():
    m = paid_times(sold(split_type()), 5, service=MANICURE)
    assert m.status_on(DAY) is Status.ACTIVE
    assert paid_times(m, 2, service=CLASSIC).status_on(DAY) is Status.USED_UP


def test_used_up_takes_precedence_over_expired():
    m = paid_times(sold(make_type()), 10)
    assert m.status_on(date(2030, 1, 1)) is Status.USED_UP


def test_expired_on_the_expiry_date_itself():
    m = sold(make_type())  # Jan 31 + 3 months = Apr 30
    assert m.status_on(date(2024, 4, 29)) is Status.ACTIVE
    assert m.status_on(date(2024, 4, 30)) is Status.EXPIRED


def test_expired_takes_precedence_over_frozen():
    # Given a freeze that a manager's explicit expiry edit cuts short
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(20))
    m = edited(m, expiry=DAY + days(10))
    # Then on a day still inside the freeze it shows as expired
    assert m.frozen_on(DAY + days(15))
    assert m.status_on(DAY + days(15)) is Status.EXPIRED


def test_frozen_takes_precedence_over_active():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(10))
    assert m.status_on(DAY + days(9)) is Status.FROZEN
    assert m.status_on(DAY + days(10)) is Status.ACTIVE


def test_an_unlimited_membership_never_expires():
    from tests.core.builders import pt_type
    assert sold(pt_type()).status_on(date(2099, 12, 31)) is Status.ACTIVE


def test_a_yoga_membership_is_issued_then_active_after_its_first_class():
    from tests.core.builders import paid
    m = sold(yoga_type())
    assert m.status_on(DAY) is Status.ISSUED
    assert paid(m, service=YOGA, on=DAY + days(2)).status_on(DAY + days(2)) is Status.ACTIVE
