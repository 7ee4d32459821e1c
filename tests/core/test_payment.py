"""Paying a visit with a membership (SPEC §3.4)."""

from datetime import date
from decimal import Decimal

from desk.core import operations
from desk.core.ledger import EntryKind
from desk.core.memberships import nearest_expiry_first
from tests.core.builders import (
    AIRPORT,
    ALICE,
    BOB,
    CARLA,
    CLASSIC,
    DAY,
    MANICURE,
    PT,
    RIVERSIDE,
    SPORTS,
    YOGA,
    days,
    edited,
    frozen,
    make_type,
    paid,
    paid_times,
    payments,
    pt_type,
    refused,
    sold,
    split_type,
    undone,
    yoga_type,
)


def test_overall_membership_deducts_the_shared_balance_whatever_the_service():
    m = paid(paid(sold(make_type())), service=SPORTS)
    assert m.balances == {"*": 8}
    assert [e.service_id for e in payments(m)] == [CLASSIC, SPORTS]


def test_split_membership_deducts_only_the_paid_service():
    m = paid(sold(split_type()), service=MANICURE)
    assert m.balances == {MANICURE: 4, CLASSIC: 2}
    assert m.balance_for(CLASSIC) == 2


def test_a_payment_is_a_ledger_entry_of_one_visit_for_the_visit():
    m = sold(make_type())
    [entry] = operations.pay(m, service_id=CLASSIC, location_id=RIVERSIDE, client_id=ALICE,
                             day=DAY, list_price=Decimal("80.00"), visit_id="v1",
                             stamp=m.entries[0].stamp)
    assert (entry.kind, entry.deltas, entry.ref_id, entry.visits) == (
        EntryKind.PAYMENT, {"*": -1}, "v1", -1)


def test_a_membership_sold_at_one_location_pays_at_another_valid_one():
    assert paid(sold(make_type()), location=RIVERSIDE).remaining == 9


def test_a_service_the_type_does_not_include_is_refused():
    with refused("service_not_included"):
        paid(sold(make_type()), service=MANICURE)


def test_a_location_where_the_type_is_not_valid_is_refused():
    with refused("location_not_valid"):
        paid(sold(make_type()), location=AIRPORT)


def test_a_frozen_membership_does_not_pay():
    m = frozen(sold(make_type()), on=DAY, until=DAY + days(5))
    with refused("membership_frozen"):
        paid(m, on=DAY + days(4))
    assert paid(m, on=DAY + days(5)).remaining == 9


def test_an_expired_membership_does_not_pay():
    with refused("membership_expired"):
        paid(sold(make_type()), on=date(2024, 4, 30))


def test_a_used_up_membership_does_not_pay():
    with refused("membership_used_up"):
        paid(paid_times(sold(make_type()), 10))


def test_a_split_service_used_up_is_refused_while_others_still_pay():
    m = paid_times(sold(split_type()), 2, service=CLASSIC)
    with refused("membership_used_up"):
        paid(m, service=CLASSIC)
    assert paid(m, service=MANICURE).balances == {MANICURE: 4, CLASSIC: 0}


def test_a_visit_before_the_sale_is_refused():
    with refused("visit_before_sale"):
        paid(sold(make_type()), on=DAY - days(1))


def test_a_no_code_membership_pays_only_its_own_clients_visits():
    m = sold(make_type(), code=None, client=ALICE)
    with refused("not_membership_owner"):
        paid(m, client=BOB)
    assert paid(m, client=ALICE).remaining == 9


def test_a_coded_gift_attaches_to_the_first_client_who_uses_it():
    gift = paid(sold(make_type(), code="GIFT-7", client=None), client=CARLA)
    assert gift.owner_id == CARLA
    with refused("not_membership_owner"):
        paid(gift, client=BOB)


def test_an_undone_first_use_of_a_gift_frees_it_again():
    gift = paid(sold(make_type(), code="GIFT-7", client=None), client=CARLA)
    gift = undone(gift, payments(gift)[0].id)
    assert gift.owner_id is None
    assert paid(gift, client=BOB).owner_id == BOB


