"""`desk server init`: the central schema and a desks' role that can't rewrite the ledger."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from desk.cli import main
from desk.core.errors import DeskError
from desk.sync.server import init_server


def _as_desk_role(server):
    return create_engine(server.as_role(), poolclass=NullPool)


def test_server_init_creates_the_schema_and_can_run_again(server, capsys):
    assert main(["server", "init", server.url, "--role", server.role]) == 0
    assert main(["server", "init", server.url, "--role", server.role, "--json"]) == 0
    assert f'"role": "{server.role}"' in capsys.readouterr().out


@pytest.mark.parametrize("statement", [
    "UPDATE ledger_entries SET visits = 5", "DELETE FROM ledger_entries"])
def test_the_desks_role_cannot_update_or_delete_a_ledger_entry(desks, chain_server, statement):
    engine = _as_desk_role(chain_server)
    with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()


def test_not_even_the_owner_can_rewrite_a_ledger_entry(desks, pg_admin, chain_server):
    with pytest.raises(ProgrammingError, match="append-only"), pg_admin.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {chain_server.schema}.ledger_entries SET visits = 5")


def test_a_desk_syncs_through_the_least_privilege_role(desks, chain_server):
    with desks.b.write() as uow:  # a changed row: the last-writer-wins update path
        uow.session.connection().exec_driver_sql("UPDATE chains SET name = 'Renamed'")
        uow.commit()
    desks.url = chain_server.as_role()
    desks.sync(desks.b, desks.a)
    with desks.a.read() as uow:
        assert uow.reference.chain().name == "Renamed"


def test_a_role_name_that_is_not_an_identifier_is_refused(server):
    with pytest.raises(DeskError, match="role name"):
        init_server(server.url, role='x"; DROP TABLE y; --')
