"""Booking with a membership (SPEC §5)."""

from collections import Counter
from datetime import date

import pytest

from desk.core.bookings import (
    BOOKING_REFUSAL,
    OnlineBooking,
    PendingBooking,
    ServiceKind,
    assign_booking,
    check_online_booking,
    valid_for_booking,
)
from tests.core.builders import (
    AIRPORT,
    ALICE,
    BOB,
    CLASSIC,
    DAY,
    DOWNTOWN,
    MANICURE,
    SPORTS,
    YOGA,
    days,
    frozen,
    make_type,
    paid_times,
    refused,
    sold,
    split_type,
    yoga_type,
)

SPEC_MESSAGE = "Sorry, but it appears that your membership is either not suitable or has expired."


def valid(m, *, service=CLASSIC, location=DOWNTOWN, client=ALICE, today=DAY, pending=None):
    return valid_for_booking(m, service_id=service, location_id=location, client_id=client,
                             today=today, pending=Counter(pending or {}))


def assign(memberships, services, *, pending=(), today=DAY, booking_day=None, client=ALICE):
    return assign_booking(memberships, service_ids=services, location_id=DOWNTOWN,
                          client_id=client, today=today, booking_day=booking_day or today,
                          pending=list(pending))


def test_the_refusal_message_is_exactly_the_one_of_the_spec():
    assert BOOKING_REFUSAL == SPEC_MESSAGE


def test_an_active_membership_is_valid_for_booking():
    assert valid(sold(make_type()))


def test_an_issued_membership_is_valid_for_booking():
    assert valid(sold(yoga_type(auto_activate_days=None)), service=YOGA)


def test_a_frozen_membership_is_valid_only_if_its_type_allows_booking_while_frozen():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(10))
    assert valid(m, today=DAY + days(1))
    no = frozen(sold(make_type(book_while_frozen=False)), on=DAY, until=DAY + days(10))
    assert not valid(no, today=DAY + days(1))


def test_an_expired_or_used_up_membership_is_not_valid_for_booking():
    assert not valid(sold(make_type()), today=date(2024, 4, 30))  # the expiry day itself
    assert valid(sold(make_type()), today=date(2024, 4, 29))
    assert not valid(paid_times(sold(make_type()), 10))


def test_a_membership_that_cant_pay_the_service_here_is_not_valid():
    assert not valid(sold(make_type()), service=MANICURE)
    assert not valid(sold(make_type()), location=AIRPORT)


def test_only_the_owner_books_with_an_owned_membership_but_anyone_with_a_gift():
    assert not valid(sold(make_type(), client=ALICE), client=BOB)
    assert valid(sold(make_type(), code="GIFT-1", client=None), client=BOB)


def test_the_balance_must_cover_pending_bookings_plus_this_one():
    m = paid_times(sold(make_type()), 8)  # 2 left
    assert valid(m, pending={f"{m.id}:*": 1})
    assert not valid(m, pending={f"{m.id}:*": 2})


def test_assign_booking_picks_a_covering_membership():
    m = sold(make_type())
    assert assign([m], [CLASSIC]) == [m]


def test_no_covering_membership_is_refused_with_exactly_the_spec_message():
    with refused("booking_not_covered") as error:
        assign([sold(make_type())], [MANICURE])
    assert error.value.message == SPEC_MESSAGE
    assert str(error.value) == SPEC_MESSAGE


def test_pending_bookings_the_membership_would_pay_are_counted():
    m = paid_times(sold(make_type()), 9)  # 1 left
    with refused("booking_not_covered"):
        assign([m], [CLASSIC], pending=[PendingBooking(m.id, SPORTS)])
    assert assign([m], [CLASSIC], pending=[PendingBooking("other", SPORTS)]) == [m]


def test_a_booking_with_several_services_needs_a_covering_membership_for_each():
    one_left = paid_times(sold(make_type()), 9)
    with refused("booking_not_covered"):
        assign([one_left], [CLASSIC, SPORTS])
    other = sold(make_type(), code="DS-0002")
    assert sorted(m.id for m in assign([one_left, other], [CLASSIC, SPORTS])) == sorted(
        [one_left.id, other.id])


def test_a_split_membership_covers_several_services_from_their_own_balances():
    m = paid_times(sold(split_type()), 4, service=MANICURE)  # manicure 1, classic 2
    assert assign([m], [MANICURE, CLASSIC]) == [m, m]
    with refused("booking_not_covered"):
        assign([m], [MANICURE, MANICURE])


def test_the_membership_with_the_nearest_expiry_is_assigned_first():
    later, sooner = sold(make_type()), sold(make_type(), on=DAY - days(20))
    assert assign([later, sooner], [CLASSIC]) == [sooner]


def test_a_membership_frozen_on_the_booking_day_gives_way_to_one_that_can_pay():
    sooner = frozen(sold(make_type(), on=DAY - days(20)), on=DAY, until=DAY + days(10))
    later = sold(make_type())
    assert assign([sooner, later], [CLASSIC], booking_day=DAY + days(5)) == [later]
    assert assign([sooner], [CLASSIC], booking_day=DAY + days(5)) == [sooner]


@pytest.mark.parametrize(("kind", "prepayment", "membership"), [
    (ServiceKind.INDIVIDUAL, True, False), (ServiceKind.INDIVIDUAL, False, True),
    (ServiceKind.GROUP, True, True), (ServiceKind.GROUP, False, True),
])
def test_online_booking_settings_that_are_allowed(kind, prepayment, membership):
    settings = OnlineBooking(kind, prepayment=prepayment, membership_required=membership)
    assert check_online_booking(settings) is settings


def test_an_individual_service_refuses_prepayment_together_with_membership_booking():
    with refused("booking_settings_conflict") as error:
        check_online_booking(OnlineBooking(ServiceKind.INDIVIDUAL, prepayment=True,
                                           membership_required=True))
    assert "not both" in error.value.message


def test_a_booking_dated_before_the_sale_is_refused_as_a_payment_would_be():
    with refused("visit_before_sale"):
        assign([sold(make_type())], [CLASSIC], booking_day=DAY - days(1))


def test_a_membership_sold_on_the_booking_day_covers_it():
    m = sold(make_type())
    assert assign([m], [CLASSIC], booking_day=DAY) == [m]
