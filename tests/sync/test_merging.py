"""What a round moves and how desks' work merges: LWW rows, union ledger, conflicts."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from desk.core.visit_limits import VisitLimits
from desk.reports.liability import roll_forward
from desk.services import clients as client_services
from desk.services import memberships as ms
from desk.services import queries, sync, types
from desk.store.uow import Database
from desk.sync.rounds import run_round
from tests.demo_chain import DEMO_DAY, Demo


def listing(db):
    return sorted(((r.number or "", r.remaining, r.status, r.expires) for r in
                   queries.list_memberships(db, DEMO_DAY)), key=str)


def last_visit_membership(desks, code="EMMA-1"):
    """Emma's Massage 10 edited down to one visit, known to both desks."""
    a = desks.demo
    ms.sell_membership(a.db, a.admin, type_id=a.type_id("Massage 10"), code=code,
                       location_id=a.location("Downtown"), client_id=a.client("Emma Brown"),
                       day=DEMO_DAY)
    ms.edit_membership(a.db, a.admin, code, balances={"*": 1}, reason="promo", day=DEMO_DAY)
    desks.sync()


def pay_classic(db: Database, code: str):
    d = Demo(db, db.path)
    return ms.pay_visit(db, d.at("Downtown"), client_id=d.client("Emma Brown"),
                        service_id=d.service("Classic massage"),
                        location_id=d.location("Downtown"), day=DEMO_DAY, membership_ref=code)


def test_a_new_desk_pulls_the_whole_chain(desks):
    assert listing(desks.b) == listing(desks.a) and len(listing(desks.b)) == 3


def test_a_sale_on_one_desk_is_paid_on_the_other_after_a_sync(desks):
    last_visit_membership(desks)
    pay_classic(desks.b, "EMMA-1")
    desks.sync(desks.b, desks.a)
    assert dict((n, r) for n, r, *_ in listing(desks.a))["EMMA-1"] == 0


def test_offline_double_redemption_of_the_last_visit_is_kept_as_an_overdraft(desks):
    last_visit_membership(desks)
    pay_classic(desks.a, "EMMA-1")
    pay_classic(desks.b, "EMMA-1")
    desks.sync(desks.a, desks.b, desks.a)
    for db in (desks.a, desks.b):
        assert dict((n, r) for n, r, *_ in listing(db))["EMMA-1"] == -1
        assert [c.kind for c in sync.conflicts(db)] == ["overdraft"]


@pytest.mark.parametrize(("how", "left"), [("charge", 0), ("extend", 9), ("write_off", 0)])
def test_a_managers_resolution_clears_the_overdraft_on_every_desk(desks, how, left):
    last_visit_membership(desks)
    pay_classic(desks.a, "EMMA-1")
    pay_classic(desks.b, "EMMA-1")
    desks.sync(desks.a, desks.b, desks.a)
    overdraft = sync.conflicts(desks.b)[0]
    info = sync.resolve_overdraft(desks.b, Demo(desks.b, None).admin,
                                  overdraft.membership_ids[0], how, DEMO_DAY)
    desks.sync(desks.b, desks.a)
    assert info.remaining == left and sync.conflicts(desks.a) == sync.conflicts(desks.b) == []
    assert listing(desks.a) == listing(desks.b)


def owed_on_massage_10_downtown(db) -> Decimal:
    with db.read() as uow:
        rows = roll_forward(uow, DEMO_DAY, DEMO_DAY + timedelta(days=1),
                            from_ledger=True).rows
    return next(r.closing for r in rows if (r.location, r.type) == ("Downtown", "Massage 10"))


@pytest.mark.parametrize(("how", "left"), [("charge", 0), ("extend", 9), ("write_off", 0)])
def test_after_a_resolution_the_liability_owes_what_the_balance_is_worth(desks, how, left):
    last_visit_membership(desks)
    pay_classic(desks.a, "EMMA-1"), pay_classic(desks.b, "EMMA-1")
    desks.sync(desks.a, desks.b)
    alice = Decimal("560.00")  # DS-0001, 7 visits left, in the same row
    # overdrawn by one visit, it owes nothing: never less than nothing (SPEC §4)
    assert owed_on_massage_10_downtown(desks.b) == alice
    overdraft = sync.conflicts(desks.b)[0]
    sync.resolve_overdraft(desks.b, Demo(desks.b, None).admin, overdraft.membership_ids[0], how,
                           DEMO_DAY)
    # an extension's new package of 10 less the overdrawn visit: 9 visits at 80.00
    assert owed_on_massage_10_downtown(desks.b) == alice + left * Decimal("80.00")


def test_an_overdraft_shows_how_many_desks_redeemed_it(desks, tmp_path):
    c = Database.open(tmp_path / "c.sqlite")
    run_round(c, desks.url)
    last_visit_membership(desks)
    desks.sync(c)
    for db in (desks.a, desks.b, c):
        pay_classic(db, "EMMA-1")
    desks.sync(desks.a, desks.b, c, desks.a, desks.b)
    for db in (desks.a, desks.b, c):
        [overdraft] = sync.conflicts(db)
        assert "balance -2, 2 visits more than it held, redeemed on 3 desks" in overdraft.detail
    c.close()


