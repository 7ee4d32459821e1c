"""The audit trail: every ledger entry and administrative change carries who, where and when,
chained by hash per device; any edit, deletion, addition or reordering is found."""

import json
import random
import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine

from desk.cli import main
from desk.core.permissions import Role
from desk.services.audit import verify_audit
from desk.services.auth import add_user
from desk.services.channel_settings import ChannelForm, save_channels
from desk.services.due import run_due
from desk.services.imports import import_memberships
from desk.services.memberships import freeze_membership, pay_visit, sell_membership
from desk.services.sync import set_server_url
from desk.store.audit import CHAINED, breaks
from desk.store.migrate import alembic_config
from desk.store.uow import Database
from tests.demo_chain import DEMO_DAY
from tests.importer.helpers import HEADER, row, write_xlsx
from tests.services.due_helpers import at, change_type

TAMPERS = 1_000


def worked_on(demo, tmp_path):
    """The demo after a few days at the desk: sales, visits, a freeze, an import, due work,
    a type change, a new user and the message channels."""
    for day in range(3):
        pay_visit(demo.db, demo.admin, client_id=demo.client("Alice Smith"),
                  service_id=demo.service("Classic massage"),
                  location_id=demo.location("Downtown"), day=DEMO_DAY + timedelta(days=day))
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("PT 12"),
                    location_id=demo.location("Downtown"), client_id=demo.client("Emma Brown"),
                    generate=True, day=DEMO_DAY)
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=9),
                      day=DEMO_DAY + timedelta(days=4))
    import_memberships(demo.db, demo.admin, write_xlsx(tmp_path / "in.xlsx", HEADER, [row()]),
                       commit_rows=True, today=DEMO_DAY)
    run_due(demo.db, demo.admin, at(DEMO_DAY + timedelta(days=60)))
    change_type(demo, "Yoga 8", online_sale=True)
    add_user(demo.db, demo.admin, "dana", Role.RECEPTION, "front desk 2026")
    save_channels(demo.db, demo.admin, ChannelForm(sms_url="https://gw.example.com/send",
                                                   sms_token="secret-token-1"))
    return demo


@pytest.fixture
def worked(demo, tmp_path):
    return worked_on(demo, tmp_path)


def test_everything_the_desk_wrote_is_chained_and_whole(worked):
    check = verify_audit(worked.db, worked.admin)
    assert check.whole and check.entries > 10 and check.changes > 3 and check.devices == 1


def test_an_administrative_change_says_who_where_when_and_what(worked):
    with closing(sqlite3.connect(worked.path)) as con:
        changes = con.execute("SELECT action, user_id, device_id, at, detail FROM admin_changes "
                              "ORDER BY chain_seq").fetchall()
    assert {"chain_created", "location_added", "type_created"} <= {c[0] for c in changes}
    changes = changes[-3:]  # the demo's own set-up comes first
    assert [c[0] for c in changes] == ["type_changed", "user_added", "channels_saved"]
    assert all(user and device and at for _, user, device, at, _ in changes)
    assert json.loads(changes[0][4]) == {"online_sale": ["False", "True"]}
    assert json.loads(changes[2][4])["notify.sms.token"] == "(changed)"
    assert "secret-token-1" not in changes[2][4]


