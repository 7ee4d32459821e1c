"""What the desk's search box and client card ask."""

from desk.services.history import membership_history
from desk.services.queries import client_memberships, search_clients
from tests.demo_chain import DEMO_DAY


def names(clients):
    return [c.name for c in clients]


def test_a_client_is_found_by_name_prefix_ignoring_case(demo):
    assert names(search_clients(demo.db, "ali")) == ["Alice Smith"]


def test_a_client_is_found_by_a_phone_typed_in_any_format(demo):
    assert names(search_clients(demo.db, "+1 (212) 555-0102")) == ["Bob Jones"]
    assert names(search_clients(demo.db, "212 555 0102")) == ["Bob Jones"]


def test_a_phone_prefix_finds_every_client_it_starts(demo):
    assert names(search_clients(demo.db, "1212555")) == ["Alice Smith", "Bob Jones"]


def test_a_membership_code_finds_its_owner(demo):
    assert names(search_clients(demo.db, "ds-0002")) == ["Bob Jones"]


def test_the_client_card_lists_memberships_and_their_ledger(demo):
    rows = client_memberships(demo.db, demo.client("Alice Smith"), DEMO_DAY)
    assert [(r.number, r.remaining) for r in rows] == [("DS-0001", 7)]
    history = membership_history(demo.db, rows[0].id)
    assert [line.kind for line in history] == ["sale", "payment", "payment", "payment"]
