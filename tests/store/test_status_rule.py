"""One membership, one answer: the SQL status and "valid until" of lists and reports equal
the core's (the reference) on every day of random histories."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk.reports.memberships_report import memberships_report
from desk.services.queries import list_memberships
from desk.store import schema as s
from desk.store.queries import expiry_shown, status_on
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History

M = s.Membership
STEPS = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "pay", "undo", "freeze", "freeze", "unfreeze", "edit",
                     "import", "due", "cancel", "sell", "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
    st.integers(-20, 120), st.integers(0, 12)), max_size=12)


def days_that_matter(session) -> set[date]:
    moments = set(session.scalars(select(s.LedgerEntry.on)))
    for column in (M.expires_on, M.activated_on, s.LedgerEntry.date_value):
        moments |= {d for d in session.scalars(select(column)) if d}
    return {m + timedelta(days=k) for m in moments for k in (-1, 0, 1)}


def assert_sql_says_what_the_core_says(uow, day: date) -> None:
    by_sql = {mid: (status, shown) for mid, status, shown in uow.connection().execute(
        select(M.id, status_on(day), expiry_shown(day))).all()}
    for m in uow.memberships.get_many(list(by_sql)):
        assert by_sql[m.id] == (m.status_on(day).value, m.expiry_shown_on(day)), (day, m.code)


@settings(max_examples=50, deadline=None)
@given(steps=STEPS, renewing=st.sampled_from([None, "Massage 10", "Yoga 8"]))
def test_the_sql_status_and_valid_until_are_the_cores_on_every_day(
        demo_template, tmp_path_factory, steps, renewing):
    folder = tmp_path_factory.mktemp("status")
    demo = copy_demo(demo_template, folder)
    history = History(demo, folder, renewing)
    try:
        for action, offset, number in steps:
            history.step(action, DEMO_DAY + timedelta(days=offset), number)
        with demo.db.read() as uow:
            for day in sorted(days_that_matter(uow.connection())):
                assert_sql_says_what_the_core_says(uow, day)
    finally:
        demo.db.close()


def test_an_issued_membership_shows_no_valid_until_on_the_card_and_in_the_report(demo):
    # Carla's Yoga 8: counted from the first visit, activated automatically after 14 days
    [card] = [m for m in list_memberships(demo.db, DEMO_DAY) if m.type == "Yoga 8"]
    with demo.db.read() as uow:
        [row] = [r for r in memberships_report(uow.connection(), DEMO_DAY).rows
                 if r.type == "Yoga 8"]
        cached = uow.connection().scalar(select(M.expires_on).where(M.id == row.id))
    assert (card.status, card.expires) == (row.status, row.valid_until) == ("issued", None)
    assert cached is not None  # the store knows when it will expire once activated
