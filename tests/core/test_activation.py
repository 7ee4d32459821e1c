"""Activation (SPEC §3.3): from the sale, from the first paid visit, or automatically."""

from datetime import date

from desk.core import operations
from desk.core.ledger import EntryKind
from desk.core.memberships import Status
from tests.core.builders import (
    DAY,
    YOGA,
    days,
    make_type,
    paid,
    payments,
    sold,
    stamp,
    undone,
    with_entries,
    yoga_type,
)


def test_counted_from_sale_the_activation_is_the_sale_date():
    m = sold(make_type(), on=DAY)
    assert m.activation_date == DAY
    assert operations.activate(m, DAY + days(100), stamp()) is None


def test_counted_from_first_visit_paying_the_first_visit_activates_it():
    m = paid(sold(yoga_type(auto_activate_days=None)), service=YOGA, on=DAY + days(3))
    payment, activation = m.entries[-2:]
    assert activation.kind is EntryKind.ACTIVATION and activation.ref_id == payment.id
    assert m.activation_date == DAY + days(3)


def test_only_the_first_visit_writes_an_activation():
    m = paid(sold(yoga_type()), service=YOGA, on=DAY + days(1))
    m = paid(m, service=YOGA, on=DAY + days(2))
    assert [e.kind for e in m.entries].count(EntryKind.ACTIVATION) == 1
    assert m.activation_date == DAY + days(1)


def test_auto_activation_at_sale_plus_n_days_when_no_visit_came_first():
    m = sold(yoga_type(auto_activate_days=14), on=DAY)
    assert m.status_on(DAY + days(13)) is Status.ISSUED
    assert m.status_on(DAY + days(14)) is Status.ACTIVE
    assert operations.activate(m, DAY + days(13), stamp()) is None
    entry = operations.activate(m, DAY + days(14), stamp())
    assert (entry.kind, entry.on) == (EntryKind.ACTIVATION, DAY + days(14))


def test_a_visit_after_auto_activation_does_not_restart_the_timer():
    m = sold(yoga_type(auto_activate_days=14), on=DAY)
    m = paid(m, service=YOGA, on=DAY + days(20))
    assert EntryKind.ACTIVATION not in [e.kind for e in m.entries]
    assert m.activation_date == DAY + days(14)
    assert m.expiry == date(2024, 3, 14)  # Feb 14 + 1 month


def test_a_first_visit_before_the_auto_activation_date_activates_it():
    m = paid(sold(yoga_type(auto_activate_days=14), on=DAY), service=YOGA, on=DAY + days(5))
    assert m.activation_date == DAY + days(5)
    assert operations.activate(m, DAY + days(30), stamp()) is None


def test_an_imported_issued_membership_with_an_old_sale_date_is_auto_activated_back_then():
    m = sold(yoga_type(auto_activate_days=14), on=date(2023, 1, 1))
    entry = operations.activate(m, date(2024, 1, 1), stamp())
    assert entry.on == date(2023, 1, 15)
    assert with_entries(m, entry).status_on(date(2024, 1, 1)) is Status.EXPIRED


def test_undoing_the_activating_payment_undoes_the_activation():
    m = paid(sold(yoga_type(auto_activate_days=None)), service=YOGA, on=DAY + days(3))
    m = undone(m, payments(m)[0].id, on=DAY + days(3))
    assert m.activation_date is None
    assert m.status_on(DAY + days(3)) is Status.ISSUED
    assert m.expiry is None


def test_undoing_the_first_visit_leaves_the_next_paid_visit_as_the_first():
    # Given two paid classes, on day 3 and day 5
    m = paid(sold(yoga_type(auto_activate_days=None)), service=YOGA, on=DAY + days(3))
    m = paid(m, service=YOGA, on=DAY + days(5))
    # When the day-3 payment is undone
    m = undone(m, payments(m)[0].id, on=DAY + days(5))
    # Then validity counts from the class that is still paid
    assert m.activation_date == DAY + days(5)
    assert m.status_on(DAY + days(5)) is Status.ACTIVE


def test_after_an_undone_first_visit_the_next_visit_activates_again():
    m = paid(sold(yoga_type(auto_activate_days=None)), service=YOGA, on=DAY + days(3))
    m = undone(m, payments(m)[0].id, on=DAY + days(3))
    m = paid(m, service=YOGA, on=DAY + days(7))
    assert m.activation_date == DAY + days(7)


def test_auto_activation_is_written_once_even_when_a_visit_came_after_its_date():
    m = paid(sold(yoga_type(auto_activate_days=14), on=DAY), service=YOGA, on=DAY + days(20))
    m = with_entries(m, operations.activate(m, DAY + days(21), stamp()))
    assert [e.on for e in m.entries if e.kind is EntryKind.ACTIVATION] == [DAY + days(14)]
    assert operations.activate(m, DAY + days(22), stamp()) is None


def test_no_auto_activation_entry_when_a_paid_visit_activated_it_earlier():
    m = paid(sold(yoga_type(auto_activate_days=14), on=DAY), service=YOGA, on=DAY + days(3))
    m = paid(m, service=YOGA, on=DAY + days(5))
    m = undone(m, payments(m)[0].id, on=DAY + days(5))
    assert operations.activate(m, DAY + days(30), stamp()) is None
    assert m.activation_date == DAY + days(5)
