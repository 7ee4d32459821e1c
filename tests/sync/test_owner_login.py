"""The chain server's owner need not be PostgreSQL's superuser: a login that may create roles
and owns the chain's schema sets the server up, adds and revokes desks."""

import uuid

import pytest
from sqlalchemy.engine import make_url

from desk.core.errors import DeskError
from desk.store.uow import Database
from desk.sync.hub import add_desk, revoke_desk
from desk.sync.rounds import run_round
from desk.sync.server import init_server
from tests.sync.conftest import drop_roles, schema_url


@pytest.fixture
def owned_schema(pg_admin):
    """A schema owned by a login with CREATEROLE and nothing more, and its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    owner = f"{name}_owner"
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        conn.exec_driver_sql(f'CREATE SCHEMA {name} AUTHORIZATION "{owner}"')
    url = make_url(schema_url(name)).set(username=owner).render_as_string(hide_password=False)
    yield name, url
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
    drop_roles(pg_admin, f"desk_{name}")
    drop_roles(pg_admin, owner)


def test_an_owner_who_is_not_the_superuser_runs_the_chain(owned_schema, demo, tmp_path):
    schema, url = owned_schema
    assert init_server(url, role=f"desk_{schema}")["role"] == f"desk_{schema}"
    front = add_desk(url, "front", admin=True)
    back = add_desk(url, "back")
    b = Database.open(tmp_path / "b.sqlite")
    run_round(demo.db, front["url"])
    assert run_round(b, back["url"]).pulled_entries > 0
    assert revoke_desk(url, "back")["revoked"]
    with pytest.raises(DeskError) as refused:
        run_round(b, back["url"])
    assert refused.value.code == "sync_desk_revoked"
    b.close()
