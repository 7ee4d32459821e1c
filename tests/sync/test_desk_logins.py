"""One login per desk (SPEC §10): the owner adds it (`desk server add-desk`), the desk binds it
to its device at its first sync, the owner revokes it (`desk server revoke-desk`); desks
with logins of their own share their work as before, and what the server would refuse is
kept back and shown instead of failing every push."""

import json
import uuid

import pytest
from sqlalchemy.engine import make_url

from desk.cli import main
from desk.core.errors import DeskError
from desk.services import chain, sync
from desk.services import memberships as ms
from desk.store.uow import Database
from desk.sync.hub import add_desk, revoke_desk
from desk.sync.rounds import run_round
from desk.sync.server import init_server
from tests.demo_chain import DEMO_DAY, Demo
from tests.sync.conftest import drop_roles, schema_url
from tests.sync.test_merging import listing


def refusal(db, url: str) -> str:
    with pytest.raises(DeskError) as refused:
        run_round(db, url)
    return refused.value.code


def test_desks_with_logins_of_their_own_share_their_work(logins):
    b = Demo(logins.b, None)
    ms.sell_membership(logins.b, b.admin, type_id=b.type_id("PT 12"), code="B-1",
                       location_id=b.location("Riverside"), client_id=b.client("Bob Jones"),
                       day=DEMO_DAY)
    logins.sync(logins.b, logins.a)
    a = Demo(logins.a, None)
    ms.pay_visit(logins.a, a.at("Downtown"), client_id=a.client("Bob Jones"),
                 service_id=a.service("Personal training"), location_id=a.location("Downtown"),
                 day=DEMO_DAY, membership_ref="B-1")
    logins.sync(logins.a, logins.b)
    assert listing(logins.a) == listing(logins.b) and sync.conflicts(logins.b) == []


def test_an_admin_desks_change_to_the_chain_reaches_every_desk(logins):
    with logins.a.write() as uow:
        uow.connection().exec_driver_sql("UPDATE chains SET name = 'Renamed'")
        uow.commit()
    chain.add_location(logins.a, Demo(logins.a, None).admin, "Harbour")
    logins.sync(logins.a, logins.b)
    with logins.b.read() as uow:
        assert uow.reference.chain().name == "Renamed"
    assert Demo(logins.b, None).location("Harbour")


def test_a_user_changed_on_a_desk_that_is_not_an_admin_desk_is_kept_back_and_shown(logins):
    with logins.b.write() as uow:
        uow.connection().exec_driver_sql(
            "UPDATE users SET role = 'admin' WHERE username = 'reception'")
        uow.commit()
    logins.sync(logins.b, logins.a)  # the push goes on: the server would refuse only this
    [kept] = [c for c in sync.conflicts(logins.b) if c.kind == "set_aside"]
    assert "users" in kept.detail and "admin desk" in kept.detail
    assert sync.status(logins.b).pending == 0
    with logins.a.read() as uow:
        assert uow.connection().exec_driver_sql(
            "SELECT role FROM users WHERE username = 'reception'").scalar() == "reception"


def test_a_revoked_desk_cannot_sync(logins, chain_server, capsys):
    assert main(["server", "revoke-desk", chain_server.url, "back"]) == 0
    assert "revoked the desk back" in capsys.readouterr().out
    assert refusal(logins.b, logins.b_url) == "sync_desk_revoked"
    logins.sync(logins.a)  # the others go on


def test_a_revoked_desks_session_still_open_reads_and_adds_nothing(logins, chain_server,
                                                                   pg_admin):
    from tests.sync.test_hub_gate import forged_payment, insert_entry_sql, refused

    with pg_admin.begin() as conn:  # as if its session had outlived the revocation
        conn.exec_driver_sql(f"UPDATE {chain_server.schema}.desks SET revoked_at = now() "
                             "WHERE name = 'back'")
    refused(logins.b_url, insert_entry_sql(), forged_payment(logins.a, logins.b.device_id))
    assert refusal(logins.b, logins.b_url) == "sync_desk_revoked"


def test_a_login_bound_to_one_desk_is_refused_on_another(logins, tmp_path):
    other = Database.open(tmp_path / "other.sqlite")
    assert refusal(other, logins.b_url) == "sync_desk_bound_elsewhere"
    other.close()


def test_a_desk_that_wrote_before_it_had_a_login_is_bound_only_by_the_owner(desks,
                                                                            chain_server):
    own = chain_server.add_desk("front")  # desk A pushed the demo with the owner's login
    with pytest.raises(DeskError) as refused:
        run_round(desks.a, own)
    assert refused.value.code == "sync_device_not_bound"
    assert f"--device {desks.a.device_id}" in str(refused.value)
    run_round(desks.a, chain_server.add_desk("front_2", device=desks.a.device_id))


