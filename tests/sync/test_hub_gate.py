"""The hub is the gate (SPEC §10, who may write what): a desk's own login, used by hand, can't
make a user an admin, add visits under a made-up device, change or delete anything, or make
objects on the server. Each forgery is tried against the real PostgreSQL, as the desk B of
``logins`` (a desk like any other) or A (an admin desk)."""

import json
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError
from sqlalchemy.pool import NullPool

from desk.services.audit import verify_audit
from desk.services.auth import cli_actor
from desk.store.audit import CHAINED, GENESIS, LEDGER, digest
from desk.sync.tables import LEDGER_COLUMNS

REFUSED = "permission denied|row-level security"


def refused(url: str, sql: str, params: dict | None = None, match: str = REFUSED) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with pytest.raises(ProgrammingError, match=match), engine.begin() as conn:
            conn.execute(text(sql), params or {})
    finally:
        engine.dispose()


def on_server(pg_admin, schema: str, sql: str, params: dict | None = None) -> list:
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"SET LOCAL search_path = {schema}")
        return conn.execute(text(sql), params or {}).all()


def latest_user(pg_admin, schema: str, username: str) -> dict:
    [(row,)] = on_server(pg_admin, schema, (
        "SELECT to_jsonb(r) FROM sync_rows r WHERE table_name = 'users' "
        "AND payload ->> 'username' = :u ORDER BY hlc DESC, device_id DESC LIMIT 1"),
        {"u": username})
    return row


def add_version(url: str, row: dict) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO sync_rows (table_name, row_id, payload, deleted, hlc, device_id) "
                "VALUES (:table_name, :row_id, CAST(:payload AS jsonb), :deleted, :hlc, "
                ":device_id)"), row | {"payload": json.dumps(row["payload"])})
    finally:
        engine.dispose()


def forged_payment(db, device_id: str) -> dict:
    """A visit paid on DS-0001, chained as the first entry of ``device_id``'s audit chain, so
    that `desk audit verify` would find nothing wrong with it."""
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    with db.read() as uow:
        row = uow.connection().exec_driver_sql(
            f"SELECT {names} FROM ledger_entries WHERE kind = 'sale' LIMIT 1").one()
    entry = dict(zip(LEDGER_COLUMNS, row, strict=True)) | {
        "id": str(uuid.uuid4()), "kind": "payment", "deltas": '{"*": -1}', "visits": 1,
        "device_id": device_id, "chain_seq": 1, "prev_hash": GENESIS}
    return entry | {"entry_hash": digest(entry[c] for c in CHAINED[LEDGER])}


def insert_entry_sql() -> str:
    names = ", ".join(f'"{c}"' for c in LEDGER_COLUMNS)
    return (f"INSERT INTO ledger_entries ({names}) "
            f"VALUES ({', '.join(':' + c for c in LEDGER_COLUMNS)})")


def test_a_desk_login_cannot_make_a_user_an_admin_on_the_hub(logins, chain_server, pg_admin):
    refused(logins.b_url, "UPDATE sync_rows SET payload = jsonb_set(payload, '{role}', "
                          "'\"admin\"') WHERE table_name = 'users'")
    # nor by adding a newer version of the user, stamped with its own device
    user = latest_user(pg_admin, chain_server.schema, "reception")
    promoted = user | {"payload": user["payload"] | {"role": "admin"},
                       "hlc": user["hlc"] + 10**9, "device_id": logins.b.device_id}
    refused(logins.b_url, "INSERT INTO sync_rows (table_name, row_id, payload, deleted, hlc, "
                          "device_id) VALUES (:table_name, :row_id, CAST(:payload AS jsonb), "
                          ":deleted, :hlc, :device_id)",
            promoted | {"payload": json.dumps(promoted["payload"])})
    logins.sync()
    assert latest_user(pg_admin, chain_server.schema, "reception")["payload"]["role"] == (
        "reception")


def test_an_admin_desk_may_change_a_user_on_the_hub(logins, chain_server, pg_admin):
    user = latest_user(pg_admin, chain_server.schema, "reception")
    add_version(logins.a_url, user | {"payload": user["payload"] | {"role": "manager"},
                                      "hlc": user["hlc"] + 1, "device_id": logins.a.device_id})
    assert latest_user(pg_admin, chain_server.schema, "reception")["payload"]["role"] == (
        "manager")


