"""Selling a membership (SPEC §3.1): the sale entry and the refusals the core decides."""

from decimal import Decimal

from desk.core import operations
from desk.core.ledger import EntryKind
from desk.core.memberships import Sale
from tests.core.builders import (
    AIRPORT,
    ALICE,
    CLASSIC,
    DAY,
    DOWNTOWN,
    MANICURE,
    RIVERSIDE,
    make_type,
    refused,
    sold,
    split_type,
    stamp,
)


def sale(t, *, code="DS-0001", client=ALICE, location=DOWNTOWN) -> Sale:
    return Sale(id="m1", type_id=t.id, code=code, client_id=client, location_id=location,
                sold_on=DAY, price=t.price)


def test_an_overall_sale_starts_with_the_total_visits():
    [entry] = operations.sell(sale(make_type()), make_type(), stamp())
    assert (entry.kind, entry.on, entry.deltas) == (EntryKind.SALE, DAY, {"*": 10})
    assert (entry.amount, entry.client_id, entry.membership_id) == (Decimal("800.00"), ALICE, "m1")


def test_a_split_sale_starts_with_one_balance_per_service():
    m = sold(split_type())
    assert m.balances == {MANICURE: 5, CLASSIC: 2}
    assert m.remaining == 7


def test_a_type_that_requires_a_code_is_not_sold_without_one():
    with refused("code_required"):
        operations.sell(sale(split_type(), code=None), split_type(), stamp())


def test_a_no_code_sale_needs_a_client():
    with refused("client_required"):
        operations.sell(sale(make_type(), code=None, client=None), make_type(), stamp())


def test_a_no_code_sale_to_a_named_client_is_fine():
    assert sold(make_type(), code=None, client=ALICE).owner_id == ALICE


def test_a_coded_membership_can_be_sold_as_a_gift_without_a_client():
    assert sold(make_type(), code="GIFT-1", client=None).owner_id is None


def test_a_type_is_sold_only_where_it_is_valid():
    with refused("location_not_valid"):
        operations.sell(sale(make_type(), location=AIRPORT), make_type(), stamp(AIRPORT))
    assert sold(make_type(), location=RIVERSIDE).sale.location_id == RIVERSIDE


def test_an_archived_type_is_not_offered_for_sale():
    t = make_type(archived=True)
    with refused("type_archived") as error:
        operations.sell(sale(t), t, stamp())
    assert error.value.value == "Massage 10"