def test_an_archived_types_membership_still_pays():
    m = sold(make_type())
    archived = type(m)(m.sale, make_type(archived=True), m.entries)
    assert paid(archived).remaining == 9


def test_refusals_follow_the_status_precedence_used_up_then_expired_then_frozen():
    with refused("membership_used_up"):  # used up and expired
        paid(paid_times(sold(make_type()), 10), on=date(2030, 1, 1))
    cut_short = edited(frozen(sold(make_type()), on=DAY, until=DAY + days(20)),
                       expiry=DAY + days(10))
    with refused("membership_expired"):  # expired and frozen
        paid(cut_short, on=DAY + days(15))


# -- which membership is proposed first ----------------------------------------------------

def test_the_membership_with_the_nearest_expiry_is_proposed_first_and_unlimited_last():
    unlimited = sold(pt_type(service_ids=frozenset({PT, CLASSIC})), on=DAY - days(60))
    later = sold(make_type(), on=DAY)
    sooner = sold(make_type(), on=DAY - days(30))
    ordered = nearest_expiry_first([unlimited, later, sooner], DAY)
    assert ordered == [sooner, later, unlimited]


def test_usable_for_splits_candidates_into_usable_ones_and_refusals_with_reasons():
    good, used_up = sold(make_type()), paid_times(sold(make_type(), on=DAY - days(1)), 10)
    wrong = sold(split_type(service_ids=frozenset({MANICURE}), visits={MANICURE: 5}))
    usable, refusals = operations.usable_for([used_up, wrong, good], service_id=CLASSIC,
                                             location_id=RIVERSIDE, client_id=ALICE, day=DAY)
    assert usable == [good]
    assert {(r.membership.id, r.code) for r in refusals} == {
        (used_up.id, "membership_used_up"), (wrong.id, "service_not_included")}


def test_a_first_visit_membership_is_ranked_by_the_expiry_it_would_get_if_used_today():
    yoga = sold(yoga_type(auto_activate_days=None, service_ids=frozenset({YOGA, CLASSIC})))
    massage = sold(make_type())  # expires Apr 30; yoga used today would expire Feb 29
    assert nearest_expiry_first([massage, yoga], DAY) == [yoga, massage]


# -- recalculated service cost ---------------------------------------------------------------

def test_recalculated_cost_of_a_visit_is_price_over_total_visits():
    m = paid_times(sold(make_type()), 3)
    assert [e.amount for e in payments(m)] == [Decimal("80.00")] * 3


def test_recalculated_costs_give_the_rounding_remainder_to_the_last_visit():
    m = paid_times(sold(make_type(price=Decimal("100.00"), visits={"*": 3})), 3)
    assert [e.amount for e in payments(m)] == [Decimal("33.33"), Decimal("33.33"),
                                               Decimal("33.34")]


def test_recalculated_costs_of_all_visits_sum_to_the_price_even_after_an_undo():
    # Given 3 paid visits of a 100.00 / 3 package, the first one undone and paid again
    m = paid_times(sold(make_type(price=Decimal("100.00"), visits={"*": 3})), 3)
    m = paid(undone(m, payments(m)[0].id))
    # Then the visits that stand cost exactly the price
    standing = [e for e in payments(m) if e.id not in m.state.undone_payments]
    assert sum(e.amount for e in standing) == Decimal("100.00")


def test_without_recalculation_a_visit_costs_the_service_list_price():
    m = paid(sold(make_type(recalculate_cost=False)), service=SPORTS)
    assert payments(m)[0].amount == Decimal("95.00")


def test_a_visit_given_by_an_edit_beyond_the_package_costs_nothing():
    m = edited(sold(make_type(price=Decimal("100.00"), visits={"*": 3})), balances={"*": 4})
    m = paid_times(m, 4)
    assert [e.amount for e in payments(m)][-2:] == [Decimal("33.34"), Decimal("0.00")]
