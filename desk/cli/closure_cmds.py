"""Commands for who uses a membership and for closures: transfer, share, close-location,
reopen-location, closures, freeze-reasons (SPEC §3.5, §3.11)."""

from __future__ import annotations

from desk.cli.context import actor, business_date, emit, open_db
from desk.cli.memberships_cmds import show
from desk.core.dates import parse_date
from desk.services import chain, closures, sharing
from desk.services.lookups import client_with_phone, location_named
from desk.services.this_desk import usual_location


def transfer(args) -> int:
    db = open_db(args)
    client = _client(db, args.to)
    return show(args, sharing.transfer_membership(db, actor(db, args), args.ref,
                                                  to_client_id=client.id, reason=args.reason,
                                                  day=business_date(args)))


def share(args) -> int:
    db = open_db(args)
    client = _client(db, args.add or args.remove)
    return show(args, sharing.share_membership(db, actor(db, args), args.ref,
                                               client_id=client.id, remove=bool(args.remove),
                                               day=business_date(args)))


def close_location(args) -> int:
    db = open_db(args)
    location = location_named(db, args.location)
    plan = closures.close_location(
        db, actor(db, args), location.id, first_day=parse_date(args.first_day, field="--from date"),
        last_day=parse_date(args.last_day, field="--to date"), commit=args.commit,
        today=business_date(args))
    lines = [f"{'freezes' if line.skipped is None else 'leaves  '} "
             f"{line.number or line.type:<12} {line.client or '':<20} "
             + (f"valid until {line.expires or '-'} → {line.new_expiry or '-'}"
                if line.skipped is None else f"({line.skipped})") for line in plan.lines]
    days = (plan.last_day - plan.first_day).days + 1
    head = (f"{plan.location} closed {plan.first_day} to {plan.last_day} ({days} days): "
            f"{len(plan.frozen)} membership(s) "
            + (f"frozen; closure {plan.closure_id}" if plan.committed
               else "would be frozen (preview: add --commit to freeze them)"))
    emit(args, plan.as_json(), "\n".join([head, *lines]))
    return 0


def reopen_location(args) -> int:
    db = open_db(args)
    count = closures.cancel_closure(db, actor(db, args), args.closure, day=business_date(args))
    emit(args, {"closure_id": args.closure, "unfrozen": count},
         f"closure {args.closure} cancelled: {count} membership(s) unfrozen")
    return 0


def list_closures(args) -> int:
    db = open_db(args)
    rows = closures.closures(db)
    with db.read() as uow:
        names = {loc.id: loc.name for loc in uow.reference.locations()}
    data = [{"closure_id": c.id, "location": names.get(c.location_id, c.location_id),
             "from": c.first_day.isoformat(), "reopens": c.reopens.isoformat(),
             "frozen": c.frozen, "running": c.running} for c in rows]
    emit(args, data, "\n".join(f"{d['closure_id']}  {d['location']:<12} {d['from']} until "
                               f"{d['reopens']}  froze {d['frozen']}, {d['running']} still"
                               for d in data) or "none")
    return 0


def freeze_reasons(args) -> int:
    db = open_db(args)
    reasons = (chain.set_freeze_reasons(db, actor(db, args), args.reasons) if args.reasons
               else chain.freeze_reasons(db))
    emit(args, list(reasons), "\n".join(reasons) or "none")
    return 0


def _client(db, phone: str):
    return client_with_phone(db, phone, usual_location(db)[0].phone_region)
