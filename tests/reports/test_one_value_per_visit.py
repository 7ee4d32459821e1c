"""One value per visit in every report (SPEC §4): the roll-forward's closing equals the
summary's outstanding for every location and type on every day, and nothing owes < 0."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk.cli import main
from desk.core.ledger import EntryKind
from desk.reports.liability import roll_forward
from desk.reports.memberships_report import memberships_report
from desk.reports.summary import summary
from desk.services.memberships import pay_visit, sell_membership
from desk.services.reports import refresh_liability
from desk.store import schema as s
from tests.demo_chain import DEMO_DAY, copy_demo
from tests.histories import History

ZERO = Decimal("0.00")


def closings(uow, day: date) -> dict[tuple[str, str], Decimal]:
    """The roll-forward's closing at the end of ``day``, per (location, type)."""
    rf = roll_forward(uow, day, day + timedelta(days=1))
    assert all(r.balances for r in [*rf.rows, rf.total]), day  # the identity, to the cent
    return {(r.location_id, r.type_id): r.closing for r in rf.rows}


def assert_closing_is_outstanding(uow, day: date) -> None:
    closing = closings(uow, day)
    keys = set(closing) | set(uow.connection().execute(
        select(s.Membership.location_id, s.Membership.type_id).distinct()).all())
    for location_id, type_id in keys:
        outstanding = summary(uow, day, location_id=location_id, type_id=type_id).outstanding
        assert closing.get((location_id, type_id), ZERO) == outstanding, (day, location_id,
                                                                          type_id)
        assert outstanding >= 0, (day, location_id, type_id)
    assert sum(closing.values(), ZERO) == summary(uow, day).outstanding


def pay(demo, client: str, service: str, location: str, day: date = DEMO_DAY):
    return pay_visit(demo.db, demo.admin, client_id=demo.client(client),
                     service_id=demo.service(service), location_id=demo.location(location),
                     day=day)


def test_after_one_yoga_visit_the_summary_and_the_roll_forward_owe_the_same(demo):
    pay(demo, "Carla Díaz", "Yoga class", "Riverside")
    with demo.db.read() as uow:
        outstanding = summary(uow, DEMO_DAY).outstanding
        closing = roll_forward(uow, DEMO_DAY, DEMO_DAY + timedelta(days=1)).total.closing
    # Massage 10 (7 of 10 left) 560.00 + PT 12 600.00 + Yoga 8 (7 of 8 left) 122.50
    assert outstanding == closing == Decimal("1282.50")


def test_a_used_up_split_membership_owes_nothing_and_debited_its_price(demo):
    sold = sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                           client_id=demo.client("Emma Brown"),
                           location_id=demo.location("Downtown"), generate=True, day=DEMO_DAY)
    for service in ["Manicure"] * 5 + ["Classic massage"] * 2:
        pay(demo, "Emma Brown", service, "Downtown")
    with demo.db.read() as uow:
        rows = {r.type: r for r in roll_forward(uow, DEMO_DAY,
                                                DEMO_DAY + timedelta(days=1)).rows}
        report = memberships_report(uow.connection(), DEMO_DAY).rows
    assert (rows["Nails split"].sold, rows["Nails split"].redeemed) == (Decimal("250.00"),) * 2
    assert rows["Nails split"].closing == ZERO
    [nails] = [r for r in report if r.id == sold.id]
    assert (nails.balance, nails.debited) == (0, Decimal("250.00"))


def test_the_amount_debited_is_the_value_redeemed_not_the_recorded_cost(demo):
    pay(demo, "Carla Díaz", "Yoga class", "Riverside")
    [entry] = [e for e in demo.carla_yoga().entries if e.kind is EntryKind.PAYMENT]
    with demo.db.read() as uow:
        [yoga] = [r for r in memberships_report(uow.connection(), DEMO_DAY).rows
                  if r.type == "Yoga 8"]
    assert (entry.amount, yoga.debited) == (Decimal("20.00"), Decimal("17.50"))


def test_on_the_demo_after_a_visit_of_each_type_the_report_owes_what_its_rows_close_at(
        demo, capsys):
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("Nails split"),
                    client_id=demo.client("Emma Brown"), location_id=demo.location("Downtown"),
                    generate=True, day=DEMO_DAY)
    pay(demo, "Alice Smith", "Sports massage", "Downtown")
    pay(demo, "Bob Jones", "Personal training", "Riverside")
    pay(demo, "Carla Díaz", "Yoga class", "Airport")
    pay(demo, "Emma Brown", "Classic massage", "Downtown")
    demo.db.close()
    day = str(DEMO_DAY)
    assert main(["report", "--db", str(demo.path), "--json", "--as-of", day,
                 "--from", day, "--to", day]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = out["liability"]["rows"]
    assert sum(Decimal(r["closing"]) for r in rows) == Decimal(out["outstanding"])
    assert min(Decimal(r["closing"]) for r in rows) >= 0
    assert Decimal(out["outstanding"]) == Decimal("560.00") - Decimal("80.00") + Decimal(
        "550.00") + Decimal("122.50") + Decimal("214.29")


STEPS = st.lists(st.tuples(
    st.sampled_from(["sell", "pay", "pay", "undo", "freeze", "unfreeze", "edit", "import",
                     "due", "cancel", "sell", "void", "refund",
                     "family", "share", "policy_freeze", "transfer", "close", "reopen"]),
    st.integers(-20, 120), st.integers(0, 12)), max_size=12)


@settings(max_examples=60, deadline=None)
@given(steps=STEPS, renewing=st.sampled_from([None, "Massage 10", "Yoga 8", "Nails split"]),
       days=st.lists(st.integers(-40, 200), min_size=1, max_size=3, unique=True))
def test_every_day_the_roll_forward_closes_at_what_the_summary_says_is_outstanding(
        demo_template, tmp_path_factory, steps, renewing, days):
    folder = tmp_path_factory.mktemp("worth")
    demo = copy_demo(demo_template, folder)
    history = History(demo, folder, renewing)
    try:
        for action, offset, number in steps:
            history.step(action, DEMO_DAY + timedelta(days=offset), number)
        refresh_liability(demo.db)
        with demo.db.read() as uow:
            moments = set(uow.connection().scalars(select(s.LedgerEntry.on).distinct()))
            moments |= {d for d in uow.connection().scalars(select(s.Membership.expires_on)) if d}
            wanted = {DEMO_DAY + timedelta(days=d) for d in days}
            for day in sorted(wanted | {m + timedelta(days=k) for m in moments for k in (-1, 0)}):
                assert_closing_is_outstanding(uow, day)
    finally:
        demo.db.close()
