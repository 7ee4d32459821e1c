"""The liability roll-forward balances to the cent, and periods chain (SPEC §4)."""

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.worth import owed
from desk.reports.liability import FIGURES, liability_on, liability_series, roll_forward
from desk.reports.summary import summary
from desk.services.queries import list_memberships
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History


def figures(rf, location_id, type_id) -> dict:
    for r in rf.rows:
        if (r.location_id, r.type_id) == (location_id, type_id):
            return {name: getattr(r, name) for name in FIGURES}
    return dict.fromkeys(FIGURES, Decimal("0.00"))


def assert_balanced_and_chained(uow, bounds: list[date]) -> None:
    periods = [roll_forward(uow, a, b) for a, b in pairwise(bounds)]
    keys = {(r.location_id, r.type_id) for rf in periods for r in rf.rows}
    for rf in periods:
        assert rf.total.balances, rf.total
        for r in rf.rows:
            assert r.balances, r
    for before, after in pairwise(periods):
        assert before.total.closing == after.total.opening
        for key in keys:
            assert figures(before, *key)["closing"] == figures(after, *key)["opening"], key
    whole = roll_forward(uow, bounds[0], bounds[-1])
    assert whole.total.balances
    over_time = [owed for _, owed in liability_series(uow, bounds)]
    assert over_time == [rf.total.opening for rf in periods] + [periods[-1].total.closing]
    for key in keys:
        parts = [figures(rf, *key) for rf in periods]
        got = figures(whole, *key)
        assert got["opening"] == parts[0]["opening"]
        assert got["closing"] == parts[-1]["closing"]
        for name in ("sold", "imported", "redeemed", "expired", "edits"):
            assert got[name] == sum((p[name] for p in parts), Decimal(0)), (key, name)


def test_the_demo_chain_owes_what_was_sold_less_what_was_used(demo):
    with demo.db.read() as uow:
        rf = roll_forward(uow, DEMO_DAY - timedelta(days=60), DEMO_DAY + timedelta(days=1))
        assert liability_on(uow, DEMO_DAY + timedelta(days=1)) == Decimal("1300.00")
    total = rf.total
    assert total.opening == Decimal("0.00")
    assert total.sold == Decimal("1540.00")  # Massage 10 + PT 12 + Yoga 8
    assert total.redeemed == Decimal("240.00")  # three massages at 80.00
    assert total.closing == Decimal("1300.00")
    assert total.balances


def test_outstanding_is_what_the_remaining_visits_of_each_open_membership_are_worth(demo):
    with demo.db.read() as uow:
        types = {t.name: t for t in uow.types.all()}
        got = summary(uow, DEMO_DAY).outstanding
    expected = Decimal(0)
    for m in list_memberships(demo.db, DEMO_DAY):
        if m.status in ("active", "issued", "frozen"):
            t = types[m.type]
            expected += owed(t.price, t.total_visits, m.remaining)
    assert got == expected == Decimal("1300.00")


ACTIONS = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "undo", "freeze", "unfreeze", "edit", "import", "due",
                     "cancel", "sell", "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
    st.integers(0, 120), st.integers(0, 12)), max_size=10)
RENEWING = st.sampled_from([None, "Massage 10", "Yoga 8"])


@settings(max_examples=60, deadline=None)
@given(actions=ACTIONS, renewing=RENEWING,
       cuts=st.lists(st.integers(-40, 200), min_size=1, max_size=4, unique=True))
def test_the_roll_forward_balances_and_chains_over_any_history(
        demo_template, tmp_path_factory, actions, renewing, cuts):
    folder = tmp_path_factory.mktemp("liability")
    demo = copy_demo(demo_template, folder)
    history = History(demo, folder, renewing)
    try:
        for action, offset, number in actions:
            history.step(action, DEMO_DAY + timedelta(days=offset), number)
        bounds = sorted(DEMO_DAY + timedelta(days=c) for c in cuts)
        bounds = [DEMO_DAY - timedelta(days=200), *bounds, DEMO_DAY + timedelta(days=400)]
        with demo.db.read() as uow:
            assert_balanced_and_chained(uow, bounds)
    finally:
        demo.db.close()


def test_the_report_command_adds_the_roll_forward_and_keeps_the_summary(demo, capsys):
    import json

    from desk.cli import main

    argv = ["report", "--db", str(demo.path), "--json", "--as-of", str(DEMO_DAY),
            "--from", "2026-02-01", "--to", "2026-03-31"]
    demo.db.close()
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("memberships", "active", "issued", "frozen", "remaining_visits", "outstanding"):
        assert key in out
    total = out["liability"]["total"]
    # the days the user gave, both inclusive
    assert (out["liability"]["from"], out["liability"]["to"]) == ("2026-02-01", "2026-03-31")
    assert (total["opening"], total["sold"], total["closing"]) == ("0.00", "1540.00", "1300.00")
