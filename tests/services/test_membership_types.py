"""Managers' membership types through the services (SPEC §2)."""

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.core.errors import DeskError
from desk.services.types import create_type, duplicate, set_archived, update_type
from desk.store import schema


def current(demo, name):
    with demo.db.read() as uow:
        return uow.types.by_name(name)


def code_of(call) -> str:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value.code


def test_a_sold_types_price_cannot_change_and_the_error_offers_duplicate(demo):
    t = current(demo, "Massage 10")
    with pytest.raises(DeskError) as caught:
        update_type(demo.db, demo.admin, replace(t, price=Decimal("900")))
    assert caught.value.code == "type_locked_price" and "Duplicate" in str(caught.value)


def test_an_unsold_type_may_change_its_price(demo):
    t = current(demo, "Nails split")
    assert update_type(demo.db, demo.admin, replace(t, price=Decimal("260"))).price == 260
    assert current(demo, "Nails split").price == Decimal("260.00")


def test_a_sold_overall_type_may_gain_a_service(demo):
    t = current(demo, "Massage 10")
    changed = replace(t, service_ids=t.service_ids | {demo.service("Manicure")})
    update_type(demo.db, demo.admin, changed)
    assert demo.service("Manicure") in current(demo, "Massage 10").service_ids


def test_a_sold_type_cannot_lose_a_service(demo):
    t = current(demo, "Massage 10")
    changed = replace(t, service_ids=t.service_ids - {demo.service("Sports massage")})
    assert code_of(lambda: update_type(demo.db, demo.admin, changed)) == \
        "type_locked_services_removed"


def test_duplicate_copies_every_setting_under_the_next_free_name(demo):
    first = duplicate(demo.db, demo.admin, demo.type_id("Massage 10"))
    second = duplicate(demo.db, demo.admin, demo.type_id("Massage 10"))
    assert (first.name, second.name) == ("Massage 10 (2)", "Massage 10 (3)")
    assert replace(first, id="", name="") == replace(current(demo, "Massage 10"), id="", name="")


def test_a_new_type_needs_a_name_no_active_type_has(demo):
    t = replace(current(demo, "PT 12"), id="", name=" pt 12 ")
    assert code_of(lambda: create_type(demo.db, demo.admin, t)) == "type_name_taken"


def test_an_archived_type_can_be_restored(demo):
    restored = set_archived(demo.db, demo.admin, demo.type_id("Old promo"), False)
    assert not restored.archived and not current(demo, "Old promo").archived


def test_every_type_is_a_product_in_the_memberships_category(demo):
    with demo.db.read() as uow:
        names = set(uow.connection().scalars(select(schema.Product.name).join(
            schema.ProductCategory).where(schema.ProductCategory.name == "Memberships")))
    assert names == {"Massage 10", "Yoga 8", "Nails split", "PT 12", "Old promo",
                     "Family yoga"}
