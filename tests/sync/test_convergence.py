"""Convergence (SPEC §10): three desks selling, paying, freezing and editing while randomly
offline; after a final sync of all, every desk — and a new desk reading only the server —
derives the same balances, statuses and summary, and each negative balance carries exactly
one overdraft flag."""

import uuid
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.reports.summary import summary
from desk.services import memberships as ms
from desk.services import queries, sync
from desk.store.uow import Database
from desk.sync.rounds import run_round
from desk.sync.server import init_server
from tests.demo_chain import DEMO_DAY, Demo, copy_demo
from tests.sync.conftest import schema_url

CLIENTS = ["Alice Smith", "Bob Jones", "Carla Díaz", "Dmitri Ivanov", "Emma Brown"]
TYPES = ["Massage 10", "PT 12", "Nails split", "Yoga 8"]
SERVICES = ["Classic massage", "Personal training", "Manicure", "Yoga class"]
LOCATIONS = ["Downtown", "Riverside"]
OPS = ["sell", "pay", "pay", "freeze", "edit", "sync"]


def do(db: Database, op: str, n: int) -> None:
    """One receptionist's or manager's action; a refusal is part of the game."""
    d = Demo(db, None)
    client, where = d.client(CLIENTS[n % 5]), d.location(LOCATIONS[n % 2])
    listed = queries.list_memberships(db, DEMO_DAY)
    try:
        if op == "sell":
            t = TYPES[n % 4]
            code = ["T1", "T2", None, None][n // 4 % 4]
            ms.sell_membership(db, d.at(LOCATIONS[n % 2]), type_id=d.type_id(t),
                               location_id=where, client_id=client, code=code,
                               generate=code is None and t in ("PT 12", "Nails split"),
                               day=DEMO_DAY)
        elif op == "pay":
            ms.pay_visit(db, d.at(LOCATIONS[n % 2]), client_id=client,
                         service_id=d.service(SERVICES[n % 4]), location_id=where, day=DEMO_DAY)
        elif op == "freeze" and listed:
            ms.freeze_membership(db, d.admin, listed[n % len(listed)].id,
                                 until=DEMO_DAY + timedelta(days=1 + n % 9), day=DEMO_DAY)
        elif op == "edit" and listed:
            m = listed[n % len(listed)]
            ms.edit_membership(db, d.at("Downtown"), m.id, reason="count",
                               balances={k: n % 3 for k in (m.balances or {"*": 0})},
                               day=DEMO_DAY)
        elif op == "sync":
            run_round(db, db.sync_url)
    except DeskError:
        pass


def derived(db: Database) -> tuple:
    rows = sorted((r.id, r.remaining, r.status, r.expires, str(r.balances))
                  for r in queries.list_memberships(db, DEMO_DAY))
    with db.read() as uow:
        report = summary(uow.session, DEMO_DAY).as_json()
    return rows, report


def overdraft_flags_match(db: Database) -> bool:
    flagged = [c.membership_ids[0] for c in sync.conflicts(db) if c.kind == "overdraft"]
    negative = {r.id for r in queries.list_memberships(db, DEMO_DAY)
                if r.remaining < 0 or any(v < 0 for v in (r.balances or {}).values())}
    return len(flagged) == len(set(flagged)) and set(flagged) == negative


def three_desks(pg_admin, demo_template, folder):
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with pg_admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = schema_url(schema)
    init_server(url, role=f"desk_{schema}")
    desks = [copy_demo(demo_template, folder).db] + [
        Database.open(folder / f"{name}.sqlite") for name in ("b", "c")]
    for db in desks:
        db.sync_url = url
        run_round(db, url)
    return schema, desks


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(OPS), st.integers(0, 99)),
                      min_size=4, max_size=16))
def test_three_desks_converge_after_a_final_sync(pg_admin, demo_template, tmp_path_factory,
                                                steps):
    schema, desks = three_desks(pg_admin, demo_template, tmp_path_factory.mktemp("desks"))
    try:
        for desk, op, n in steps:
            do(desks[desk], op, n)
        for db in desks + desks[:2]:
            run_round(db, db.sync_url)
        server_view = Database.open(desks[1].path.with_name("server-view.sqlite"))
        run_round(server_view, desks[0].sync_url)
        views = [derived(db) for db in [*desks, server_view]]
        assert all(view == views[0] for view in views)
        assert all(overdraft_flags_match(db) for db in [*desks, server_view])
        server_view.close()
    finally:
        for db in desks:
            db.close()
        with pg_admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
            conn.exec_driver_sql(f"DROP OWNED BY desk_{schema}")
            conn.exec_driver_sql(f"DROP ROLE desk_{schema}")
