"""An expiry write-off is worth exactly what the roll-forward counts as breakage."""

from datetime import date

from desk.core.ledger import EntryKind
from desk.reports.liability import roll_forward
from desk.services.due import run_due
from tests.services.due_helpers import at, pay


def yoga_expired(demo, start: date, end: date):
    with demo.db.read() as uow:
        rf = roll_forward(uow.session, start, end, from_ledger=True)
    return sum(r.expired for r in rf.rows if r.type == "Yoga 8")


def test_a_visit_recorded_at_its_list_price_is_written_off_as_the_report_counts_it(demo):
    # Yoga 8 (140.00 for 8, no cost recalculation): the class is recorded at its 20.00
    pay(demo, "Carla Díaz", "Yoga class", date(2026, 3, 20))
    run_due(demo.db, demo.admin, at(date(2026, 5, 1)))
    [writeoff] = [e for e in demo.carla_yoga().entries if e.kind is EntryKind.EXPIRY_WRITEOFF]
    assert writeoff.amount == 120 == yoga_expired(demo, date(2026, 4, 1), date(2026, 5, 1))