def test_the_owner_cannot_bind_one_device_to_two_desks(logins, chain_server):
    with pytest.raises(DeskError) as refused:
        add_desk(chain_server.url, "twin", device=logins.b.device_id)
    assert refused.value.code == "sync_device_taken"


def test_a_second_chains_server_init_leaves_the_first_chains_logins_working(
        logins, pg_admin):
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        second = init_server(schema_url(schema))
        added = add_desk(schema_url(schema), "back")  # the same desk name, another chain
        assert added["role"] != make_url(logins.b_url).username
        init_server(schema_url(schema))
        logins.sync()
    finally:
        with pg_admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        drop_roles(pg_admin, second["role"])


def test_add_desk_prints_the_connection_string_once_and_what_the_login_can_still_reach(
        chain_server, capsys):
    assert main(["server", "add-desk", chain_server.url, "front", "--admin", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    url = make_url(added["url"])
    assert url.username == added["role"] == f"{chain_server.role}_front" and url.password
    assert added["admin"] and "postgres" in added["other_databases"]
    assert main(["server", "add-desk", chain_server.url, "back"]) == 0
    printed = capsys.readouterr().out
    assert "shown only now" in printed and "warning: the role may also connect" in printed


@pytest.mark.parametrize(("argv", "code"), [
    (["add-desk", "{url}"], "sync_desk_name_missing"),
    (["add-desk", "{url}", "Front Desk"], "sync_desk_name_invalid"),
    (["revoke-desk", "{url}", "nobody"], "sync_desk_unknown"),
    (["add-desk", "{url}", "front", "--device", "not-a-device"], "sync_device_invalid")])
def test_server_commands_refuse_what_they_cannot_do_by_name(chain_server, capsys, argv, code):
    argv = [a.format(url=chain_server.url) for a in argv]
    assert main(["server", *argv, "--json"]) == 1
    assert code in capsys.readouterr().out


def test_a_desk_name_is_added_once(chain_server):
    add_desk(chain_server.url, "front")
    with pytest.raises(DeskError) as refused:
        add_desk(chain_server.url, "front")
    assert refused.value.code == "sync_desk_exists"
    revoke_desk(chain_server.url, "front")
    with pytest.raises(DeskError):  # revoked, the name stays taken
        add_desk(chain_server.url, "front")


def test_the_same_push_through_a_desk_login_replayed_adds_nothing_twice(chain_server, demo,
                                                                        pg_admin):
    from desk.sync import central
    from desk.sync.access import identify
    from desk.sync.push import collect, send

    engine = central.server_engine(chain_server.add_desk("front", admin=True))
    with engine.begin() as conn:
        access = identify(conn, demo.db.device_id)
    with demo.db.read() as uow:
        batch = collect(uow.connection(), limit=10_000, access=access)
    for _ in range(3):
        with engine.begin() as conn:
            send(conn, batch)
    engine.dispose()
    with pg_admin.connect() as conn:
        counts = conn.exec_driver_sql(
            f"SELECT (SELECT count(*) FROM {chain_server.schema}.ledger_entries), "
            f"(SELECT count(*) FROM {chain_server.schema}.sync_rows)").one()
    assert tuple(counts) == (len(batch.entries), len(batch.rows))


def test_a_desk_restored_from_a_backup_is_a_new_device_the_owner_gives_a_login(
        logins, chain_server, tmp_path):
    from desk.services.backups import backup_now, restore_backup

    b = Demo(logins.b, None)
    backup = backup_now(logins.b, b.admin, tmp_path / "b-backup.sqlite")
    ms.sell_membership(logins.b, b.admin, type_id=b.type_id("PT 12"), code="B-LATE",
                       location_id=b.location("Riverside"), client_id=b.client("Bob Jones"),
                       day=DEMO_DAY)
    logins.sync(logins.b)
    path, old_device = logins.b.path, logins.b.device_id
    logins.b.close()
    restore_backup(path, backup)
    logins.b = restored = Database.open(path)
    assert restored.device_id != old_device
    with pytest.raises(DeskError) as refused:
        run_round(restored, logins.b_url)
    assert refused.value.code == "sync_desk_bound_elsewhere"
    assert f"--device {restored.device_id}" in refused.value.hint
    run_round(restored, chain_server.add_desk("back_2", device=restored.device_id))
    # what it wrote after the backup comes back from the server
    assert "B-LATE" in [number for number, *_ in listing(restored)]
