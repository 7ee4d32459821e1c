"""One bad server row never blocks a pull (SPEC §10): a row or ledger entry a desk can't apply
is set aside, listed in Sync conflicts for a manager, and the pull goes on past it. The bad
rows are written by the server's owner (the tests' PostgreSQL superuser), whom row-level
security doesn't stop."""

import json
import uuid

import pytest

from desk.cli import main
from desk.core.errors import PermissionDenied
from desk.core.ids import new_id
from desk.services import sync
from desk.sync import central
from desk.sync.push import Batch, send
from desk.sync.rounds import run_round
from tests.demo_chain import Demo
from tests.sync.test_exactly_once import an_entry, ledger_ids

FAR_AHEAD = 10**17  # a clock no desk's row has reached


def forge_row(desks, table: str, row_id: str, payload, *, deleted: bool = False) -> None:
    """A row version written straight into the server by its owner."""
    engine = central.server_engine(desks.url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_rows (table_name, row_id, payload, deleted, hlc, device_id) "
            "VALUES (%s, %s, %s::jsonb, %s, %s, %s)",
            (table, row_id, None if payload is None else json.dumps(payload), deleted,
             FAR_AHEAD, str(uuid.uuid4())))
    engine.dispose()


def forge_entries(desks, *entries: dict) -> None:
    engine = central.server_engine(desks.url)
    with engine.begin() as conn:
        send(conn, Batch([], list(entries)))
    engine.dispose()


def set_aside(db) -> list:
    return [c for c in sync.conflicts(db) if c.kind == "set_aside"]


def client_row(db, name: str) -> dict:
    with db.read() as uow:
        result = uow.connection().exec_driver_sql(
            "SELECT * FROM clients WHERE name = ?", (name,))
        return dict(zip(result.keys(), result.one(), strict=True))


def test_an_entry_for_a_membership_that_does_not_exist_is_set_aside_and_the_pull_goes_on(
        desks):
    orphan = an_entry(desks, new_id()) | {"membership_id": new_id()}
    good = an_entry(desks, new_id())
    forge_entries(desks, orphan, good)
    result = run_round(desks.b, desks.url)
    assert good["id"] in ledger_ids(desks.b) and orphan["id"] not in ledger_ids(desks.b)
    [aside] = set_aside(desks.b)
    assert orphan["id"] in aside.detail and "membership" in aside.detail
    assert aside in result.conflicts
    run_round(desks.b, desks.url)  # the cursor moved past it: not set aside twice
    assert set_aside(desks.b) == [aside]


def test_a_row_whose_payload_is_a_json_array_is_set_aside(desks, chain_server, pg_admin,
                                                          capsys):
    with pg_admin.begin() as conn:  # as a server could hold from before it checked
        conn.exec_driver_sql(f"ALTER TABLE {chain_server.schema}.sync_rows "
                             "DROP CONSTRAINT sync_rows_payload_is_an_object")
    forge_row(desks, "clients", new_id(), [1, 2, 3])
    code = main(["sync", "--db", str(desks.b.path), "--server", desks.url, "--json"])
    assert code == 0, capsys.readouterr()
    [aside] = json.loads(capsys.readouterr().out)["conflicts"]
    assert aside["kind"] == "set_aside" and "not an object" in aside["detail"]


def test_the_server_refuses_a_payload_that_is_not_an_object(desks):
    with pytest.raises(Exception, match="sync_rows_payload_is_an_object"):
        forge_row(desks, "clients", new_id(), [1, 2, 3])


def test_a_row_that_breaks_a_constraint_here_is_set_aside_and_the_others_apply(desks):
    alice = client_row(desks.a, "Alice Smith")
    forge_row(desks, "clients", alice["id"], alice | {"name": None})  # NOT NULL
    forge_row(desks, "clients", (bob := client_row(desks.a, "Bob Jones"))["id"],
              bob | {"notes": "seen"})
    run_round(desks.b, desks.url)
    assert client_row(desks.b, "Alice Smith") == alice  # as it was
    assert client_row(desks.b, "Bob Jones")["notes"] == "seen"
    [aside] = set_aside(desks.b)
    assert alice["id"] in aside.detail and "NOT NULL" in aside.detail


def test_a_membership_naming_a_type_that_does_not_exist_is_set_aside_with_its_entries(desks):
    sold = Demo(desks.a, None).membership("DS-0001")
    with desks.a.read() as uow:
        result = uow.connection().exec_driver_sql(
            "SELECT * FROM memberships WHERE id = ?", (sold.id,))
        row = dict(zip(result.keys(), result.one(), strict=True))
    ghost = new_id()
    forge_row(desks, "memberships", ghost, row | {"id": ghost, "type_id": new_id(),
                                                  "code": "GHOST-1", "code_key": "GHOST-1"})
    forge_entries(desks, an_entry(desks, new_id()) | {"membership_id": ghost})
    run_round(desks.b, desks.url)
    assert sorted(c.detail.split(" from ")[0] for c in set_aside(desks.b)) == [
        "a ledger entry", "a membership"]
    with desks.b.read() as uow:
        assert uow.connection().exec_driver_sql(
            "SELECT count(*) FROM memberships WHERE id = ?", (ghost,)).scalar() == 0


def test_an_entry_this_desk_cannot_read_is_set_aside_and_its_membership_still_works(desks):
    before = Demo(desks.b, None).membership("DS-0001").remaining
    bogus = an_entry(desks, new_id()) | {"kind": "teleport", "deltas": '{"*": -3}'}
    forge_entries(desks, bogus, an_entry(desks, new_id()))
    run_round(desks.b, desks.url)
    [aside] = set_aside(desks.b)
    assert bogus["id"] in aside.detail and "can't read it" in aside.detail
    assert Demo(desks.b, None).membership("DS-0001").remaining == before


def test_deleting_a_row_still_named_here_is_set_aside(desks):
    downtown = Demo(desks.a, None).location("Downtown")
    forge_row(desks, "locations", downtown, None, deleted=True)
    run_round(desks.b, desks.url)
    assert Demo(desks.b, None).location("Downtown") == downtown
    [aside] = set_aside(desks.b)
    assert "deletes a location" in aside.detail


def test_a_manager_marks_a_row_set_aside_reviewed_and_it_leaves_the_conflicts(desks):
    forge_entries(desks, an_entry(desks, new_id()) | {"membership_id": new_id()})
    run_round(desks.b, desks.url)
    [aside] = set_aside(desks.b)
    with pytest.raises(PermissionDenied):
        sync.review_clash(desks.b, Demo(desks.b, None).reception, aside.clash)
    sync.review_clash(desks.b, Demo(desks.b, None).admin, aside.clash)
    assert set_aside(desks.b) == [] and sync.status(desks.b).conflicts == 0
