"""``desk pay --override REASON``: a manager pays a visit past a type's visit limit, and the
payment keeps the reason (SPEC §3.10, §8)."""

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from desk.core.visit_limits import VisitLimits
from desk.services.auth import cli_actor
from desk.services.types import update_type
from desk.store.uow import Database
from tests.cli.test_cli import run

EMMA = ("--client", "12025550143")
MANICURE = (*EMMA, "--service", "Manicure", "--location", "Downtown")


@pytest.fixture
def capped(capsys, db):
    """Emma holds a "Nails split" (unsold in the demo), given one visit a day before the sale,
    and has had today's manicure."""
    desk = Database.open(db)
    with desk.read() as uow:
        nails = uow.types.by_name("Nails split")
    update_type(desk, cli_actor(desk), replace(nails, visit_limits=VisitLimits(per_day=1)))
    desk.close()
    assert run(capsys, "sell", "Nails split", "--location", "Downtown", *EMMA, "--code",
               "NAILS-1", "--db", db, "--json")[0] == 0
    assert pay(capsys, db)[0] == 0
    return db


def pay(capsys, db, *options, user="admin"):
    code, out = run(capsys, "--user", user, "pay", *MANICURE, *options, "--db", db, "--json")
    return code, out["error"]["code"] if code else out


def reasons(db) -> list[str]:
    with closing(sqlite3.connect(db)) as con:
        return [r for (r,) in con.execute(
            "SELECT reason FROM ledger_entries WHERE kind = 'payment' ORDER BY seq")]


def test_the_second_visit_of_the_day_is_refused_with_the_limit(capsys, capped):
    assert pay(capsys, capped) == (1, "visit_limit_reached")


def test_a_manager_pays_past_the_limit_and_the_payment_keeps_the_reason(capsys, capped):
    code, out = pay(capsys, capped, "--override", "second hand, same visit", user="manager")
    assert code == 0 and out["remaining"] == 5
    assert "second hand, same visit" in reasons(capped)


def test_reception_cant_pay_past_the_limit(capsys, capped):
    assert pay(capsys, capped, "--override", "please", user="reception") \
        == (1, "permission_denied")