def test_the_same_typed_code_sold_on_two_offline_desks_is_flagged_not_lost(desks):
    for db in (desks.a, desks.b):
        d = Demo(db, None)
        ms.sell_membership(db, d.admin, type_id=d.type_id("PT 12"), code="GIFT-7",
                           location_id=d.location("Riverside"), day=DEMO_DAY)
    desks.sync(desks.a, desks.b, desks.a)
    for db in (desks.a, desks.b):
        assert [n for n, *_ in listing(db)].count("GIFT-7") == 2
        assert [(c.kind, c.code) for c in sync.conflicts(db)] == [("duplicate_code", "GIFT-7")]


def test_generated_codes_carry_each_desks_own_prefix(desks):
    codes = []
    for db in (desks.a, desks.b):
        d = Demo(db, None)
        codes.append(ms.sell_membership(db, d.admin, type_id=d.type_id("PT 12"), generate=True,
                                        location_id=d.location("Riverside"), day=DEMO_DAY).number)
    assert codes[0][:3] == desks.a.code_prefix() != desks.b.code_prefix() == codes[1][:3]


def test_the_later_edit_of_a_client_wins_on_every_desk(desks):
    alice = desks.demo.client("Alice Smith")
    for db, name in ((desks.a, "Alice A"), (desks.b, "Alice B")):
        client_services.update_client(db, Demo(db, None).admin, alice, name=name,
                                      phone="12125550101", email=None, notes="")
    desks.sync(desks.a, desks.b, desks.a)
    names = {client_services.get_client(db, alice).name for db in (desks.a, desks.b)}
    assert names == {"Alice B"}


def test_a_frozen_membership_shows_frozen_on_the_other_desk(desks):
    a = desks.demo
    ms.freeze_membership(a.db, a.admin, "DS-0001", until=DEMO_DAY + timedelta(days=5),
                         day=DEMO_DAY)
    desks.sync()
    assert [s for n, _, s, _ in listing(desks.b) if n == "DS-0001"] == ["frozen"]


def test_a_round_with_nothing_new_moves_nothing(desks):
    result = run_round(desks.b, desks.url)
    assert (result.pushed_entries, result.pulled_entries, result.pending) == (0, 0, 0)


def test_a_locked_setting_of_a_sold_type_keeps_its_value_on_the_server(desks):
    with desks.b.write() as uow:  # a desk that had not seen the sale changes the price
        uow.connection().exec_driver_sql(
            "UPDATE membership_types SET price = 99900, validity_amount = 9 "
            "WHERE name = 'Massage 10'")
        uow.commit()
    desks.sync(desks.b, desks.a, desks.b)
    for db in (desks.a, desks.b):
        t = Demo(db, None).type_id("Massage 10")
        with db.read() as uow:
            kept = uow.types.get(t)
        assert (str(kept.price), kept.validity.amount) == ("800.00", 3)


def test_an_unlocked_setting_of_a_sold_type_still_moves(desks):
    with desks.b.write() as uow:
        uow.connection().exec_driver_sql(
            "UPDATE membership_types SET online_sale = 1 WHERE name = 'Massage 10'")
        uow.commit()
    desks.sync(desks.b, desks.a)
    with desks.a.read() as uow:
        assert uow.types.get(Demo(desks.a, None).type_id("Massage 10")).online_sale is True


def set_caps_on_desk_b(desks, sql: str, name: str = "Massage 10") -> None:
    """A desk that had not seen the sale changes the caps of a sold type."""
    with desks.b.write() as uow:
        uow.connection().exec_driver_sql(
            f"UPDATE membership_types SET {sql} WHERE name = '{name}'")
        uow.commit()
    desks.sync(desks.b, desks.a, desks.b)


def caps_of(db, name: str = "Massage 10"):
    with db.read() as uow:
        return uow.types.get(Demo(db, None).type_id(name)).visit_limits


def test_a_visit_limit_added_to_a_sold_type_is_kept_off_by_the_server(desks):
    set_caps_on_desk_b(desks, "visits_per_day = 1, online_sale = 1")
    for db in (desks.a, desks.b):
        assert caps_of(db).per_day is None
    with desks.a.read() as uow:
        assert uow.types.get(Demo(desks.a, None).type_id("Massage 10")).online_sale is True


def test_a_sold_types_visit_limit_may_be_raised_but_not_lowered_on_the_server(desks):
    a = desks.demo
    with a.db.read() as uow:
        nails = uow.types.by_name("Nails split")
    types.update_type(a.db, a.admin, replace(nails, visit_limits=VisitLimits(per_week=3)))
    ms.sell_membership(a.db, a.admin, type_id=nails.id, code="NAILS-1",
                       location_id=a.location("Downtown"), client_id=a.client("Emma Brown"),
                       day=DEMO_DAY)
    desks.sync()
    set_caps_on_desk_b(desks, "visits_per_week = 2", "Nails split")
    assert caps_of(desks.a, "Nails split").per_week == 3
    set_caps_on_desk_b(desks, "visits_per_week = NULL", "Nails split")
    assert caps_of(desks.a, "Nails split").per_week is None
