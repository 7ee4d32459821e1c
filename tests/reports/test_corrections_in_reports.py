"""Voids and refunds in the reports (SPEC §3.11, §4): a voided sale is neither sold nor
revenue and its liability goes as if it had never been sold; a refund releases what was
owed, in the roll-forward's *refunded* column, and shows in the memberships report's
payments."""

import json
from datetime import timedelta
from decimal import Decimal

from desk.cli import main
from desk.reports.charts import sales_per_month
from desk.reports.liability import roll_forward
from desk.reports.memberships_report import memberships_report
from desk.reports.summary import summary
from desk.services.corrections import refund_membership, void_sale
from desk.services.reports import refresh_liability
from tests.demo_chain import DEMO_DAY

DAY_AFTER = DEMO_DAY + timedelta(days=1)


def row_of(demo, ref: str, *, from_ledger: bool = False):
    m = demo.membership(ref)
    refresh_liability(demo.db)
    with demo.db.read() as uow:
        rf = roll_forward(uow, DEMO_DAY, DAY_AFTER, from_ledger=from_ledger)
    [row] = [r for r in rf.rows if (r.location_id, r.type_id) == (m.sale.location_id,
                                                                     m.sale.type_id)]
    return row


def report_row(demo, ref: str):
    with demo.db.read() as uow:
        rows = memberships_report(uow.connection(), DEMO_DAY).rows
    return next(r for r in rows if r.number == ref)


def test_a_voided_sale_is_neither_sold_nor_revenue(demo):
    with demo.db.read() as uow:
        before = summary(uow, DEMO_DAY)
    price = demo.membership("DS-0002").sale.price  # Bob's PT 12, sold on the demo's day
    void_sale(demo.db, demo.reception, "DS-0002", day=DEMO_DAY)
    with demo.db.read() as uow:
        after = summary(uow, DEMO_DAY)
    assert (after.sold, after.revenue) == (before.sold - 1, before.revenue - price)
    assert (after.cancelled, after.outstanding) == (1, before.outstanding - price)


def test_a_voided_sale_leaves_the_sales_chart(demo):
    def this_month():
        with demo.db.read() as uow:
            [month] = sales_per_month(uow.connection(), DEMO_DAY, DEMO_DAY)
        return month

    before = this_month()
    price = demo.membership("DS-0002").sale.price
    void_sale(demo.db, demo.reception, "DS-0002", day=DEMO_DAY)
    assert (this_month().sold, this_month().revenue) == (before.sold - 1,
                                                         before.revenue - price)


def test_a_voided_sale_leaves_the_liability_as_if_never_sold(demo):
    price = demo.membership("DS-0002").sale.price
    void_sale(demo.db, demo.reception, "DS-0002", day=DEMO_DAY)
    for from_ledger in (False, True):
        row = row_of(demo, "DS-0002", from_ledger=from_ledger)
        assert (row.sold, row.voided, row.closing) == (price, price, row.opening)
        assert row.balances


def test_a_refund_releases_what_was_owed_whatever_it_paid_back(demo):
    # Alice's Massage 10 owes 560.00 for its 7 visits left; the client is paid back 100.00
    opening = row_of(demo, "DS-0001").opening
    refund_membership(demo.db, demo.admin, "DS-0001", reason="moved away", amount="100",
                      day=DEMO_DAY)
    for from_ledger in (False, True):
        row = row_of(demo, "DS-0001", from_ledger=from_ledger)
        assert (row.refunded, row.closing) == (Decimal("560.00"), opening - Decimal("560.00"))
        assert row.balances


def test_the_memberships_report_shows_the_refund_as_money_paid_back(demo):
    paid = report_row(demo, "DS-0001").paid
    refund_membership(demo.db, demo.admin, "DS-0001", reason="moved away", amount="100",
                      day=DEMO_DAY)
    row = report_row(demo, "DS-0001")
    assert (row.paid, row.status, row.balance) == (paid - Decimal("100.00"), "refunded", 0)


def test_report_json_has_the_refunded_and_voided_columns(demo, capsys):
    refund_membership(demo.db, demo.admin, "DS-0001", reason="moved away", day=DEMO_DAY)
    demo.db.close()
    day = DEMO_DAY.isoformat()
    assert main(["report", "--db", str(demo.path), "--as-of", day, "--from", day, "--to", day,
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["liability"]["total"]["refunded"], out["liability"]["total"]["voided"]) == (
        "560.00", "0.00")
    assert out["refunded"] == 1
