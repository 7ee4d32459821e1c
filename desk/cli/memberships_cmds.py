"""Commands a receptionist's work maps to: sell, pay, undo-pay, freeze, unfreeze, void, refund,
book, list."""

from __future__ import annotations

from desk.cli.context import actor, business_date, emit, open_db
from desk.core.dates import parse_date, parse_moment
from desk.services import bookings, corrections, memberships, queries
from desk.services.lookups import client_with_phone, location_named, service_named, type_named
from desk.services.views import MembershipInfo


def list_memberships(args) -> int:
    db = open_db(args)
    rows = queries.export_memberships(db, actor(db, args), business_date(args))
    emit(args, [r.as_json() for r in rows], "\n".join(_line(r) for r in rows) or "none")
    return 0


def sell(args) -> int:
    db = open_db(args)
    location, client = location_named(db, args.location), None
    if args.client:
        client = client_with_phone(db, args.client, location.phone_region)
    t = type_named(db, args.type)
    info = memberships.sell_membership(
        db, actor(db, args), type_id=t.id, location_id=location.id,
        client_id=client.id if client else None, code=args.code, generate=args.generate_code,
        day=business_date(args))
    return show(args, info)


def pay(args) -> int:
    db = open_db(args)
    location = location_named(db, args.location)
    client = client_with_phone(db, args.client, location.phone_region)
    service = service_named(db, args.service)
    info = memberships.pay_visit(db, actor(db, args), client_id=client.id, service_id=service.id,
                                 location_id=location.id, day=business_date(args),
                                 membership_ref=args.membership,
                                 past_limit_reason=args.override)
    return show(args, info)


def undo_pay(args) -> int:
    db = open_db(args)
    return show(args, memberships.undo_payment(db, actor(db, args), args.payment_id,
                                                business_date(args)))


def freeze(args) -> int:
    db = open_db(args)
    until = parse_date(args.until, field="--until date")
    return show(args, memberships.freeze_membership(db, actor(db, args), args.ref, until=until,
                                                    day=business_date(args),
                                                    reason=args.reason))


def unfreeze(args) -> int:
    db = open_db(args)
    return show(args, memberships.unfreeze_membership(db, actor(db, args), args.ref,
                                                       business_date(args)))


def void(args) -> int:
    db = open_db(args)
    return show(args, corrections.void_sale(db, actor(db, args), args.ref, reason=args.reason,
                                             day=business_date(args)))


def refund(args) -> int:
    db = open_db(args)
    return show(args, corrections.refund_membership(db, actor(db, args), args.ref,
                                                     reason=args.reason, amount=args.amount,
                                                     day=business_date(args)))


def book(args) -> int:
    db = open_db(args)
    location = location_named(db, args.location)
    client = client_with_phone(db, args.client, location.phone_region)
    service_ids = [service_named(db, s).id for s in args.service]
    starts_at = parse_moment(args.at, field="--at time")
    info = bookings.book(db, actor(db, args), client_id=client.id, service_ids=service_ids,
                         location_id=location.id, starts_at=starts_at,
                         override=args.override)
    text = "\n".join(f"booked {s.service} at {starts_at:%Y-%m-%d %H:%M}, "
                     f"covered by {s.membership_number or 'a membership with no code'}"
                     for s in info.services)
    emit(args, info.as_json(), text)
    return 0


def show(args, info: MembershipInfo) -> int:
    """The membership a command left, as text or as ``desk memberships --json``'s shape."""
    emit(args, info.as_json(), _line(info) + (f"\npayment {info.payment_id}"
                                             if info.payment_id else ""))
    return 0


def _line(r: MembershipInfo) -> str:
    left = (", ".join(f"{k} {v}" for k, v in r.balances.items()) if r.balances
            else f"{r.remaining} left")
    return " · ".join([r.number or "(no code)", r.type, r.client or "(no client)",
                       r.status.replace("_", " "), left,
                       f"expires {r.expires}" if r.expires
                       else "no expiry yet" if r.status == "issued" else "no expiry"])

