"""An existing chain server is brought up to date by its owner's `desk server init`: the one
login its desks shared is shut out, the rows and entries it holds stay, and a desk reading
it from the start gets the same chain."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from desk.store.uow import Database
from desk.sync import central
from desk.sync.push import collect, send
from desk.sync.rounds import run_round
from desk.sync.server import _migrate, init_server
from tests.sync.conftest import drop_roles
from tests.sync.test_merging import listing


@pytest.fixture
def old_server(server, pg_admin, demo):
    """A server at revision 0002 holding the demo chain, with the desks' shared login of
    that time and its grants (UPDATE on the rows among them)."""
    shared = f"{server.role}_shared"
    engine = central.server_engine(server.url)
    with engine.begin() as conn:
        _migrate(conn, "0002")
        conn.exec_driver_sql(f'CREATE ROLE "{shared}" LOGIN')
        conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA {server.schema} TO "{shared}"')
        conn.exec_driver_sql(f'GRANT SELECT, INSERT, UPDATE ON {server.schema}.sync_rows, '
                             f'{server.schema}.ledger_entries TO "{shared}"')
        with demo.db.read() as uow:
            send(conn, collect(uow.connection(), limit=10_000))
    engine.dispose()
    yield server, server.url.replace("postgres@", f"{shared}@")
    drop_roles(pg_admin, shared)


def test_an_upgraded_server_shuts_the_shared_login_out(old_server):
    server, shared_url = old_server
    init_server(server.url, role=server.role)
    engine = create_engine(shared_url, poolclass=NullPool)
    for statement in ("SELECT count(*) FROM sync_rows", "UPDATE sync_rows SET deleted = true"):
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as conn:
            conn.execute(text(statement))
    engine.dispose()


def test_an_upgraded_server_keeps_the_chain_it_held(old_server, demo, tmp_path):
    server, _ = old_server
    init_server(server.url, role=server.role)
    fresh = Database.open(tmp_path / "fresh.sqlite")
    run_round(fresh, server.add_desk("fresh"))
    assert listing(fresh) == listing(demo.db) and len(listing(fresh)) == 3
    fresh.close()
