"""The per-day liability cache gives exactly the figures computed from the ledger."""

from datetime import timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, update

from desk.reports import liability_days
from desk.reports.liability import liability_series, roll_forward
from desk.services.memberships import pay_visit
from desk.services.reports import refresh_liability
from desk.store import schema as s
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History

STEPS = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "undo", "freeze", "unfreeze", "edit", "import", "due",
                     "cancel", "sell", "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
    st.integers(0, 120), st.integers(0, 12), st.booleans()), max_size=10)
RENEWING = st.sampled_from([None, "Massage 10", "Yoga 8"])


def assert_cache_matches_ledger(db, bounds) -> None:
    with db.read() as uow:
        assert liability_days.is_fresh(uow.connection())
        for start, end in pairwise(bounds):
            cached = roll_forward(uow, start, end)
            computed = roll_forward(uow, start, end, from_ledger=True)
            assert cached == computed, (start, end)
        assert liability_series(uow, bounds) == \
            liability_series(uow, bounds, from_ledger=True)


@settings(max_examples=60, deadline=None)
@given(steps=STEPS, renewing=RENEWING,
       cuts=st.lists(st.integers(-40, 200), min_size=1, max_size=4, unique=True))
def test_the_cache_refreshed_at_any_moments_equals_the_ledger(demo_template, tmp_path_factory,
                                                              steps, renewing, cuts):
    folder = tmp_path_factory.mktemp("liability-days")
    demo = copy_demo(demo_template, folder)
    history = History(demo, folder, renewing)
    try:
        for action, offset, number, refresh_now in steps:
            history.step(action, DEMO_DAY + timedelta(days=offset), number)
            if refresh_now:  # recount what changed since the last refresh only
                refresh_liability(demo.db)
        refresh_liability(demo.db)
        bounds = sorted(DEMO_DAY + timedelta(days=c) for c in cuts)
        assert_cache_matches_ledger(demo.db, [DEMO_DAY - timedelta(days=200), *bounds,
                                              DEMO_DAY + timedelta(days=400)])
    finally:
        demo.db.close()


def test_a_new_entry_makes_the_cache_stale_until_the_next_refresh(demo):
    assert refresh_liability(demo.db) == 3  # the demo's three memberships, counted once
    assert refresh_liability(demo.db) == 0
    pay_visit(demo.db, demo.admin, client_id=demo.client("Alice Smith"),
              service_id=demo.service("Classic massage"), location_id=demo.location("Downtown"),
              day=DEMO_DAY)
    with demo.db.read() as uow:
        assert not liability_days.is_fresh(uow.connection())
    assert refresh_liability(demo.db) == 1  # only Alice's Massage 10 is recounted
    assert_cache_matches_ledger(demo.db, [DEMO_DAY - timedelta(days=60),
                                          DEMO_DAY + timedelta(days=1)])


def test_a_watermark_that_no_longer_matches_the_ledger_rebuilds_the_cache(demo):
    refresh_liability(demo.db)
    with demo.db.write() as uow:  # as if the file's rowids had been renumbered
        conn = uow.connection()
        conn.execute(update(s.Setting).where(s.Setting.key == liability_days.ENTRY_KEY)
                     .values(value="not-an-entry"))
        conn.execute(insert(s.LiabilityDay).values(location_id="x", type_id="y", day=DEMO_DAY,
                                                   kind="sale", cents=12345))
        uow.commit()
    assert refresh_liability(demo.db) == 3
    assert_cache_matches_ledger(demo.db, [DEMO_DAY - timedelta(days=60),
                                          DEMO_DAY + timedelta(days=1)])
