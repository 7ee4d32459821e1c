"""Two offline desks adding "the same" client, location, type or user: sync goes on, every desk
and the server end with the same rows whatever order they sync in, and a manager sees what
was settled (SPEC §1's unique phones and names, across a chain)."""

import pytest

from desk.core.permissions import Role
from desk.core.phones import display_phone
from desk.services import auth, chain, sync, types
from desk.services import memberships as ms
from desk.store.uow import Database
from desk.sync.clashes import MERGED_PHONE
from desk.sync.rounds import run_round
from tests.demo_chain import DEMO_DAY, Demo

PHONE = "12125550177"
ORDERS = {"a_first": ("a", "b", "a"), "b_first": ("b", "a", "b")}


def sync_in(desks, order: str) -> None:
    desks.sync(*(getattr(desks, name) for name in ORDERS[order]))


def server_view(desks, tmp_path) -> Database:
    """A new desk that knows only what the server holds."""
    view = Database.open(tmp_path / "view.sqlite")
    run_round(view, desks.url)
    return view


def rows(db: Database, sql: str) -> list[tuple]:
    with db.read() as uow:
        return sorted((tuple(r) for r in uow.connection().exec_driver_sql(sql)), key=str)


def add_client_and_sell(db: Database, name: str, code: str) -> str:
    d = Demo(db, None)
    client = chain.add_client(db, d.admin, name, PHONE)
    ms.sell_membership(db, d.admin, type_id=d.type_id("PT 12"), code=code, client_id=client.id,
                       location_id=d.location("Riverside"), day=DEMO_DAY)
    return client.id


def clients_and_owners(db: Database) -> tuple:
    return (rows(db, "SELECT id, name, phone FROM clients"),
            rows(db, "SELECT code, client_id, owner_id FROM memberships"))


@pytest.mark.parametrize("order", ORDERS)
def test_one_client_added_on_two_offline_desks_is_merged_the_same_everywhere(
        desks, tmp_path, order):
    ids = [add_client_and_sell(desks.a, "Fay Green", "FAY-A"),
           add_client_and_sell(desks.b, "Fay Greene", "FAY-B")]
    sync_in(desks, order)
    view = server_view(desks, tmp_path)
    seen = [clients_and_owners(db) for db in (desks.a, desks.b, view)]
    assert seen[0] == seen[1] == seen[2]
    winner, loser = sorted(ids)
    assert rows(view, f"SELECT id FROM clients WHERE phone = '{PHONE}'") == [(winner,)]
    assert rows(view, f"SELECT phone FROM clients WHERE id = '{loser}'") == [
        (MERGED_PHONE + loser,)]
    assert rows(view, "SELECT code, client_id FROM memberships WHERE code LIKE 'FAY-%'") == [
        ("FAY-A", winner), ("FAY-B", winner)]
    view.close()


def test_a_merged_client_shows_as_a_conflict_until_a_manager_reviews_it(desks):
    add_client_and_sell(desks.a, "Fay Green", "FAY-A")
    add_client_and_sell(desks.b, "Fay Greene", "FAY-B")
    desks.sync(desks.a, desks.b, desks.a)
    found = [[(c.kind, display_phone(PHONE) in c.detail) for c in sync.conflicts(db)]
             for db in (desks.a, desks.b)]
    assert found == [[("duplicate_client", True)]] * 2
    sync.review_clash(desks.a, Demo(desks.a, None).admin, sync.conflicts(desks.a)[0].clash)
    desks.sync(desks.a, desks.b)
    assert sync.conflicts(desks.a) == sync.conflicts(desks.b) == []
    assert sync.status(desks.b).conflicts == 0


def test_a_review_is_not_undone_by_a_desk_that_settles_the_same_clash_later(desks, tmp_path):
    add_client_and_sell(desks.a, "Fay Green", "FAY-A")
    add_client_and_sell(desks.b, "Fay Greene", "FAY-B")
    desks.sync(desks.a, desks.b, desks.a)
    sync.review_clash(desks.b, Demo(desks.b, None).admin, sync.conflicts(desks.b)[0].clash)
    desks.sync(desks.b)
    view = server_view(desks, tmp_path)  # settles the clash itself on its way in
    assert sync.conflicts(view) == []
    view.close()


