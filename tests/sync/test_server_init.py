"""`desk server init`: the central schema, append-only for everyone, and a desks' role of
the chain's own."""

import pytest
from sqlalchemy.exc import ProgrammingError

from desk.cli import main
from desk.core.errors import DeskError
from desk.sync.server import default_desks_role, init_server
from tests.sync.conftest import drop_roles


def test_server_init_creates_the_schema_and_can_run_again(server, capsys):
    assert main(["server", "init", server.url, "--role", server.role]) == 0
    assert main(["server", "init", server.url, "--role", server.role, "--json"]) == 0
    assert f'"role": "{server.role}"' in capsys.readouterr().out


def test_the_desks_role_is_named_after_the_chains_database_and_schema(server, pg_admin):
    try:
        done = init_server(server.url)
        assert done["role"] == f"test_{server.schema}_desks" == default_desks_role(
            "test", server.schema)
        assert init_server(server.url)["role"] == done["role"]  # the same chain: kept
    finally:
        drop_roles(pg_admin, f"test_{server.schema}_desks")


def test_a_long_chain_name_still_gives_a_role_name_with_room_for_a_desk():
    role = default_desks_role("a_very_long_database_name_indeed", "and_a_long_schema_too")
    assert len(role) <= 32 and role.endswith("_desks")
    assert role != default_desks_role("a_very_long_database_name_indeed", "and_a_long_schema_to")


def test_a_role_that_exists_already_is_not_taken_as_a_chains_desks_role(server):
    with pytest.raises(DeskError) as refused:
        init_server(server.url, role="postgres")  # another chain's, or the old shared login
    assert refused.value.code == "sync_role_taken"


def test_a_chain_keeps_the_desks_role_it_was_given(chain_server):
    with pytest.raises(DeskError) as refused:
        init_server(chain_server.url, role="someone_else")
    assert refused.value.code == "sync_role_mismatch"


def test_a_role_name_that_is_not_an_identifier_is_refused(server):
    with pytest.raises(DeskError, match="role name"):
        init_server(server.url, role='x"; DROP TABLE y; --')


@pytest.mark.parametrize("statement", [
    "UPDATE {schema}.ledger_entries SET visits = 5",
    "UPDATE {schema}.sync_rows SET payload = '{{}}'"])
def test_not_even_the_owner_can_rewrite_an_entry_or_a_row_version(desks, pg_admin,
                                                                   chain_server, statement):
    with pytest.raises(ProgrammingError, match="append-only"), pg_admin.begin() as conn:
        conn.exec_driver_sql(statement.format(schema=chain_server.schema))
