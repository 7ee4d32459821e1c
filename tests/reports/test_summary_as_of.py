"""The summary of a past day is the one worked out on that day (SPEC §4, by business dates)."""

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core import worth
from desk.core.memberships import Membership
from desk.reports import summary as summaries
from desk.reports.summary import OPEN, summary
from desk.services.memberships import (
    edit_membership,
    freeze_membership,
    pay_visit,
    undo_payment,
)
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History

APR_20, APR_24 = date(2026, 4, 20), date(2026, 4, 24)


def summary_on(demo, day: date):
    with demo.db.read() as uow:
        return summary(uow, day)


def folded_on(demo, day: date) -> dict:
    """The summary's figures from the core's fold of each membership's entries up to ``day``."""
    with demo.db.read() as uow:
        memberships = uow.memberships.all_in_sale_order()
    counts, remaining, owed = defaultdict(int), 0, Decimal(0)
    for m in memberships:
        if m.sale.sold_on > day:
            continue
        then = Membership(m.sale, m.type, tuple(
            e for e in m.entries if e.kind.value in ("sale", "import") or e.on <= day))
        status = then.status_on(day).value
        counts[status] += 1
        if status in OPEN:
            remaining += then.remaining
            owed += worth.owed(then.sale.price, m.type.total_visits, then.remaining)
    return {"counts": dict(counts), "remaining": remaining, "outstanding": owed}


def figures(s) -> dict:
    counts = {k: getattr(s, k) for k in ("active", "issued", "frozen", "expired", "used_up",
                                         "cancelled", "refunded")}
    return {"counts": {k: v for k, v in counts.items() if v}, "remaining": s.remaining_visits,
            "outstanding": s.outstanding}


def test_later_payments_undos_edits_and_freezes_leave_a_past_summary_as_it_was(demo):
    carla, bob = demo.client("Carla Díaz"), demo.client("Bob Jones")
    yoga = pay_visit(demo.db, demo.admin, client_id=carla, service_id=demo.service("Yoga class"),
                     location_id=demo.location("Riverside"), day=date(2026, 3, 20))
    then = summary_on(demo, APR_24)
    assert (then.active, then.expired, then.remaining_visits) == (2, 1, 19)  # yoga: Apr 20
    undo_payment(demo.db, demo.admin, yoga.payment_id, date(2026, 4, 25))  # active to Apr 29
    edit_membership(demo.db, demo.admin, "DS-0001", reason="moved", balances={"*": 2},
                    expiry=APR_20, day=date(2026, 4, 26))
    freeze_membership(demo.db, demo.admin, yoga.id, until=date(2026, 5, 3),
                      day=date(2026, 4, 27))
    pay_visit(demo.db, demo.admin, client_id=bob, service_id=demo.service("Personal training"),
              location_id=demo.location("Riverside"), day=date(2026, 4, 27))
    assert summary_on(demo, APR_24) == then
    now = summary_on(demo, date(2026, 4, 28))
    assert (now.frozen, now.expired, now.active, now.remaining_visits) == (1, 1, 1, 19)


def test_a_past_summary_counts_the_freeze_of_that_day_under_a_later_one(demo):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=date(2026, 3, 20), day=DEMO_DAY)
    then = summary_on(demo, date(2026, 3, 17))
    freeze_membership(demo.db, demo.admin, "DS-0001", until=date(2026, 4, 2),
                      day=date(2026, 3, 28))
    assert then.frozen == 1 and summary_on(demo, date(2026, 3, 17)) == then


def test_a_day_long_past_read_through_the_whole_ledger_sums_the_same(demo, monkeypatch):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=date(2026, 3, 25), day=DEMO_DAY)
    pay_visit(demo.db, demo.admin, client_id=demo.client("Bob Jones"),
              service_id=demo.service("Personal training"),
              location_id=demo.location("Riverside"), day=date(2026, 3, 30))
    by_index = summary_on(demo, date(2026, 3, 20))
    monkeypatch.setattr(summaries, "SCAN_FROM", 0)  # as if most of the ledger came later
    assert summary_on(demo, date(2026, 3, 20)) == by_index
    assert (by_index.frozen, by_index.remaining_visits) == (1, 27)


BEFORE = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "undo", "freeze", "unfreeze", "edit", "import", "due",
                     "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
    st.integers(0, 60), st.integers(0, 12)), max_size=8)
# what the desk does after the day: entries dated later (imports are dated by their sale)
AFTER = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "undo", "freeze", "unfreeze", "edit", "cancel"]),
    st.integers(1, 60), st.integers(0, 12)), max_size=8)


@settings(max_examples=40, deadline=None)
@given(before=BEFORE, after=AFTER, cut=st.integers(0, 60),
       renewing=st.sampled_from([None, "Massage 10", "Yoga 8"]))
def test_the_summary_of_a_day_is_what_the_ledger_said_that_day_whatever_came_after(
        demo_template, tmp_path_factory, before, after, cut, renewing):
    folder = tmp_path_factory.mktemp("summary")
    demo = copy_demo(demo_template, folder)
    history, day = History(demo, folder, renewing), DEMO_DAY + timedelta(days=cut)
    try:
        for action, offset, number in before:
            history.step(action, DEMO_DAY + timedelta(days=min(offset, cut)), number)
        then = summary_on(demo, day)
        for action, offset, number in after:
            history.step(action, day + timedelta(days=offset), number)
        assert summary_on(demo, day) == then
        assert figures(then) == folded_on(demo, day)
        assert figures(summary_on(demo, day + timedelta(days=30))) == \
            folded_on(demo, day + timedelta(days=30))
    finally:
        demo.db.close()