def test_a_gift_first_used_by_the_merged_client_belongs_to_the_one_kept(desks):
    a, b = Demo(desks.a, None), Demo(desks.b, None)
    ms.sell_membership(desks.a, a.admin, type_id=a.type_id("PT 12"), code="GIFT-1",
                       location_id=a.location("Riverside"), day=DEMO_DAY)
    desks.sync()
    winner = chain.add_client(desks.a, a.admin, "Fay Green", PHONE).id
    loser = chain.add_client(desks.b, b.admin, "Fay Greene", PHONE).id
    ms.pay_visit(desks.b, b.at("Riverside"), client_id=loser, membership_ref="GIFT-1",
                 service_id=b.service("Personal training"), location_id=b.location("Riverside"),
                 day=DEMO_DAY)
    desks.sync(desks.b, desks.a, desks.b)
    for db in (desks.a, desks.b):
        assert rows(db, "SELECT client_id, owner_id FROM memberships WHERE code = 'GIFT-1'") == [
            (winner, winner)]


@pytest.mark.parametrize("order", ORDERS)
def test_one_location_name_added_on_two_offline_desks_is_renamed_the_same_everywhere(
        desks, tmp_path, order):
    ids = [chain.add_location(db, Demo(db, None).admin, "Harbour", sales_storage="Harbour store")
           for db in (desks.a, desks.b)]
    sync_in(desks, order)
    view = server_view(desks, tmp_path)
    names = [rows(db, "SELECT id, name FROM locations WHERE name LIKE 'Harbour%'")
             for db in (desks.a, desks.b, view)]
    winner, loser = sorted(ids)
    assert names[0] == names[1] == names[2] == [
        (winner, "Harbour"), (loser, f"Harbour ({loser[-4:].upper()})")]
    assert [c.kind for c in sync.conflicts(view)] == ["duplicate_name"]
    view.close()


def test_a_type_duplicated_on_two_offline_desks_keeps_one_name_per_active_type(desks):
    made = [types.duplicate(db, Demo(db, None).admin, Demo(db, None).type_id("Massage 10"))
            for db in (desks.a, desks.b)]
    assert made[0].name == made[1].name == "Massage 10 (2)"
    desks.sync(desks.a, desks.b, desks.a)
    names = [rows(db, "SELECT name FROM membership_types WHERE archived = 0")
             for db in (desks.a, desks.b)]
    assert names[0] == names[1] and len(set(names[0])) == len(names[0])
    details = [c.detail for c in sync.conflicts(desks.b)]
    assert len(details) == 1 and "membership types named 'Massage 10 (2)'" in details[0]


def test_one_username_added_on_two_offline_desks_leaves_one_user_of_that_name(desks):
    ids = [auth.add_user(db, Demo(db, None).admin, "maria", Role.RECEPTION, "a long password 1")
           for db in (desks.a, desks.b)]
    desks.sync(desks.a, desks.b, desks.a)
    users = [rows(db, "SELECT id, username FROM users WHERE username LIKE 'maria%'")
             for db in (desks.a, desks.b)]
    winner, loser = sorted(ids)
    assert users[0] == users[1] == [(winner, "maria"), (loser, f"maria ({loser[-4:]})")]


def test_a_renamed_location_and_a_new_one_with_its_old_name_arrive_together(desks):
    with desks.a.write() as uow:  # the new row sorts first on the server, before the rename
        sql = uow.connection().exec_driver_sql
        sql("UPDATE locations SET name = 'Old town', name_key = 'old town' "
            "WHERE name = 'Downtown'")
        sql("INSERT INTO locations (id, name, name_key, phone_region, timezone) VALUES "
            "('00000000-0000-7000-8000-000000000001', 'Downtown', 'downtown', 'US', 'UTC')")
        uow.commit()
    desks.sync(desks.a, desks.b)
    assert rows(desks.b, "SELECT name FROM locations") == rows(desks.a, "SELECT name FROM "
                                                                       "locations")
    assert sync.conflicts(desks.b) == []


def test_a_client_added_or_renamed_on_another_desk_is_found_there_by_any_word_and_accent(
        desks):
    from desk.services.clients import update_client
    from desk.services.queries import search_clients
    add_client_and_sell(desks.a, "Zoë Núñez", "ZOE-A")
    desks.sync(desks.a, desks.b)
    assert [c.name for c in search_clients(desks.b, "nunez")] == ["Zoë Núñez"]
    d = Demo(desks.a, None)
    found = search_clients(desks.a, "zoe")[0]
    update_client(desks.a, d.admin, found.id, "Zoë Ibáñez", PHONE, None, "")
    desks.sync(desks.a, desks.b)
    assert [c.name for c in search_clients(desks.b, "ibanez")] == ["Zoë Ibáñez"]
    assert search_clients(desks.b, "nunez") == []
