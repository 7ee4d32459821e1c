"""Transfer and sharing (SPEC §3.11): who may use a membership, as entries."""

from dataclasses import replace

from desk.core import operations, sharing
from desk.core.ledger import EntryKind
from desk.core.membership_types import Transferable
from desk.core.memberships import Status
from tests.core.builders import (
    ALICE,
    BOB,
    CLASSIC,
    DAY,
    LIST_PRICES,
    days,
    make_type,
    paid,
    refused,
    sold,
    stamp,
    with_entries,
)

CARLA = "carla"


def shared(m, client=BOB):
    return with_entries(m, sharing.share(m, client_id=client, day=DAY, stamp=stamp()))


def transferred(m, to=CARLA, day=DAY):
    return with_entries(m, sharing.transfer(m, to_client_id=to, day=day, stamp=stamp()))


def family(limit: int = 2):
    return sold(make_type(share_limit=limit))


def test_a_client_the_membership_is_shared_with_may_pay_and_the_payment_says_who_came():
    m = paid(shared(family()), client=BOB)
    last = m.entries[-1]
    assert (last.kind, last.client_id, m.owner_id, m.remaining) == (
        EntryKind.PAYMENT, BOB, ALICE, 9)


def test_a_client_it_is_not_shared_with_is_refused():
    with refused("not_membership_owner"):
        paid(family(), client=BOB)


def test_sharing_past_the_types_limit_is_refused():
    m = shared(shared(family(), BOB), CARLA)
    with refused("share_limit_exceeded"):
        sharing.share(m, client_id="dmitri", day=DAY, stamp=stamp())


def test_a_type_that_does_not_share_refuses_sharing():
    with refused("share_limit_exceeded"):
        sharing.share(sold(), client_id=BOB, day=DAY, stamp=stamp())


def test_the_owner_or_a_listed_client_cant_be_added_twice():
    with refused("share_client_already"):
        sharing.share(family(), client_id=ALICE, day=DAY, stamp=stamp())
    with refused("share_client_already"):
        sharing.share(shared(family()), client_id=BOB, day=DAY, stamp=stamp())


def test_a_gift_with_no_owner_yet_cant_be_shared():
    with refused("share_needs_owner"):
        sharing.share(sold(make_type(share_limit=2), client=None), client_id=BOB, day=DAY,
                      stamp=stamp())


def test_removing_a_client_is_an_entry_and_they_can_no_longer_pay():
    m = shared(family())
    m = with_entries(m, sharing.unshare(m, client_id=BOB, day=DAY, stamp=stamp()))
    assert m.entries[-1].kind is EntryKind.UNSHARE and not m.state.shared_with
    with refused("not_membership_owner"):
        paid(m, client=BOB)
    with refused("share_client_not_listed"):
        sharing.unshare(m, client_id=BOB, day=DAY, stamp=stamp())


def test_a_transfer_keeps_balances_expiry_and_freezes_and_only_the_new_owner_pays():
    m = paid(family())
    m = with_entries(m, operations.freeze(m, day=DAY + days(1), until=DAY + days(4),
                                          stamp=stamp()))
    before = (m.remaining, m.expiry, m.frozen_days)
    m = transferred(shared(m), day=DAY + days(5))
    assert (m.remaining, m.expiry, m.frozen_days, m.owner_id) == (*before, CARLA)
    assert m.state.shared_with == frozenset()  # the old owner's family goes with them
    with refused("not_membership_owner"):
        paid(m, on=DAY + days(5), client=ALICE)
    assert paid(m, on=DAY + days(5), client=CARLA).remaining == before[0] - 1


def test_a_type_that_is_not_transferable_refuses_a_transfer():
    with refused("membership_not_transferable"):
        transferred(sold(make_type(transferable=Transferable.NO)))


def test_an_expired_membership_is_not_transferable():
    m = sold()
    assert m.status_on(DAY + days(100)) is Status.EXPIRED
    with refused("membership_not_transferable"):
        transferred(m, day=DAY + days(100))


def test_a_refunded_membership_is_not_transferable():
    from desk.core.corrections import refund
    m = sold()
    m = with_entries(m, refund(m, day=DAY, reason="moved", amount=None, stamp=stamp()))
    with refused("membership_not_transferable"):
        transferred(m)


def test_reception_may_transfer_only_where_the_type_says_so():
    assert sharing.transfer_needs_manager(sold())
    assert not sharing.transfer_needs_manager(
        sold(replace(make_type(), transferable=Transferable.RECEPTION)))


def test_a_transfer_to_the_owner_is_refused():
    with refused("transfer_same_client"):
        transferred(sold(), to=ALICE)


def test_a_payment_by_the_family_counts_against_the_visit_limit_like_the_owners():
    from desk.core.visit_limits import VisitLimits
    m = shared(sold(make_type(share_limit=1, visit_limits=VisitLimits(per_day=1))))
    m = paid(m, client=ALICE)
    with refused("visit_limit_reached"):
        operations.pay(m, service_id=CLASSIC, location_id=m.sale.location_id, client_id=BOB,
                       day=DAY, list_price=LIST_PRICES[CLASSIC], visit_id="v", stamp=stamp())
