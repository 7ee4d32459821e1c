"""The demo chain of SPEC §9: fixed, documented data relative to today."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desk.core.bookings import ServiceKind
from desk.core.dates import Period, PeriodUnit, utc_now
from desk.core.errors import DeskError
from desk.core.freeze_policy import FreezePolicy
from desk.core.membership_types import (
    BalanceMode,
    EditPolicy,
    MembershipType,
    Transferable,
    ValidityStart,
)
from desk.core.permissions import Action, Role
from desk.core.visit_limits import VisitLimits
from desk.services import chain, types
from desk.services.actor import SYSTEM, Actor
from desk.services.auth import add_user, cli_actor
from desk.services.memberships import pay_visit, sell_membership
from desk.services.this_desk import set_desk_location
from desk.store.uow import Database

SERVICES = [  # name, category, kind, minutes, price
    ("Classic massage", "Massage", ServiceKind.INDIVIDUAL, 60, "80.00"),
    ("Sports massage", "Massage", ServiceKind.INDIVIDUAL, 60, "95.00"),
    ("Yoga class", "Fitness", ServiceKind.GROUP, 60, "20.00"),
    ("Personal training", "Fitness", ServiceKind.INDIVIDUAL, 60, "60.00"),
    ("Manicure", "Nails", ServiceKind.INDIVIDUAL, 45, "35.00"),
]
CLIENTS = [("Alice Smith", "12125550101"), ("Bob Jones", "12125550102"),
           ("Carla Díaz", "34911234567"), ("Dmitri Ivanov", "447911123456"),
           ("Emma Brown", "12025550143")]


FREEZE_REASONS = ("Illness", "Travel", "Other")


def is_empty(db: Database) -> bool:
    with db.read() as uow:
        return uow.reference.chain() is None


def move_aside_for_demo(path: Path, username: str | None) -> Path | None:
    """Make room for the demo chain at ``path``: a database that holds a chain is moved aside
    (``<name>.before-demo-<time>.sqlite``), which replaces the live data as a restore does,
    so it needs the restore permission of the user named there (``--user``; by default
    admin). Returns where it went (None: it held no chain and stays to be filled)."""
    db = Database.open(path)
    try:
        if is_empty(db):
            return None
        cli_actor(db, username).require(Action.RESTORE)
    finally:
        db.close()
    aside = path.with_name(f"{path.stem}.before-demo-{utc_now():%Y%m%d-%H%M%S}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{aside}{suffix}"))
    return aside


def create_demo(db: Database, today: date | None = None) -> None:
    """Create the demo chain in an empty database (SPEC §9)."""
    if not is_empty(db):
        raise DeskError("database_not_empty", "This database already holds a chain.",
                        hint="Use --force to add the demo anyway, or choose another file.")
    today = today or date.today()
    chain.create_chain(db, SYSTEM, "Demo Studio", "USD")
    loc = {
        "Downtown": chain.add_location(db, SYSTEM, "Downtown", sales_storage="Downtown store"),
        "Riverside": chain.add_location(db, SYSTEM, "Riverside", sales_storage="Riverside store"),
        "Airport": chain.add_location(db, SYSTEM, "Airport"),
    }
    svc = {name: chain.add_service(db, SYSTEM, name, category=cat, kind=kind,
                                   duration_min=minutes, price=Decimal(price))
           for name, cat, kind, minutes, price in SERVICES}
    cli = {name: chain.add_client(db, SYSTEM, name, phone).id for name, phone in CLIENTS}
    for name in ("admin", "manager", "reception"):
        add_user(db, SYSTEM, name, Role(name), name, must_change_password=True)
    t = {d.name: types.create_type(db, SYSTEM, d) for d in _types(svc, loc)}
    types.set_archived(db, SYSTEM, t["Old promo"].id, True)
    chain.set_freeze_reasons(db, SYSTEM, list(FREEZE_REASONS))
    _sell(db, today, t, loc, cli, svc)
    set_desk_location(db, SYSTEM, loc["Downtown"])


def _sell(db: Database, today: date, t: dict, loc: dict, cli: dict, svc: dict) -> None:
    seller = Actor(None, "admin", Role.ADMIN)
    sold = today - timedelta(days=30)
    sell_membership(db, seller, type_id=t["Massage 10"].id, location_id=loc["Downtown"],
                    client_id=cli["Alice Smith"], code="DS-0001", day=sold)
    for week in range(3):
        pay_visit(db, seller, client_id=cli["Alice Smith"], service_id=svc["Classic massage"],
                  location_id=loc["Downtown"], day=sold + timedelta(days=2 + 7 * week),
                  membership_ref="DS-0001")
    sell_membership(db, seller, type_id=t["PT 12"].id, location_id=loc["Riverside"],
                    client_id=cli["Bob Jones"], code="DS-0002", day=today)
    sell_membership(db, seller, type_id=t["Yoga 8"].id, location_id=loc["Riverside"],
                    client_id=cli["Carla Díaz"], day=today)


def _types(svc: dict, loc: dict) -> list[MembershipType]:
    def make(name, mode, services, visits, price, validity, start=ValidityStart.SALE, **kw):
        return MembershipType(id="", name=name, balance_mode=mode,
                              service_ids=frozenset(svc[s] for s in services), visits=visits,
                              price=Decimal(price), validity=validity, validity_start=start, **kw)

    months = PeriodUnit.MONTH
    return [
        make("Massage 10", BalanceMode.OVERALL, ["Classic massage", "Sports massage"], {"*": 10},
             "800.00", Period(3, months), freeze_limit=Period(30, PeriodUnit.DAY),
             sale_without_code=True, recalculate_cost=True, edit_policy=EditPolicy.ALL_LOCATIONS,
             location_ids=frozenset({loc["Downtown"], loc["Riverside"]})),
        make("Yoga 8", BalanceMode.OVERALL, ["Yoga class"], {"*": 8}, "140.00", Period(1, months),
             ValidityStart.FIRST_VISIT, auto_activate_days=14,
             freeze_limit=Period(14, PeriodUnit.DAY), sale_without_code=True,
             location_ids=frozenset(loc.values())),
        make("Nails split", BalanceMode.SPLIT, ["Manicure", "Classic massage"],
             {svc["Manicure"]: 5, svc["Classic massage"]: 2}, "250.00", Period(6, months),
             edit_policy=EditPolicy.SELLING_LOCATION_ONLY,
             location_ids=frozenset({loc["Downtown"]})),
        make("PT 12", BalanceMode.OVERALL, ["Personal training"], {"*": 12}, "600.00",
             Period(0, months), location_ids=frozenset(loc.values())),
        make("Old promo", BalanceMode.OVERALL, ["Classic massage"], {"*": 5}, "300.00",
             Period(2, months), location_ids=frozenset({loc["Downtown"]})),
        # every setting of SPEC §3.5, §3.10 and §3.11 at work (unsold in the demo)
        make("Family yoga", BalanceMode.OVERALL, ["Yoga class"], {"*": 20}, "300.00",
             Period(2, months), freeze_limit=Period(30, PeriodUnit.DAY),
             visit_limits=VisitLimits(per_day=1), share_limit=2,
             transferable=Transferable.RECEPTION,
             freeze_policy=FreezePolicy(min_days=7, max_days=21, max_count=2,
                                        fee=Decimal("10.00"), reason_required=True),
             location_ids=frozenset({loc["Riverside"]})),
    ]
