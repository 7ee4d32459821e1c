"""Moving the clock day by day over the demo chain, and setting types up for due work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from desk.core.bookings import ServiceKind
from desk.core.notifications import NoticeKind, NoticeSetting
from desk.services import chain, types
from desk.services.channel_settings import ChannelForm, save_channels
from desk.services.due import DueReport, run_due
from desk.services.memberships import pay_visit, sell_membership


def change_type(demo, name: str, **changes) -> None:
    with demo.db.read() as uow:
        t = uow.types.by_name(name)
    types.update_type(demo.db, demo.admin, replace(t, **changes))


def notices(before: int | None = None, left: int | None = None, each: bool = False,
            template: str = "") -> tuple[NoticeSetting, ...]:
    return (NoticeSetting(NoticeKind.BEFORE_EXPIRY, before is not None, before, template),
            NoticeSetting(NoticeKind.VISITS_LEFT, left is not None, left, template),
            NoticeSetting(NoticeKind.EACH_DEDUCTION, each, None, template))


def pilates_with_deduction(demo, sold_on: date) -> str:
    """A group service deducted on no-show or a cancellation within 24 h of its start, and
    "Pilates 5" (5 visits, unlimited) sold to Emma as PIL-1. Returns the service id."""
    service_id = chain.add_service(demo.db, demo.admin, "Pilates", category="Fitness",
                                   kind=ServiceKind.GROUP, duration_min=50, price=Decimal(25),
                                   auto_deduct=True, free_cancel_hours=24)
    with demo.db.read() as uow:
        pt = uow.types.by_name("PT 12")
    t = types.create_type(demo.db, demo.admin, replace(
        pt, id="", name="Pilates 5", service_ids=frozenset({service_id}), visits={"*": 5}))
    sell_membership(demo.db, demo.admin, type_id=t.id, location_id=demo.location("Downtown"),
                    client_id=demo.client("Emma Brown"), code="PIL-1", day=sold_on)
    return service_id


def use_sms(demo, gateway) -> None:
    save_channels(demo.db, demo.admin, ChannelForm(sms_url=gateway.url))


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def pay(demo, client: str, service: str, day: date, ref: str | None = None) -> None:
    pay_visit(demo.db, demo.admin, client_id=demo.client(client), service_id=demo.service(service),
              location_id=demo.location("Downtown"), day=day, membership_ref=ref)


def run_days(demo, first: date, last: date,
             events: dict[date, Callable[[], None]] | None = None) -> DueReport:
    """Run the due work twice a day from ``first`` to ``last``; returns everything done."""
    total, day = DueReport(), first
    while day <= last:
        (events or {}).get(day, lambda: None)()
        for hour in (9, 15):
            done = run_due(demo.db, demo.admin, at(day, hour))
            for name, items in done.as_json().items():
                if isinstance(items, list):
                    getattr(total, name).extend(items)
            total.waiting = done.waiting
        day += timedelta(days=1)
    return total
