"""What each desk of a synced chain does alone, and what it shares: due work stays with the
home desk, renewals are stopped and charges paid anywhere, and every desk can check every
desk's audit chain."""

import sqlite3
from contextlib import closing
from datetime import date

from desk.core.visit_limits import VisitLimits
from desk.services.audit import verify_audit
from desk.services.auth import cli_actor
from desk.services.corrections import refund_membership, void_sale
from desk.services.due import run_due
from desk.services.memberships import pay_visit
from desk.services.renewals import cancel_renewal, mark_paid, payments_due
from tests.demo_chain import DEMO_DAY, Demo
from tests.services.due_helpers import at, change_type, notices
from tests.services.test_auth_and_cache import assert_cache_matches_ledger

MAY_14 = date(2026, 5, 14)  # DS-0001 and Carla's Yoga have lapsed with visits left


def alice_pays_a_massage(db) -> None:
    d = Demo(db, db.path)
    pay_visit(db, d.at("Downtown"), client_id=d.client("Alice Smith"),
              service_id=d.service("Classic massage"), location_id=d.location("Downtown"),
              day=DEMO_DAY, membership_ref="DS-0001")


def test_only_the_desk_that_sold_a_membership_writes_it_off_and_messages_its_client(desks):
    change_type(desks.demo, "Massage 10", notices=notices(before=30))
    desks.sync()
    other = run_due(desks.b, cli_actor(desks.b), at(date(2026, 4, 20)))
    home = run_due(desks.a, cli_actor(desks.a), at(date(2026, 4, 20)))
    assert other.queued == [] and len(home.queued) == 1
    other, home = (run_due(db, cli_actor(db), at(MAY_14)) for db in (desks.b, desks.a))
    desks.sync(desks.a, desks.b, desks.a)
    assert other.written_off == [] and len(home.written_off) == 2
    for db in (desks.a, desks.b):
        entries = [e.kind.value for e in Demo(db, db.path).membership("DS-0001").entries]
        assert entries.count("expiry_writeoff") == 1, db


def test_a_desk_checks_the_chains_of_the_entries_it_pulled(desks):
    alice_pays_a_massage(desks.a)
    desks.sync()
    check = verify_audit(desks.b, cli_actor(desks.b))
    assert check.whole and check.devices == 1 and check.entries >= 6


def test_a_pulled_entry_changed_on_the_desk_that_pulled_it_is_found(desks):
    alice_pays_a_massage(desks.a)
    desks.sync()
    with closing(sqlite3.connect(desks.b.path)) as con, con:
        con.execute("UPDATE ledger_entries SET reason = 'nothing to see' WHERE kind = 'payment'")
    [broken, *_] = verify_audit(desks.b, cli_actor(desks.b)).breaks
    assert broken.device_id == desks.a.device_id and "changed" in broken.what


def test_a_renewal_stopped_at_another_desk_is_not_renewed_by_the_home_desk(desks):
    change_type(desks.demo, "Yoga 8", auto_renew=True)
    desks.sync()
    b = Demo(desks.b, desks.b.path)
    cancel_renewal(desks.b, b.reception, b.carla_yoga().id)
    desks.sync(desks.b, desks.a)
    done = run_due(desks.a, cli_actor(desks.a), at(MAY_14))
    assert done.renewed == [] and len(done.written_off) == 2


def test_a_renewal_charge_paid_at_another_desk_is_paid_everywhere(desks):
    change_type(desks.demo, "Yoga 8", auto_renew=True)
    run_due(desks.a, cli_actor(desks.a), at(date(2026, 4, 30)))
    desks.sync(desks.a, desks.b)
    [charge] = payments_due(desks.b, cli_actor(desks.b, "reception"))
    mark_paid(desks.b, cli_actor(desks.b, "reception"), charge.id)
    desks.sync(desks.b, desks.a)
    assert payments_due(desks.a, cli_actor(desks.a)) == []
    assert [c.status for c in payments_due(desks.a, cli_actor(desks.a), None)] == ["paid"]


def test_a_types_visit_limits_travel_to_every_desk(desks):
    change_type(desks.demo, "Nails split", visit_limits=VisitLimits(per_day=1, per_month=12))
    desks.sync()
    with desks.b.read() as uow:
        assert uow.types.by_name("Nails split").visit_limits == VisitLimits(1, None, 12)


def test_two_desks_agree_on_a_voided_and_a_refunded_membership(desks):
    void_sale(desks.a, cli_actor(desks.a, "reception"), "DS-0002", reason="wrong type",
              day=DEMO_DAY)
    refund_membership(desks.b, cli_actor(desks.b), "DS-0001", reason="moved away",
                      amount="100", day=DEMO_DAY)
    desks.sync(desks.a, desks.b, desks.a)
    for db in (desks.a, desks.b):
        d = Demo(db, db.path)
        voided, refunded = d.membership("DS-0002"), d.membership("DS-0001")
        assert (voided.status_on(DEMO_DAY).value, voided.remaining) == ("cancelled", 0), db
        assert (refunded.status_on(DEMO_DAY).value, refunded.entries[-1].reason) == (
            "refunded", "moved away"), db
        assert verify_audit(db, cli_actor(db)).whole, db
        assert_cache_matches_ledger(d)  # the pulled entries re-derive the cached columns
