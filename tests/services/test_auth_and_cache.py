"""Log-in, and the cache of memberships always equal to what the ledger derives."""

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk.core.errors import DeskError
from desk.services.auth import log_in
from desk.store import schema
from desk.store.repos.memberships import cache_values
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History


def test_a_user_logs_in_with_the_right_password(demo):
    assert log_in(demo.db, "Manager", "manager").role == "manager"


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(demo):
    for user, password in (("manager", "nope"), ("nobody", "manager")):
        with pytest.raises(DeskError) as caught:
            log_in(demo.db, user, password)
        assert caught.value.code == "login_failed"


def test_demo_users_must_change_their_password(demo):
    with demo.db.read() as uow:
        assert uow.users.by_name("reception").must_change_password


def assert_cache_matches_ledger(demo):
    with demo.db.read() as uow:
        for row in uow.connection().execute(select(schema.Membership.__table__)):
            derived = cache_values(uow.memberships.get(row.id))
            cached = {k: getattr(row, k) for k in derived}
            assert cached == derived, row.code
            assert uow.memberships.cached_balances(row.id) == \
                uow.memberships.get(row.id).balances


ACTIONS = st.lists(st.tuples(st.sampled_from(["pay", "undo", "freeze", "unfreeze", "edit",
                                              "sell", "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
                             st.integers(0, 40)), max_size=12)


@settings(max_examples=25, deadline=None)
@given(actions=ACTIONS)
def test_the_cache_always_equals_what_the_ledger_derives(demo_template, tmp_path_factory,
                                                          actions):
    demo = copy_demo(demo_template, tmp_path_factory.mktemp("cache"))
    history = History(demo)
    for action, offset in actions:
        history.step(action, DEMO_DAY + timedelta(days=offset), offset)
        assert_cache_matches_ledger(demo)
    demo.db.close()
