"""Correcting clients, and previews that run the same rule as the action (SPEC §1, §3.5)."""

from datetime import date, timedelta

import pytest

from desk.core.errors import DeskError, PermissionDenied
from desk.services.actor import Actor
from desk.services.clients import get_client, update_client
from desk.services.lookups import client_with_phone
from desk.services.memberships import freeze_membership, sell_membership
from desk.services.previews import freeze_preview
from desk.services.queries import default_sale_location, sellable_types
from tests.demo_chain import DEMO_DAY


def test_a_client_is_corrected_and_the_phone_normalised(demo):
    alice = demo.client("Alice Smith")
    update_client(demo.db, demo.reception, alice, " Alice  Brown ", "+1 (212) 555-0111",
                  " alice@example.com ", "prefers mornings")
    saved = get_client(demo.db, alice)
    assert (saved.name, saved.phone, saved.email, saved.notes) == (
        "Alice Brown", "12125550111", "alice@example.com", "prefers mornings")


def test_a_client_keeps_their_own_phone(demo):
    alice = demo.client("Alice Smith")
    update_client(demo.db, demo.admin, alice, "Alice Smith", "12125550101", None, "")
    assert get_client(demo.db, alice).phone == "12125550101"


def test_another_clients_phone_is_refused_as_phone_taken(demo):
    with pytest.raises(DeskError) as caught:
        update_client(demo.db, demo.admin, demo.client("Alice Smith"), "Alice",
                      "12125550102", None, "")
    assert caught.value.code == "phone_taken" and "Bob Jones" in str(caught.value)
    assert "the phone +1 212-555-0102." in str(caught.value)  # as lists show it


def test_a_phone_no_client_has_is_named_as_lists_show_it(demo):
    with pytest.raises(DeskError) as caught:
        client_with_phone(demo.db, "(212) 555-0199", "US")
    assert caught.value.message == "No client has the phone +1 212-555-0199."


def test_an_invalid_phone_is_refused_as_phone_invalid(demo):
    with pytest.raises(DeskError) as caught:
        update_client(demo.db, demo.admin, demo.client("Alice Smith"), "Alice", "123", None, "")
    assert caught.value.code == "phone_invalid"


def test_updating_a_client_needs_the_manage_clients_permission(demo):
    nobody = Actor(None, "guest", "nobody")  # a role the matrix doesn't know may do nothing
    with pytest.raises(PermissionDenied):
        update_client(demo.db, nobody, demo.client("Alice Smith"), "A", "12125550101", None, "")


def test_the_freeze_preview_shows_days_left_and_the_new_expiry(demo):
    preview = freeze_preview(demo.db, "DS-0001", DEMO_DAY, DEMO_DAY + timedelta(days=5))
    expiry = demo.membership("DS-0001").expiry
    assert (preview.days_left, preview.days_left_after) == (30, 25)
    assert preview.new_expiry == expiry + timedelta(days=5) and preview.allowed


def test_the_freeze_preview_and_the_freeze_agree(demo):
    until = DEMO_DAY + timedelta(days=9)
    preview = freeze_preview(demo.db, "DS-0001", DEMO_DAY, until)
    frozen = freeze_membership(demo.db, demo.admin, "DS-0001", until=until, day=DEMO_DAY)
    assert frozen.expires == preview.new_expiry
    assert freeze_preview(demo.db, "DS-0001", DEMO_DAY, until).refusal.code == "membership_frozen"


@pytest.mark.parametrize(("ref", "days", "code"), [
    ("DS-0001", 31, "freeze_limit_exceeded"),
    ("DS-0002", 5, "freeze_not_allowed"),
])
def test_the_freeze_preview_gives_the_refusal_of_the_rule(demo, ref, days, code):
    preview = freeze_preview(demo.db, ref, DEMO_DAY, DEMO_DAY + timedelta(days=days))
    assert not preview.allowed and preview.refusal.code == code
    assert preview.new_expiry == demo.membership(ref).expiry  # unchanged


def test_the_preview_changes_nothing(demo):
    freeze_preview(demo.db, "DS-0001", DEMO_DAY, DEMO_DAY + timedelta(days=5))
    assert not demo.membership("DS-0001").state.freezes


def test_only_active_types_valid_at_the_location_are_sellable(demo):
    names = [t.name for t in sellable_types(demo.db, demo.location("Airport"))]
    assert names == ["PT 12", "Yoga 8"]


def test_the_sale_location_is_the_actors_else_the_first_with_a_sales_storage(demo):
    assert default_sale_location(demo.db, None) == demo.location("Downtown")
    riverside = demo.location("Riverside")
    assert default_sale_location(demo.db, riverside) == riverside


def test_a_sold_membership_can_be_previewed_by_id(demo):
    info = sell_membership(demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
                           location_id=demo.location("Downtown"),
                           client_id=demo.client("Emma Brown"), day=DEMO_DAY)
    preview = freeze_preview(demo.db, info.id, DEMO_DAY, date(2026, 3, 20))
    assert preview.new_expiry == date(2026, 6, 20)
