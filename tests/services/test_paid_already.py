"""Whether a client already had a service that day (SPEC §11 "Safe keys"): the desk asks
before a second payment; any location of the chain counts, an undone payment does not."""

from datetime import timedelta

from desk.core.permissions import Role
from desk.services.memberships import pay_visit, undo_payment
from desk.services.queries import paid_already
from tests.demo_chain import DEMO_DAY


def pay_carla_yoga(demo, location="Riverside", day=DEMO_DAY):
    return pay_visit(demo.db, demo.at(location, Role.RECEPTION),
                     client_id=demo.client("Carla Díaz"), service_id=demo.service("Yoga class"),
                     location_id=demo.location(location), day=day)


def carla_had(demo, service="Yoga class", day=DEMO_DAY):
    return paid_already(demo.db, demo.client("Carla Díaz"), demo.service(service), day)


def test_nothing_paid_yet_is_nothing_to_ask_about(demo):
    assert carla_had(demo) is None


def test_a_payment_that_day_names_where_and_when(demo):
    pay_carla_yoga(demo, location="Airport")
    earlier = carla_had(demo)
    assert earlier is not None and earlier.location == "Airport"
    assert len(earlier.at) == 5 and earlier.at[2] == ":"


def test_only_that_service_and_that_day_count(demo):
    pay_carla_yoga(demo)
    assert carla_had(demo, service="Classic massage") is None
    assert carla_had(demo, day=DEMO_DAY + timedelta(days=1)) is None


def test_the_latest_payment_is_named(demo):
    pay_carla_yoga(demo, location="Airport")
    pay_carla_yoga(demo, location="Downtown")
    assert carla_had(demo).location == "Downtown"


def test_an_undone_payment_is_not_a_visit_had(demo):
    paid = pay_carla_yoga(demo)
    undo_payment(demo.db, demo.admin, paid.payment_id, DEMO_DAY)
    assert carla_had(demo) is None
