"""Selling memberships through the service (SPEC §3.1)."""

from datetime import timedelta

import pytest

from desk.core.errors import DeskError, PermissionDenied
from desk.core.ledger import EntryKind
from desk.core.permissions import Role
from desk.services.memberships import sell_membership
from tests.demo_chain import DEMO_DAY


def sell(demo, type_name, location="Downtown", **kw):
    kw.setdefault("day", DEMO_DAY)
    return sell_membership(demo.db, demo.admin, type_id=demo.type_id(type_name),
                           location_id=demo.location(location), **kw)


def refusal(demo, type_name, location="Downtown", **kw) -> str:
    with pytest.raises(DeskError) as caught:
        sell(demo, type_name, location, **kw)
    return caught.value.code


def test_the_demo_chain_holds_the_three_memberships_of_the_spec(demo):
    ds1, ds2, yoga = demo.membership("DS-0001"), demo.membership("DS-0002"), demo.carla_yoga()
    assert (ds1.type.name, ds1.remaining, ds1.status_on(DEMO_DAY).value) == (
        "Massage 10", 7, "active")
    assert ds1.sale.sold_on == DEMO_DAY - timedelta(days=30)
    assert (ds2.type.name, ds2.remaining, ds2.expiry) == ("PT 12", 12, None)
    assert (yoga.code, yoga.status_on(DEMO_DAY).value) == (None, "issued")


def test_a_sale_writes_one_sale_entry_with_the_full_balance(demo):
    info = sell(demo, "Nails split", code="N-1")
    m = demo.membership(info.id)
    assert [e.kind for e in m.entries] == [EntryKind.SALE]
    assert info.balances == {"Classic massage": 2, "Manicure": 5}


def test_a_type_without_sale_without_code_requires_a_code(demo):
    assert refusal(demo, "Nails split", client_id=demo.client("Alice Smith")) == "code_required"


def test_a_code_is_unique_in_the_chain_ignoring_case_and_spaces(demo):
    assert refusal(demo, "Massage 10", code="  ds-0001 ") == "code_exists"


def test_a_no_code_sale_requires_a_client(demo):
    assert refusal(demo, "Massage 10") == "client_required"


def test_a_location_without_sales_storage_cannot_sell(demo):
    code = refusal(demo, "PT 12", "Airport", code="PT-9")
    assert code == "location_no_storage"


def test_a_type_is_sold_only_where_it_is_valid(demo):
    assert refusal(demo, "Nails split", "Riverside", code="N-2") == "location_not_valid"


def test_an_archived_type_is_not_sold(demo):
    assert refusal(demo, "Old promo", code="OP-1") == "type_archived"


def test_a_generated_code_carries_the_desk_prefix_and_is_readable(demo):
    info = sell(demo, "PT 12", generate=True)
    prefix = demo.db.code_prefix()
    assert info.number.startswith(prefix + "-")
    assert not set(info.number.removeprefix(prefix + "-")) & set("O0I1")


def test_reception_may_sell_but_not_edit_types(demo):
    reception = demo.at("Downtown", Role.RECEPTION)
    info = sell_membership(demo.db, reception, type_id=demo.type_id("PT 12"),
                           location_id=demo.location("Downtown"), code="R-1", day=DEMO_DAY)
    assert info.status == "active"
    from desk.services.types import duplicate
    with pytest.raises(PermissionDenied):
        duplicate(demo.db, reception, demo.type_id("PT 12"))


def test_a_refused_sale_writes_nothing(demo):
    with demo.db.read() as uow:
        before = len(uow.memberships.for_client(demo.client("Emma Brown")))
    refusal(demo, "Nails split", client_id=demo.client("Emma Brown"))
    with demo.db.read() as uow:
        assert len(uow.memberships.for_client(demo.client("Emma Brown"))) == before


def test_an_empty_chain_starts_with_an_administrator(tmp_path):
    from desk.services.auth import log_in
    from desk.services.chain import start_chain
    from desk.store.uow import Database

    db = Database.open(tmp_path / "new.sqlite")
    start_chain(db, "My studio", "secret")
    assert log_in(db, "admin", "secret").role == "admin"
