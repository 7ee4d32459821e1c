"""Sharing, transfer, freeze fees and closures through the services (SPEC §3.5, §3.11): what
the desk writes, lists and refuses beyond the core's rules."""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from desk.core.errors import DeskError, PermissionDenied
from desk.services import bookings, closures, sharing, types
from desk.services import memberships as ms
from desk.services.history import membership_history
from desk.services.renewals import mark_paid, payments_due
from desk.services.type_files import save_type_json, types_as_json
from tests.demo_chain import DEMO_DAY

DAY = timedelta(days=1)


@pytest.fixture
def family(demo):
    """Alice's Family yoga (sold on the demo's day at Riverside), shared with Bob."""
    ms.sell_membership(demo.db, demo.admin, type_id=demo.type_id("Family yoga"),
                       location_id=demo.location("Riverside"), client_id=demo.client("Alice Smith"),
                       code="FY-1", day=DEMO_DAY)
    sharing.share_membership(demo.db, demo.reception, "FY-1", client_id=demo.client("Bob Jones"),
                             day=DEMO_DAY)
    return demo


def book(demo, client: str, days_ahead: int):
    start = datetime.combine(DEMO_DAY + days_ahead * DAY, time(10), UTC)
    return bookings.book(demo.db, demo.reception, client_id=demo.client(client),
                         service_ids=[demo.service("Yoga class")],
                         location_id=demo.location("Riverside"), starts_at=start, today=DEMO_DAY,
                         now=datetime.combine(DEMO_DAY, time(8), UTC))


def test_a_client_a_membership_is_shared_with_books_with_it_and_others_are_refused(family):
    assert book(family, "Bob Jones", 2).services[0].membership_number == "FY-1"
    with pytest.raises(DeskError) as refusal:
        book(family, "Emma Brown", 2)
    assert refusal.value.code == "booking_not_covered"


def test_the_owners_booking_counts_against_the_familys_visit_limit_that_day(family):
    book(family, "Alice Smith", 3)
    with pytest.raises(DeskError) as refusal:
        book(family, "Bob Jones", 3)
    assert refusal.value.code == "visit_limit_reached"


def test_a_freeze_fee_is_a_charge_due_that_reception_takes(family):
    ms.freeze_membership(family.db, family.reception, "FY-1", day=DEMO_DAY,
                         until=DEMO_DAY + 7 * DAY, reason="Illness")
    [charge] = payments_due(family.db, family.reception)
    assert (charge.kind, str(charge.amount), charge.client, charge.due_on) == (
        "freeze_fee", "10.00", "Alice Smith", DEMO_DAY)
    mark_paid(family.db, family.reception, charge.id)
    assert payments_due(family.db, family.reception) == []


def test_the_history_says_who_shared_who_came_and_to_whom_it_was_given(family):
    ms.pay_visit(family.db, family.reception, client_id=family.client("Bob Jones"),
                 service_id=family.service("Yoga class"), location_id=family.location("Riverside"),
                 day=DEMO_DAY, membership_ref="FY-1")
    sharing.transfer_membership(family.db, family.reception, "FY-1",
                                to_client_id=family.client("Emma Brown"), day=DEMO_DAY)
    lines = membership_history(family.db, family.membership("FY-1").id)
    said = [(line.what, line.details) for line in lines if line.kind != "sale"]
    assert said == [("Shared", "Bob Jones may use it too"),
                    ("Payment", "Yoga class visit of 15 Mar by Bob Jones"),
                    ("Transfer", "Given by Alice Smith to Emma Brown")]


def test_reception_transfers_only_what_its_type_lets_reception_transfer(family):
    sharing.transfer_membership(family.db, family.reception, "FY-1",
                                to_client_id=family.client("Emma Brown"), day=DEMO_DAY)
    with pytest.raises(PermissionDenied):
        sharing.transfer_membership(family.db, family.reception, "DS-0001",
                                    to_client_id=family.client("Emma Brown"), day=DEMO_DAY)


def test_a_closure_commit_freezes_all_it_previewed_and_a_preview_writes_nothing(demo):
    downtown = demo.location("Downtown")
    preview = closures.close_location(demo.db, demo.admin, downtown, first_day=DEMO_DAY,
                                      last_day=DEMO_DAY + 9 * DAY, today=DEMO_DAY)
    assert closures.closures(demo.db) == [] and not demo.membership("DS-0001").frozen_days
    done = closures.close_location(demo.db, demo.admin, downtown, first_day=DEMO_DAY,
                                   last_day=DEMO_DAY + 9 * DAY, commit=True, today=DEMO_DAY)
    assert [line.number for line in done.frozen] == [line.number for line in preview.frozen] \
        == ["DS-0001"]
    [summary] = closures.closures(demo.db)
    assert (summary.id, summary.frozen, summary.running, summary.reopens) == (
        done.closure_id, 1, 1, DEMO_DAY + 10 * DAY)


def test_cancelling_a_closure_nobody_made_says_so(demo):
    with pytest.raises(DeskError) as refusal:
        closures.cancel_closure(demo.db, demo.admin, "no-such-closure", day=DEMO_DAY)
    assert refusal.value.code == "closure_unknown"


def test_a_second_location_closed_over_the_same_days_freezes_what_is_valid_at_both(demo):
    closures.close_location(demo.db, demo.admin, demo.location("Riverside"),
                            first_day=DEMO_DAY, last_day=DEMO_DAY + 9 * DAY, commit=True,
                            today=DEMO_DAY)
    plan = closures.close_location(demo.db, demo.admin, demo.location("Airport"),
                                   first_day=DEMO_DAY, last_day=DEMO_DAY + 9 * DAY,
                                   today=DEMO_DAY)
    assert [line.number for line in plan.frozen] == []  # PT 12 is still good at Downtown


def test_a_types_new_settings_round_trip_through_its_json_and_a_sold_share_limit_locks(family):
    [row] = [t for t in types_as_json(family.db) if t["name"] == "Family yoga"]
    assert (row["share_limit"], row["transferable"], row["freeze_policy"]) == (
        2, "reception", {"min_days": 7, "max_days": 21, "max_count": 2, "fee": "10.00",
                         "reason_required": True})
    saved = save_type_json(family.db, family.admin, row | {"share_limit": 3,
                                                          "transferable": "no"})
    assert (saved.share_limit, saved.transferable.value) == (3, "no")
    with pytest.raises(DeskError) as refusal:
        types.update_type(family.db, family.admin, replace(saved, share_limit=1))
    assert refusal.value.code == "type_locked_share_limit"
