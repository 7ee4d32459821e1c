"""A real PostgreSQL for the sync tests: each test gets its own schema (and desks' role),
dropped afterwards. No server → the tests skip, unless DESK_REQUIRE_PG=1 (CI) fails them."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def admin_url() -> str:
    return os.environ.get("DESK_TEST_PG_URL", DEFAULT_URL)


@pytest.fixture(scope="session")
def pg_admin():
    """An engine on the test server as its owner, or a skip (a failure when required)."""
    engine = create_engine(admin_url(), poolclass=NullPool, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except Exception as error:  # any reason the server can't be reached
        reason = f"no PostgreSQL at {admin_url()} ({type(error).__name__})"
        if os.environ.get("DESK_REQUIRE_PG") == "1":
            pytest.fail(f"DESK_REQUIRE_PG=1 but {reason}")
        pytest.skip(reason)
    yield engine
    engine.dispose()


def schema_url(schema: str) -> str:
    url = make_url(admin_url()).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def server(pg_admin):
    """A fresh, empty schema on the test server: ``server.url`` points into it; ``server.role``
    is the desks' role name to use with it."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    yield Server(schema_url(name), name, f"desk_{name}")
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
    drop_roles(pg_admin, f"desk_{name}")


def drop_roles(pg_admin, group: str) -> None:
    """The chain's desks' role and every desk's login in it (members first)."""
    with pg_admin.begin() as conn:
        roles = conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = %s OR rolname LIKE %s "
            "ORDER BY length(rolname) DESC", (group, f"{group}\\_%")).scalars().all()
        for role in roles:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')


class Server:
    def __init__(self, url: str, schema: str, role: str) -> None:
        self.url, self.schema, self.role = url, schema, role

    def add_desk(self, name: str, *, admin: bool = False, device: str | None = None) -> str:
        """A desk's own login (``desk server add-desk``), as its connection string."""
        from desk.sync.hub import add_desk

        return add_desk(self.url, name, admin=admin, device=device)["url"]


@pytest.fixture
def chain_server(server):
    """A test schema set up by ``desk server init`` (its own desks' role)."""
    from desk.sync.server import init_server

    init_server(server.url, role=server.role)
    return server


@pytest.fixture
def desks(chain_server, demo, tmp_path):
    """Desk A holds the demo chain and has pushed it; desk B, new, has pulled it. Both sync
    with the server owner's login (which row-level security does not restrict)."""
    from desk.store.uow import Database

    b = Database.open(tmp_path / "b.sqlite")
    both = Desks(demo, b, chain_server.url)
    both.sync()
    yield both
    b.close()


@pytest.fixture
def logins(chain_server, demo, tmp_path):
    """As ``desks``, but each desk syncs with a login of its own, as a chain's desks do:
    A, which holds the demo chain, is an admin desk; B is not."""
    from desk.store.uow import Database

    b = Database.open(tmp_path / "b.sqlite")
    both = Desks(demo, b, chain_server.url, a_url=chain_server.add_desk("front", admin=True),
                 b_url=chain_server.add_desk("back"))
    both.sync()
    yield both
    b.close()


class Desks:
    def __init__(self, demo, b, url: str, a_url: str | None = None,
                 b_url: str | None = None) -> None:
        self.demo, self.a, self.b, self.url = demo, demo.db, b, url
        self.a_url, self.b_url = a_url or url, b_url or url

    def url_of(self, db) -> str:
        return {id(self.a): self.a_url, id(self.b): self.b_url}.get(id(db), self.url)

    def sync(self, *dbs) -> None:
        from desk.sync.rounds import run_round

        for db in dbs or (self.a, self.b):
            run_round(db, self.url_of(db))