def test_a_database_from_before_the_audit_trail_is_chained_when_it_is_upgraded(worked):
    worked.db.close()
    engine = create_engine(f"sqlite:///{worked.path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    engine.dispose()
    reopened = Database.open(worked.path)
    try:
        check = verify_audit(reopened, worked.admin)
        assert check.whole and check.entries > 10
    finally:
        reopened.close()


def test_the_command_names_the_first_broken_entry_and_exits_1(worked, capsys):
    worked.db.close()
    assert main(["audit", "verify", "--db", str(worked.path)]) == 0
    with closing(sqlite3.connect(worked.path)) as con, con:
        con.execute("UPDATE ledger_entries SET amount = amount + 100 WHERE kind = 'sale'")
    capsys.readouterr()
    assert main(["audit", "verify", "--db", str(worked.path)]) == 1
    out = capsys.readouterr().out
    assert "broken" in out and "changed after it was written" in out and "Traceback" not in out


CACHE_TAMPERINGS = {  # what a hand edit of the database changes, and what verify names
    "remaining": ("UPDATE memberships SET remaining = remaining + 10 WHERE code = 'DS-0001'",
                  "remaining"),
    "owner": ("UPDATE memberships SET owner_id = (SELECT id FROM clients WHERE phone = "
              "'12125550102') WHERE code = 'DS-0001'", "owner_id"),
    "expiry": ("UPDATE memberships SET expires_on = '2999-01-01' WHERE code = 'DS-0001'",
               "expires_on"),
    "amount debited": ("UPDATE memberships SET debited = 0 WHERE code = 'DS-0001'", "debited"),
    "sale's client": ("UPDATE memberships SET client_id = (SELECT id FROM clients WHERE "
                      "phone = '12125550102') WHERE code = 'DS-0001'", "client_id"),
    "sale's price": ("UPDATE memberships SET price = 1 WHERE code = 'DS-0001'", "price"),
    "split balance": ("UPDATE membership_balances SET remaining = remaining + 5", "balances"),
}


@pytest.mark.parametrize("what", CACHE_TAMPERINGS)
def test_a_cached_value_or_sale_fact_changed_outside_desk_is_found(demo, capsys, what):
    sql, column = CACHE_TAMPERINGS[what]
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                    location_id=demo.location("Downtown"), generate=True, day=DEMO_DAY,
                    client_id=demo.client("Emma Brown"))
    demo.db.close()
    assert main(["audit", "verify", "--db", str(demo.path)]) == 0
    with closing(sqlite3.connect(demo.path)) as con, con:
        con.execute(sql)
    capsys.readouterr()
    assert main(["audit", "verify", "--db", str(demo.path), "--json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert not found["whole"] and any(f": {column} is " in b for b in found["breaks"])


# --- tampering -----------------------------------------------------------------------------

def _rows(con, table):
    return con.execute(f'SELECT rowid, * FROM "{table}"').fetchall()


def _names(con, table):
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def _changed(value):
    if value is None:
        return "x"
    return value + 1 if isinstance(value, int) else f"{value}x"


def edit_a_value(con, rng, table):
    column = rng.choice([*CHAINED["ledger" if table == "ledger_entries" else "admin"],
                         "entry_hash"])
    rowid, value = rng.choice(con.execute(f'SELECT rowid, "{column}" FROM "{table}"').fetchall())
    con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (_changed(value), rowid))


def delete_a_row(con, rng, table):
    rowid = rng.choice(_rows(con, table))[0]
    con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))


def swap_two_rows_places(con, rng, table):
    first, second = rng.sample(_rows(con, table), 2)
    seq = _names(con, table).index("chain_seq") + 1
    for rowid, place in ((first[0], second[seq]), (second[0], first[seq])):
        con.execute(f'UPDATE "{table}" SET chain_seq = ? WHERE rowid = ?', (place, rowid))


def swap_a_value_between_rows(con, rng, table):
    names = _names(con, table)
    column = rng.choice([c for c in names if c not in ("id",)])
    first, second = rng.sample(_rows(con, table), 2)
    at = names.index(column) + 1
    if first[at] == second[at]:
        return edit_a_value(con, rng, table)
    for rowid, value in ((first[0], second[at]), (second[0], first[at])):
        con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))


def add_a_copy(con, rng, table):
    names = _names(con, table)
    source = rng.choice(_rows(con, table))[1:]
    values = [f"forged-{rng.random()}" if n == "id" else v for n, v in zip(names, source,
                                                                             strict=True)]
    if rng.random() < 0.5:  # unchained, or pretending to be the next link
        values[names.index("entry_hash")] = None
    else:
        values[names.index("chain_seq")] = con.execute(
            f'SELECT max(chain_seq) + 1 FROM "{table}"').fetchone()[0]
    con.execute(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(names))})', values)


def drop_the_last_rows(con, rng, table):
    count = rng.randint(1, 3)
    con.execute(f'DELETE FROM "{table}" WHERE rowid IN (SELECT rowid FROM "{table}" '
                f"ORDER BY chain_seq DESC LIMIT {count})")


TAMPERINGS = [edit_a_value, delete_a_row, swap_two_rows_places, swap_a_value_between_rows,
              add_a_copy, drop_the_last_rows]


def test_a_thousand_random_tamperings_are_each_found(worked, tmp_path):
    worked.db.close()
    device = worked.db.device_id
    rng, found, copy = random.Random(20261201), 0, tmp_path / "tampered.sqlite"
    engine = create_engine(f"sqlite:///{copy}")
    for n in range(TAMPERS):
        shutil.copyfile(worked.path, copy)
        tamper, table = rng.choice(TAMPERINGS), rng.choice(["ledger_entries", "admin_changes"])
        with closing(sqlite3.connect(copy)) as con, con:
            tamper(con, rng, table)
        with engine.connect() as conn:
            assert breaks(conn, device), (n, tamper.__name__, table)
        engine.dispose()
        found += 1
    print(f"audit: {found} of {TAMPERS} random tamperings found")
    assert found == TAMPERS


def test_setting_the_chain_server_is_recorded_without_its_password(demo):
    set_server_url(demo.db, demo.admin, "postgresql+psycopg://desk:pa55word@hub:5432/chain")
    with closing(sqlite3.connect(demo.path)) as con:
        action, detail = con.execute("SELECT action, detail FROM admin_changes "
                                     "ORDER BY chain_seq DESC LIMIT 1").fetchone()
    assert action == "chain_server_set" and "hub:5432/chain" in detail
    assert "pa55word" not in detail
