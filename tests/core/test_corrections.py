"""Voiding a sale and refunding a membership (SPEC §3.11): the rules, the statuses they
leave, and every change a closed membership refuses."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core import corrections, operations
from desk.core.errors import DeskError
from desk.core.ledger import EntryKind
from desk.core.memberships import Membership, Status
from desk.core.renewals import renewals_due
from desk.core.worth import entry_flows
from tests.core.builders import (
    DAY,
    days,
    edited,
    frozen,
    make_type,
    paid,
    paid_times,
    payments,
    refused,
    sold,
    split_type,
    stamp,
    undone,
    with_entries,
)


def voided(m: Membership, *, on: date = DAY, reason: str | None = None) -> Membership:
    return with_entries(m, corrections.void_sale(m, day=on, reason=reason, stamp=stamp()))


def refunded(m: Membership, *, on: date = DAY, amount=None, reason: str = "moved away"
             ) -> Membership:
    return with_entries(m, corrections.refund(m, day=on, reason=reason, amount=amount,
                                              stamp=stamp(user="manager")))


def test_a_sale_voided_the_same_day_is_cancelled_with_no_visits_left():
    m = voided(sold(make_type()), reason=" wrong type ")
    void = m.entries[-1]
    assert (m.status_on(DAY), m.remaining) == (Status.CANCELLED, 0)
    assert (void.kind, void.amount, void.reason) == (EntryKind.VOID, Decimal("800.00"),
                                                     "wrong type")


def test_a_void_needs_no_reason():
    assert voided(sold(make_type())).entries[-1].reason == ""


def test_a_sale_of_an_earlier_day_cant_be_voided():
    with refused("void_not_same_day"):
        voided(sold(make_type()), on=DAY + days(1))


def test_a_sale_whose_visit_was_used_cant_be_voided():
    with refused("void_after_use"):
        voided(paid(sold(make_type())))


def test_a_sale_can_be_voided_once_its_only_payment_is_undone():
    m = paid(sold(make_type()))
    assert voided(undone(m, payments(m)[0].id)).status_on(DAY) is Status.CANCELLED


def test_an_imported_membership_has_no_sale_to_void():
    m = sold(make_type())
    m = Membership(replace(m.sale, imported=True), m.type, m.entries)
    with refused("void_imported"):
        voided(m)


def test_cancelled_is_shown_above_every_other_status():
    m = voided(frozen(sold(make_type()), on=DAY, until=DAY + days(5)))
    assert {m.status_on(DAY + days(n)) for n in (0, 3, 400)} == {Status.CANCELLED}


def test_a_refund_takes_back_what_is_still_owed_by_default():
    m = refunded(paid_times(sold(make_type()), 3))  # 7 of 10 visits of 800.00 left
    refund = m.entries[-1]
    assert (refund.kind, refund.amount, refund.reason) == (EntryKind.REFUND, Decimal("560.00"),
                                                           "moved away")
    assert (m.status_on(DAY), m.remaining) == (Status.REFUNDED, 0)


def test_a_refund_may_be_lower_than_what_is_owed():
    assert refunded(sold(make_type()), amount="500").entries[-1].amount == Decimal("500.00")


def test_a_split_refund_empties_every_balance():
    m = refunded(paid(sold(split_type()), service="manicure"))
    assert m.balances == {"manicure": 0, "classic": 0}


@pytest.mark.parametrize(("amount", "code"), [
    ("800.01", "refund_amount_too_high"), ("-1", "refund_amount_invalid"),
    ("ten", "refund_amount_invalid"), ("NaN", "refund_amount_invalid")])
def test_a_refund_above_what_is_owed_or_not_an_amount_is_refused(amount, code):
    with refused(code):
        refunded(sold(make_type()), amount=amount)


def test_the_refused_amount_names_what_may_be_refunded():
    with pytest.raises(DeskError) as error:
        refunded(sold(make_type()), amount="900")
    assert "900.00" in str(error.value) and "800.00 or less" in str(error.value)


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_refund_needs_a_reason(reason):
    with refused("refund_reason_required"):
        refunded(sold(make_type()), reason=reason)


def test_a_refund_dated_before_a_later_entry_is_refused():
    m = edited(sold(make_type()), on=DAY + days(10), balances={"*": 0})
    with refused("refund_before_last_entry"):
        refunded(m, on=DAY + days(1))


def test_an_expired_membership_owes_nothing_to_refund():
    with refused("refund_after_expiry"):
        refunded(sold(make_type()), on=DAY + days(200))


@pytest.mark.parametrize(("close", "code"), [(voided, "membership_cancelled"),
                                             (refunded, "membership_refunded")])
def test_a_closed_membership_refuses_every_change(close, code):
    m = close(sold(make_type()))
    changes = [
        lambda: paid(m),
        lambda: frozen(m, on=DAY, until=DAY + days(3)),
        lambda: edited(m, balances={"*": 5}),
        lambda: voided(m),
        lambda: refunded(m),
        lambda: operations.auto_deduct(m, service_id="classic", location_id="downtown",
                                       client_id="alice", day=DAY, booking_id="b1",
                                       stamp=stamp()),
    ]
    for change in changes:
        with refused(code):
            change()


def test_an_undo_on_a_refunded_membership_is_refused():
    m = paid(sold(make_type()))
    with refused("membership_refunded"):
        undone(refunded(m), payments(m)[0].id)


def test_a_closed_membership_is_never_offered_to_pay_a_visit():
    m = refunded(sold(make_type()))
    usable, [refusal] = operations.usable_for([m], service_id="classic", location_id="downtown",
                                              client_id="alice", day=DAY)
    assert (usable, refusal.code) == ([], "membership_refunded")


def test_a_closed_auto_renewing_membership_never_renews():
    m = voided(sold(make_type(auto_renew=True)))
    assert renewals_due(m, DAY + days(400), stamp()) == []


def test_the_void_takes_back_what_the_sale_made_owed():
    flows = entry_flows(voided(sold(make_type())))
    assert [amount for _, amount in flows] == [Decimal("800.00"), Decimal("-800.00")]


@given(visits=st.integers(0, 9), lower=st.integers(0, 100))
def test_a_refund_releases_all_that_was_owed_whatever_it_pays_back(visits, lower):
    m = paid_times(sold(make_type()), visits)
    owed = corrections.outstanding(m)
    m = refunded(m, amount=owed * lower / 100)
    assert sum(amount for _, amount in entry_flows(m)) == 0
    assert m.entries[-1].amount <= owed == sum(
        (a for e, a in entry_flows(m) if e.kind is not EntryKind.REFUND), Decimal(0))
