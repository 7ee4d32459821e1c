"""Renewals and expiry write-offs in the liability roll-forward (SPEC §3.9, §4).

On the demo chain Alice's DS-0001 (Massage 10, 800.00 for 10 visits, cost recalculated at
80.00) was sold on 13 February with three visits used; it expires on 13 May.
"""

from datetime import date
from decimal import Decimal

from desk.core.ledger import EntryKind
from desk.reports.liability import roll_forward
from desk.reports.summary import summary
from desk.services.reports import refresh_liability
from tests.histories import History

MAY_1, MAY_13, JUN_1 = date(2026, 5, 1), date(2026, 5, 13), date(2026, 6, 1)


def massage_row(demo, start: date, end: date, *, from_ledger: bool = False):
    refresh_liability(demo.db)
    with demo.db.read() as uow:
        rf = roll_forward(uow, start, end, from_ledger=from_ledger)
    return next(r for r in rf.rows if r.type == "Massage 10")


def test_a_renewal_lapses_what_the_ending_period_left_and_sells_the_next(demo):
    History(demo, renewing="Massage 10").step("due", MAY_13, 0)
    row = massage_row(demo, MAY_1, JUN_1)
    assert (row.opening, row.sold, row.redeemed) == (Decimal("560.00"), Decimal("800.00"), 0)
    assert (row.expired, row.closing) == (Decimal("560.00"), Decimal("800.00"))
    assert row.balances and row == massage_row(demo, MAY_1, JUN_1, from_ledger=True)


def test_after_a_renewal_the_closing_is_what_the_summary_says_is_outstanding(demo):
    history = History(demo, renewing="Massage 10")
    history.step("due", MAY_13, 0)
    history.step("pay", date(2026, 5, 20), 0)
    row = massage_row(demo, MAY_1, JUN_1)
    with demo.db.read() as uow:
        outstanding = summary(uow, date(2026, 5, 31)).outstanding
    assert row.closing == Decimal("720.00")  # nine visits of the new period at 80.00
    assert outstanding == row.closing + Decimal("600.00")  # and Bob's unused PT 12


def test_periods_renewed_late_at_once_each_sell_and_lapse_on_their_own_day(demo):
    History(demo, renewing="Massage 10").step("due", date(2026, 8, 20), 0)
    may, aug = massage_row(demo, MAY_1, JUN_1), massage_row(demo, date(2026, 8, 1),
                                                           date(2026, 9, 1))
    assert (may.sold, may.expired, may.closing) == (Decimal("800.00"), Decimal("560.00"),
                                                    Decimal("800.00"))
    assert (aug.opening, aug.sold, aug.expired, aug.closing) == (
        Decimal("800.00"), Decimal("800.00"), Decimal("800.00"), Decimal("800.00"))


def test_a_write_off_moves_nothing_and_equals_the_breakage_of_its_membership(demo):
    before = massage_row(demo, MAY_1, JUN_1)
    History(demo).step("due", MAY_13, 0)
    writeoff = next(e for e in demo.membership("DS-0001").entries
                    if e.kind is EntryKind.EXPIRY_WRITEOFF)
    after = massage_row(demo, MAY_1, JUN_1)
    assert after == before and after.closing == 0
    assert (writeoff.on, writeoff.amount) == (MAY_13, after.expired) == (MAY_13,
                                                                         Decimal("560.00"))
