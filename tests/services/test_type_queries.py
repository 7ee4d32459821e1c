"""The membership types as the types screen lists them, and the editor's choices."""

from desk.services.type_queries import list_types, type_form_choices
from desk.services.types import duplicate


def rows_by_name(demo):
    return {row.name: row for row in list_types(demo.db)}


def test_every_demo_type_is_listed_by_name_active_and_archived(demo):
    rows = list_types(demo.db)
    assert [r.name for r in rows] == ["Family yoga", "Massage 10", "Nails split", "Old promo",
                                        "PT 12", "Yoga 8"]
    assert [r.name for r in rows if r.type.archived] == ["Old promo"]


def test_a_type_is_sold_once_a_membership_of_it_exists(demo):
    sold = {name for name, row in rows_by_name(demo).items() if row.sold}
    assert sold == {"Massage 10", "PT 12", "Yoga 8"}


def test_an_overall_type_shows_its_services_and_one_total(demo):
    row = rows_by_name(demo)["Massage 10"]
    assert row.services == "Classic massage + Sports massage: 10 visits"
    assert (row.mode, row.price) == ("Overall", "800.00 USD")


def test_a_split_type_shows_the_visits_of_each_service(demo):
    row = rows_by_name(demo)["Nails split"]
    assert (row.mode, row.services) == ("Split", "Classic massage 2 · Manicure 5")


def test_validity_says_how_long_and_from_when_or_unlimited(demo):
    rows = rows_by_name(demo)
    assert rows["Massage 10"].validity == "3 months from sale"
    assert rows["Yoga 8"].validity == "1 month from first visit"
    assert rows["PT 12"].validity == "unlimited"


def test_locations_are_listed_by_name(demo):
    rows = rows_by_name(demo)
    assert rows["Massage 10"].locations == "Downtown, Riverside"
    assert rows["PT 12"].locations == "Airport, Downtown, Riverside"


def test_a_duplicate_is_listed_unsold(demo):
    duplicate(demo.db, demo.admin, demo.type_id("Massage 10"))
    assert rows_by_name(demo)["Massage 10 (2)"].sold is False


def test_the_form_offers_every_service_and_location_with_ids(demo):
    choices = type_form_choices(demo.db)
    assert [c.name for c in choices.locations] == ["Airport", "Downtown", "Riverside"]
    assert [c.name for c in choices.services] == [
        "Classic massage", "Manicure", "Personal training", "Sports massage", "Yoga class"]
    manicure = next(c for c in choices.services if c.name == "Manicure")
    assert (manicure.id, manicure.group) == (demo.service("Manicure"), "Nails")
    assert choices.currency == "USD"