def test_a_desk_login_cannot_add_visits_under_a_made_up_device(logins, chain_server, pg_admin):
    before = on_server(pg_admin, chain_server.schema, "SELECT count(*) FROM ledger_entries")
    refused(logins.b_url, insert_entry_sql(), forged_payment(logins.a, str(uuid.uuid4())))
    # nor under another desk's device, nor an admin desk under one not its own
    refused(logins.b_url, insert_entry_sql(), forged_payment(logins.a, logins.a.device_id))
    refused(logins.a_url, insert_entry_sql(), forged_payment(logins.a, logins.b.device_id))
    assert on_server(pg_admin, chain_server.schema, "SELECT count(*) FROM ledger_entries") == (
        before)
    logins.sync()
    check = verify_audit(logins.b, cli_actor(logins.b))
    assert check.whole and check.devices == 1


def test_a_desk_login_adds_entries_under_its_own_device(logins, chain_server, pg_admin):
    entry = forged_payment(logins.a, logins.b.device_id)
    engine = create_engine(logins.b_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text(insert_entry_sql()), entry)
    engine.dispose()
    assert on_server(pg_admin, chain_server.schema, "SELECT device_id FROM ledger_entries "
                     "WHERE id = :i", {"i": entry["id"]}) == [(logins.b.device_id,)]


@pytest.mark.parametrize("statement", [
    "UPDATE ledger_entries SET visits = 5", "DELETE FROM ledger_entries",
    "UPDATE sync_rows SET deleted = true", "DELETE FROM sync_rows", "TRUNCATE sync_rows",
    "UPDATE desks SET admin = true", "DELETE FROM desks",
    "UPDATE desk_bindings SET device_id = gen_random_uuid()::text",
    "DELETE FROM desk_bindings", "UPDATE sync_meta SET value = 'x'"])
def test_nothing_is_updated_or_deleted_by_a_desk_login(logins, statement):
    refused(logins.a_url, statement)  # not even by an admin desk
    refused(logins.b_url, statement)


def test_a_desk_login_cannot_register_a_desk_nor_bind_another_to_a_device(logins,
                                                                           chain_server):
    refused(logins.b_url, "INSERT INTO desks (role_name, name, admin) "
                          "VALUES (current_user || '_2', 'back_2', true)")
    unbound = make_url(chain_server.add_desk("side")).username  # added, not synced yet
    refused(logins.b_url, "INSERT INTO desk_bindings (role_name, device_id) "
                          "VALUES (:r, :d)", {"r": unbound, "d": str(uuid.uuid4())})


@pytest.mark.parametrize("statement", [
    "CREATE TABLE mine (x int)", "CREATE TEMPORARY TABLE mine (x int)",
    "CREATE TABLE public.mine (x int)", "CREATE SCHEMA mine",
    "CREATE FUNCTION mine() RETURNS int LANGUAGE sql AS 'SELECT 1'"])
def test_a_desk_login_cannot_make_objects_on_the_server(logins, statement):
    refused(logins.b_url, statement, match="permission denied")


def test_a_desk_login_reads_only_its_own_registration(logins, chain_server, pg_admin):
    engine = create_engine(logins.b_url, poolclass=NullPool)
    with engine.connect() as conn:
        seen = conn.execute(text("SELECT name FROM desks")).scalars().all()
        bindings = conn.execute(text("SELECT count(*) FROM desk_bindings")).scalar()
    engine.dispose()
    assert seen == ["back"] and bindings == 1


def test_another_database_a_desk_login_may_not_reach_is_out_of_its_reach(
        chain_server, pg_admin):
    name = f"closed_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
        conn.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
    try:
        from desk.sync.hub import add_desk

        added = add_desk(chain_server.url, "back")
        assert name not in added["other_databases"] and not added["temporary_tables"]
        elsewhere = create_engine(added["url"].replace("/test?", f"/{name}?"),
                                  poolclass=NullPool)
        with pytest.raises(DBAPIError, match="permission denied"), elsewhere.connect():
            pass
        elsewhere.dispose()
    finally:
        with pg_admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"DROP DATABASE {name}")
