"""An expiry write-off is worth exactly what the roll-forward counts as breakage."""

from datetime import date
from decimal import Decimal

from desk.core.ledger import EntryKind
from desk.reports.liability import roll_forward
from desk.services.due import run_due
from tests.services.due_helpers import at, pay


def yoga_expired(demo, start: date, end: date):
    with demo.db.read() as uow:
        rf = roll_forward(uow, start, end, from_ledger=True)
    return sum(r.expired for r in rf.rows if r.type == "Yoga 8")


def test_a_visit_recorded_at_its_list_price_is_worth_price_per_visit_in_the_write_off(demo):
    # Yoga 8 (140.00 for 8, no cost recalculation): the class is recorded at its 20.00 for
    # payroll, but redeems 17.50 of the package like any of its eight visits (SPEC §4)
    pay(demo, "Carla Díaz", "Yoga class", date(2026, 3, 20))
    [payment] = [e for e in demo.carla_yoga().entries if e.kind is EntryKind.PAYMENT]
    run_due(demo.db, demo.admin, at(date(2026, 5, 1)))
    [writeoff] = [e for e in demo.carla_yoga().entries if e.kind is EntryKind.EXPIRY_WRITEOFF]
    assert payment.amount == Decimal("20.00")
    assert writeoff.amount == Decimal("122.50") == yoga_expired(demo, date(2026, 4, 1),
                                                                date(2026, 5, 1))
