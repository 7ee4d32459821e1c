"""Membership types as JSON (SPEC §8 ``desk types --json`` and ``desk type save FILE.json``):
every setting of a type, with services and locations by name, so a file written from one
chain's listing reads back into it, and §2's locks apply to a change as in the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desk.core.dates import Period, PeriodUnit
from desk.core.errors import DeskError, NotFound
from desk.core.freeze_policy import FreezePolicy
from desk.core.membership_types import (
    OVERALL_KEY,
    BalanceMode,
    EditPolicy,
    MembershipType,
    Transferable,
    ValidityStart,
)
from desk.core.money import parse_money
from desk.core.notifications import NoticeKind, NoticeSetting
from desk.core.visit_limits import VisitLimits
from desk.services.actor import Actor
from desk.services.types import create_type, update_type
from desk.store.uow import Database


def types_as_json(db: Database) -> list[dict]:
    """Every type, archived ones too, with every setting it has."""
    with db.read() as uow:
        services = {s.id: s.name for s in uow.reference.services()}
        places = {p.id: p.name for p in uow.reference.locations()}
        return [_type_json(t, services, places, sold=uow.types.is_sold(t.id))
                for t in uow.types.all()]


def _type_json(t: MembershipType, services: dict[str, str], places: dict[str, str], *,
               sold: bool) -> dict:
    visits: int | dict[str, int] = (t.visits[OVERALL_KEY] if t.balance_mode is BalanceMode.OVERALL
                                    else {services[k]: v for k, v in sorted(t.visits.items())})
    return {
        "id": t.id, "name": t.name, "balance_mode": t.balance_mode.value,
        "services": sorted(services[i] for i in t.service_ids), "visits": visits,
        "price": str(t.price), "validity": _period(t.validity),
        "validity_start": t.validity_start.value, "auto_activate_days": t.auto_activate_days,
        "freeze_limit": _period(t.freeze_limit) if t.freeze_limit else None,
        "book_while_frozen": t.book_while_frozen, "sale_without_code": t.sale_without_code,
        "recalculate_cost": t.recalculate_cost, "edit_policy": t.edit_policy.value,
        "online_sale": t.online_sale, "locations": sorted(places[i] for i in t.location_ids),
        "archived": t.archived, "auto_renew": t.auto_renew,
        "notices": [{"kind": n.kind.value, "enabled": n.enabled, "threshold": n.threshold,
                     "template": n.template} for n in t.notices],
        "visit_limits": {"per_day": t.visit_limits.per_day,
                         "per_week": t.visit_limits.per_week,
                         "per_month": t.visit_limits.per_month},
        "freeze_policy": {"min_days": t.freeze_policy.min_days,
                          "max_days": t.freeze_policy.max_days,
                          "max_count": t.freeze_policy.max_count,
                          "fee": str(t.freeze_policy.fee),
                          "reason_required": t.freeze_policy.reason_required},
        "transferable": t.transferable.value, "share_limit": t.share_limit,
        "sold": sold,
    }


def _period(p: Period) -> dict:
    return {"amount": p.amount, "unit": p.unit.value}


def save_type_json(db: Database, actor: Actor, data: Any) -> MembershipType:
    """Create the type ``data`` describes, or change the one it names (by ``id``, else by
    name); settings it leaves out keep their value (a new type: the defaults)."""
    if not isinstance(data, dict):
        raise _invalid("the file", "is not one type (a JSON object)", "Save one type per file.")
    with db.read() as uow:
        services = {s.name.casefold(): s.id for s in uow.reference.services()}
        places = {p.name.casefold(): p.id for p in uow.reference.locations()}
        existing = _existing(uow, data)
    t = _read(data, existing, services, places)
    if existing is None:
        return create_type(db, actor, t)
    return update_type(db, actor, replace(t, id=existing.id))


def _existing(uow, data: dict) -> MembershipType | None:
    try:
        if data.get("id"):
            return uow.types.get(str(data["id"]))
        return uow.types.by_name(str(data.get("name", "")))
    except NotFound:
        return None


def _read(data: dict, old: MembershipType | None, services: dict[str, str],
          places: dict[str, str]) -> MembershipType:
    base = old or MembershipType(id="", name="", balance_mode=BalanceMode.OVERALL,
                                 service_ids=frozenset(), visits={}, price=parse_money(0))
    mode = _enum(data, "balance_mode", BalanceMode, base.balance_mode)
    service_ids = (frozenset(_named(n, services, "service") for n in _list(data, "services"))
                   if "services" in data else base.service_ids)
    t = replace(
        base, name=str(data.get("name", base.name)), balance_mode=mode, service_ids=service_ids,
        visits=_visits(data, base, mode, services),
        price=parse_money(data["price"], field="price") if "price" in data else base.price,
        validity=_read_period(data, "validity") or base.validity,
        validity_start=_enum(data, "validity_start", ValidityStart, base.validity_start),
        freeze_limit=(_read_period(data, "freeze_limit") if "freeze_limit" in data
                      else base.freeze_limit),
        edit_policy=_enum(data, "edit_policy", EditPolicy, base.edit_policy),
        location_ids=(frozenset(_named(n, places, "location") for n in _list(data, "locations"))
                      if "locations" in data else base.location_ids),
        notices=_notices(data) if "notices" in data else base.notices,
        visit_limits=_limits(data, base.visit_limits),
        freeze_policy=_policy(data, base.freeze_policy),
        transferable=_enum(data, "transferable", Transferable, base.transferable),
        share_limit=(_count(data["share_limit"], "share_limit") if "share_limit" in data
                     else base.share_limit))
    flags: dict[str, Any] = {key: _flag(data, key) for key in (
        "book_while_frozen", "sale_without_code", "recalculate_cost", "online_sale", "archived",
        "auto_renew") if key in data}
    t = replace(t, **flags)
    if "auto_activate_days" in data:
        t = replace(t, auto_activate_days=_whole(data["auto_activate_days"],
                                                 "auto_activate_days"))
    return t


def _visits(data: dict, base: MembershipType, mode: BalanceMode,
            services: dict[str, str]) -> dict[str, int]:
    if "visits" not in data:
        return dict(base.visits)
    raw = data["visits"]
    if mode is BalanceMode.OVERALL:
        return {OVERALL_KEY: _count(raw, "visits")}
    if not isinstance(raw, dict):
        raise _invalid("visits", "of a split type are not by service",
                       'Write {"service name": visits, ...}.')
    return {_named(n, services, "service"): _count(v, f"visits of {n}") for n, v in raw.items()}


def _section(data: dict, key: str, base: Any, empty: Any, example: str,
             read: Callable[[dict], Any]) -> Any:
    """A setting the file writes as one object: left out, it keeps ``base``; null is
    ``empty`` (no limit, no policy); anything else but an object is refused."""
    if key not in data:
        return base
    raw = data[key]
    if raw is None:
        return empty
    if not isinstance(raw, dict):
        raise _invalid(key, "is not an object", example)
    return read(raw)


def _limits(data: dict, base: VisitLimits) -> VisitLimits:
    return _section(data, "visit_limits", base, VisitLimits(),
                    'Write {"per_day": N, "per_week": N, "per_month": N} (null: no limit).',
                    lambda raw: VisitLimits(*(_whole(raw.get(k), f"visit_limits.{k}")
                                              for k in ("per_day", "per_week", "per_month"))))


def _policy(data: dict, base: FreezePolicy) -> FreezePolicy:
    def read(raw: dict) -> FreezePolicy:
        fee = raw.get("fee")
        return FreezePolicy(min_days=_whole(raw.get("min_days"), "freeze_policy.min_days"),
                            max_days=_whole(raw.get("max_days"), "freeze_policy.max_days"),
                            max_count=_whole(raw.get("max_count"), "freeze_policy.max_count"),
                            fee=parse_money(fee if fee is not None else 0, field="freeze fee"),
                            reason_required=_flag(raw, "reason_required"))
    return _section(data, "freeze_policy", base, FreezePolicy(),
                    'Write {"min_days": N, "max_days": N, "max_count": N, "fee": "10.00", '
                    '"reason_required": true} (null: none).', read)


def _notices(data: dict) -> tuple[NoticeSetting, ...]:
    found = []
    for n in _list(data, "notices"):
        if not isinstance(n, dict):
            raise _invalid("notices", "holds something that is not a notice",
                           'Write {"kind": …, "enabled": …, "threshold": …, "template": …}.')
        found.append(NoticeSetting(_enum(n, "kind", NoticeKind, None), _flag(n, "enabled"),
                                   _whole(n.get("threshold"), "notice threshold"),
                                   str(n.get("template") or "")))
    return tuple(found)


def _read_period(data: dict, key: str) -> Period | None:
    raw = data.get(key)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _invalid(key, "is not a period", 'Write {"amount": 3, "unit": "month"}.')
    return Period(_count(raw.get("amount"), f"{key}.amount"), _enum(raw, "unit", PeriodUnit, None))


def _enum(data: dict, key: str, kind: Any, default: Any) -> Any:
    if key not in data:
        if default is None:
            raise _invalid(key, "is missing", f"Give one of: {_choices(kind)}.")
        return default
    try:
        return kind(data[key])
    except ValueError:
        raise _invalid(key, f"{data[key]!r} is not a choice",
                       f"Give one of: {_choices(kind)}.") from None


def _choices(kind: Any) -> str:
    return ", ".join(k.value for k in kind)


def _whole(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(what, f"{value!r} is not a whole number", "Write a number like 10.")
    return value


def _count(value: Any, what: str) -> int:
    """A whole number that must be there (visits, a period's amount)."""
    if value is None:
        raise _invalid(what, "is missing", "Write a number like 10.")
    return _whole(value, what) or 0


def _flag(data: dict, key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise _invalid(key, f"{value!r} is not true or false", "Write true or false.")
    return value


def _list(data: dict, key: str) -> list:
    value = data[key]
    if not isinstance(value, list):
        raise _invalid(key, "is not a list", f'Write ["…", "…"] for {key}.')
    return value


def _named(name: Any, known: dict[str, str], what: str) -> str:
    found = known.get(str(name).strip().casefold())
    if found is None:
        raise DeskError(f"{what}_unknown", f"There is no {what} named {name!r}.", value=name,
                        hint=f"Use the {what}'s name as the desk shows it.")
    return found


def _invalid(what: str, problem: str, hint: str) -> DeskError:
    return DeskError("type_file_invalid", f"In the type file, {what} {problem}.", value=what,
                     hint=hint)
