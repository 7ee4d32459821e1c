"""A Family yoga membership for the UI tests: the demo's shared, transferable type with a
freeze policy is unsold (SPEC §9), so a test that needs one sells it first."""

from desk.services.memberships import sell_membership
from tests.demo_chain import DEMO_DAY

FAMILY_CODE = "FY-0001"


def sell_family_yoga(demo, client="Alice Smith", code=FAMILY_CODE):
    """Sell Family yoga to ``client`` at Riverside on the demo's day: active from the sale."""
    return sell_membership(demo.db, demo.admin, type_id=demo.type_id("Family yoga"),
                           location_id=demo.location("Riverside"),
                           client_id=demo.client(client), code=code, day=DEMO_DAY)
