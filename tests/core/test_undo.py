"""Undoing a payment (SPEC §3.4, §3.8): a compensating entry; nothing is removed."""

from desk.core import operations
from desk.core.ledger import EntryKind
from tests.core.builders import (
    DAY,
    MANICURE,
    days,
    make_type,
    paid,
    payments,
    refused,
    sold,
    split_type,
    stamp,
    undone,
)


def test_undo_gives_the_visit_back_with_a_compensating_entry():
    before = paid(sold(make_type()))
    after = undone(before, payments(before)[0].id, on=DAY + days(1))
    assert after.remaining == 10
    assert after.entries[:-1] == before.entries
    undo = after.entries[-1]
    assert (undo.kind, undo.deltas, undo.ref_id) == (
        EntryKind.PAYMENT_UNDO, {"*": 1}, payments(before)[0].id)


def test_undo_keeps_the_payment_in_the_ledger():
    m = paid(sold(make_type()))
    m = undone(m, payments(m)[0].id)
    assert len(payments(m)) == 1
    assert payments(m)[0].id in m.state.undone_payments


def test_undo_of_a_split_payment_gives_back_that_service():
    m = paid(sold(split_type()), service=MANICURE)
    assert undone(m, payments(m)[0].id).balances == {MANICURE: 5, "classic": 2}


def test_undo_carries_the_cost_it_reverses():
    m = paid(sold(make_type()))
    assert undone(m, payments(m)[0].id).entries[-1].amount == payments(m)[0].amount


def test_undoing_twice_is_refused():
    m = paid(sold(make_type()))
    m = undone(m, payments(m)[0].id)
    with refused("payment_already_undone"):
        operations.undo_payment(m, payments(m)[0].id, DAY, stamp())


def test_undoing_an_unknown_payment_is_refused():
    m = sold(make_type())
    with refused("payment_not_found"):
        operations.undo_payment(m, m.entries[0].id, DAY, stamp())  # the sale is no payment
