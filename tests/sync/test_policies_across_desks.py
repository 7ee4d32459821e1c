"""Sharing, transfer, freeze policy and location closures across the desks of a synced chain
(SPEC §3.5, §3.11, §10): each new kind of entry and each new type setting reaches the other
desk, which derives the same owner, family, freezes and charges, and checks the audit chains."""

from dataclasses import replace
from datetime import timedelta

from desk.services import closures, sharing, types
from desk.services import memberships as ms
from desk.services.audit import verify_audit
from desk.services.auth import cli_actor
from desk.services.renewals import payments_due
from tests.demo_chain import DEMO_DAY, Demo
from tests.services.test_auth_and_cache import assert_cache_matches_ledger
from tests.sync.test_merging import set_caps_on_desk_b

DAY = timedelta(days=1)


def family_yoga_for_alice(demo) -> None:
    ms.sell_membership(demo.db, demo.admin, type_id=demo.type_id("Family yoga"),
                       location_id=demo.location("Riverside"), client_id=demo.client("Alice Smith"),
                       code="FY-1", day=DEMO_DAY)


def test_two_desks_agree_on_a_shared_transferred_and_closed_chain(desks):
    a = desks.demo
    family_yoga_for_alice(a)
    sharing.share_membership(a.db, a.reception, "FY-1", client_id=a.client("Bob Jones"),
                             day=DEMO_DAY)
    ms.freeze_membership(a.db, a.admin, "FY-1", day=DEMO_DAY, until=DEMO_DAY + 7 * DAY,
                         reason="Travel")
    desks.sync()
    b = Demo(desks.b, desks.b.path)
    sharing.transfer_membership(b.db, b.reception, "FY-1", to_client_id=b.client("Emma Brown"),
                                day=DEMO_DAY)
    plan = closures.close_location(b.db, b.admin, b.location("Downtown"), first_day=DEMO_DAY,
                                   last_day=DEMO_DAY + 9 * DAY, commit=True, today=DEMO_DAY)
    desks.sync(desks.b, desks.a)
    for db in (desks.a, desks.b):
        d = Demo(db, db.path)
        fy = d.membership("FY-1")
        assert (fy.owner_id, fy.state.shared_with) == (d.client("Emma Brown"), frozenset()), db
        assert [(f.start, f.until) for f in fy.own_freezes] == [(DEMO_DAY, DEMO_DAY + 7 * DAY)]
        assert d.membership("DS-0001").freeze_on(DEMO_DAY).closure_id == plan.closure_id, db
        [fee] = payments_due(db, cli_actor(db))
        assert (fee.kind, str(fee.amount), fee.code) == ("freeze_fee", "10.00", "FY-1"), db
        assert [c.id for c in closures.closures(db)] == [plan.closure_id], db
        assert verify_audit(db, cli_actor(db)).whole, db
        assert_cache_matches_ledger(d)


def test_a_closure_cancelled_on_the_other_desk_credits_the_days_closed_everywhere(desks):
    a = desks.demo
    plan = closures.close_location(a.db, a.admin, a.location("Downtown"), first_day=DEMO_DAY,
                                   last_day=DEMO_DAY + 9 * DAY, commit=True, today=DEMO_DAY)
    desks.sync()
    closures.cancel_closure(desks.b, cli_actor(desks.b, "manager"), plan.closure_id,
                            day=DEMO_DAY + 3 * DAY)
    desks.sync(desks.b, desks.a)
    for db in (desks.a, desks.b):
        ds1 = Demo(db, db.path).membership("DS-0001")
        assert ds1.frozen_days == 3, db


def test_a_types_policy_settings_travel_to_every_desk(desks):
    a = desks.demo
    with a.db.read() as uow:
        massage = uow.types.by_name("Massage 10")
    types.update_type(a.db, a.admin, replace(massage, share_limit=3))
    desks.sync()
    with desks.b.read() as uow:
        family, massage = uow.types.by_name("Family yoga"), uow.types.by_name("Massage 10")
    assert (family.share_limit, family.transferable.value, str(family.freeze_policy)) == (
        2, "reception", "7–21 days a freeze, at most 2 freezes, fee 10.00, reason required")
    assert massage.share_limit == 3


def test_a_sold_types_share_limit_lowered_on_another_desk_is_kept_by_the_server(desks):
    family_yoga_for_alice(desks.demo)
    desks.sync()
    set_caps_on_desk_b(desks, "share_limit = 1", "Family yoga")
    for db in (desks.a, desks.b):
        with db.read() as uow:
            assert uow.types.by_name("Family yoga").share_limit == 2, db
    set_caps_on_desk_b(desks, "share_limit = 4", "Family yoga")
    with desks.a.read() as uow:
        assert uow.types.by_name("Family yoga").share_limit == 4
