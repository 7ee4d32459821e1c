"""Selling memberships and using them: pay, undo, freeze, unfreeze, edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core import operations as rules
from desk.core.codes import clean_code, code_key, generate_code
from desk.core.dates import day_bounds, time_zone, utc_now
from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.core.memberships import Membership, Sale
from desk.core.money import parse_money
from desk.core.permissions import Action, require_undo
from desk.services.actor import Actor
from desk.services.views import MembershipInfo, describe
from desk.store.repos.memberships import SaleTerms
from desk.store.uow import Database, UnitOfWork


def sell_membership(db: Database, actor: Actor, *, type_id: str, location_id: str,
                    client_id: str | None = None, code: str | None = None,
                    generate: bool = False, day: date | None = None,
                    price: Decimal | None = None, amount_paid: Decimal | None = None,
                    payment_method: str = "cash") -> MembershipInfo:
    """Sell a membership of a type at a location, from its sales storage (SPEC §3.1)."""
    actor.require(Action.SELL)
    day = day or date.today()
    price = None if price is None else parse_money(price, field="price")
    amount_paid = None if amount_paid is None else parse_money(amount_paid, field="amount paid")
    with db.write() as uow:
        t = uow.types.get(type_id)
        location = uow.reference.location(location_id)
        wanted = clean_code(code)
        if t.valid_at(location_id) and not t.archived and location.sales_storage_id is None:
            raise DeskError("location_no_storage",
                            f"{location.name} has no storage for product sales, so it can't "
                            "sell memberships.", value=location.name,
                            hint="Add a storage for product sales to this location.")
        if wanted is None and generate:
            wanted = generate_code(db.code_prefix(), uow.memberships.code_taken)
        if wanted is not None and uow.memberships.code_taken(code_key(wanted)):
            raise DeskError("code_exists", f"The code {wanted!r} is already used.", value=wanted,
                            hint="Type another code or generate one.")
        if client_id is not None:
            uow.reference.client(client_id)
        sale = Sale(new_id(), t.id, wanted, client_id, location_id, day,
                    t.price if price is None else price)
        entries = rules.sell(sale, t, actor.stamp(db.device_id, location_id))
        uow.memberships.add(sale, SaleTerms(
            storage_id=location.sales_storage_id, seller_id=actor.user_id, sold_at=utc_now(),
            amount_paid=sale.price if amount_paid is None else amount_paid,
            payment_method=payment_method))
        m = uow.memberships.append(Membership(sale, t, ()), entries)
        info = describe(uow, m, day)
        uow.commit()
    return info


@dataclass(frozen=True)
class CantPay:
    """A membership that can't pay the visit: the refusal's stable ``code`` (SPEC §3.4) and
    its ``reason`` in full."""

    membership: MembershipInfo
    code: str
    reason: str


def payment_options(db: Database, *, client_id: str, service_id: str, location_id: str,
                    day: date, also: str | None = None,
                    ) -> tuple[list[MembershipInfo], list[CantPay]]:
    """The client's memberships that can pay (nearest expiry first) and why the others can't;
    ``also``: a membership presented for the visit beside them (a gift, by its code)."""
    with db.read() as uow:
        candidates = uow.memberships.for_client(client_id)
        if also and all(m.id != also for m in candidates):
            candidates.append(uow.memberships.get(also))
        usable, refused = rules.usable_for(
            candidates, service_id=service_id,
            location_id=location_id, client_id=client_id, day=day)
        return ([describe(uow, m, day) for m in usable],
                [CantPay(describe(uow, r.membership, day), r.code, r.message) for r in refused])


def pay_visit(db: Database, actor: Actor, *, client_id: str, service_id: str, location_id: str,
              day: date | None = None, membership_ref: str | None = None,
              past_limit_reason: str | None = None) -> MembershipInfo:
    """Pay a visit with a membership: the one named, or the one that expires first (SPEC §3.4).
    ``past_limit_reason``: a manager pays past the type's visit limits (§3.10); the payment
    entry keeps the reason."""
    actor.require(Action.PAY_VISIT)
    reason = _past_limit_reason(actor, past_limit_reason)
    day = day or date.today()
    with db.write() as uow:
        service = uow.reference.service(service_id)
        m = _membership_to_pay(uow, client_id, service_id, location_id, day, membership_ref,
                               within_limits=reason is None)
        visit_id = new_id()
        entries = rules.pay(m, service_id=service_id, location_id=location_id,
                            client_id=client_id, day=day, list_price=service.price,
                            visit_id=visit_id, stamp=actor.stamp(db.device_id, location_id),
                            past_limit_reason=reason)
        zone = time_zone(uow.reference.location(location_id).timezone)
        booking = uow.bookings.open_booking(client_id, service_id, location_id,
                                            *day_bounds(day, zone))
        if booking is not None:  # paying a booked visit consumes its booking
            uow.bookings.mark_paid(booking.id)
        uow.visits.record(visit_id, client_id=client_id, service_id=service_id,
                          location_id=location_id, on=day, recorded_at=utc_now(),
                          booking_id=booking.id if booking else None)
        m = uow.memberships.append(m, entries)
        info = describe(uow, m, day, payment_id=entries[0].id)
        uow.commit()
    return info


def _past_limit_reason(actor: Actor, reason: str | None) -> str | None:
    if reason is None:
        return None
    actor.require(Action.PAY_PAST_LIMIT)
    if not reason.strip():
        raise DeskError("override_reason_required",
                        "Paying past a visit limit needs a reason.",
                        hint="Say why this visit is let past the limit.")
    return reason.strip()


OTHER_KINDS = ("service_not_included", "location_not_valid")  # memberships for other visits


def _membership_to_pay(uow: UnitOfWork, client_id: str, service_id: str, location_id: str,
                       day: date, membership_ref: str | None, *,
                       within_limits: bool = True) -> Membership:
    if membership_ref:
        m = uow.memberships.by_id_or_code(membership_ref)
        rules.check_payment(m, service_id, location_id, client_id, day,
                            within_limits=within_limits)
        return m
    candidates = uow.memberships.for_client(client_id)
    usable, refused = rules.usable_for(candidates, service_id=service_id,
                                       location_id=location_id, client_id=client_id, day=day,
                                       within_limits=within_limits)
    if usable:
        return usable[0]
    # one that could pay this service here but not now says why in full (a limit reached,
    # frozen, used up); the others' "does not include it" is noise beside it
    relevant = [r for r in refused if r.code not in OTHER_KINDS] if len(refused) > 1 else refused
    if len(relevant) == 1:
        raise DeskError(relevant[0].code, relevant[0].message)
    reasons = "; ".join(f"{r.membership.code or r.membership.type.name}: {r.code}"
                        for r in refused)
    raise DeskError("no_usable_membership",
                    "No membership of this client can pay this visit"
                    + (f" ({reasons})." if reasons else "."),
                    hint="Sell a membership, or take another payment.")


def undo_payment(db: Database, actor: Actor, payment_id: str,
                 day: date | None = None) -> MembershipInfo:
    """Give the visit back with a compensating entry (the payment stays in the ledger).
    Any payment, not only the last; reception undoes only the business day's own payments,
    older ones need *edit memberships* (SPEC §3.11). A booking the visit paid is booked
    again."""
    actor.require(Action.UNDO_PAYMENT)
    day = day or date.today()
    payment_id = payment_id.strip()
    with db.write() as uow:
        m = uow.memberships.with_payment(payment_id)
        payment = m.payment(payment_id)
        if payment is not None:  # else the rule below says it is not a payment
            require_undo(actor.role, payment.on, day)
        entry = rules.undo_payment(m, payment_id, day, actor.stamp(db.device_id))
        m = uow.memberships.append(m, [entry])
        booking_id = uow.visits.booking_of(payment.ref_id if payment else None)
        if booking_id is not None:
            uow.bookings.reopen(booking_id)
        info = describe(uow, m, day)
        uow.commit()
    return info


def freeze_membership(db: Database, actor: Actor, ref: str, *, until: date,
                      day: date | None = None, reason: str = "") -> MembershipInfo:
    """The client's freeze (SPEC §3.5): within the type's limit and policy, with a reason
    from the chain's list; the type's fee becomes a charge in *Payments due*."""
    actor.require(Action.FREEZE)
    day = day or date.today()
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        entry = rules.freeze(m, day=day, until=until, stamp=actor.stamp(db.device_id),
                             reason=reason, reasons=uow.reference.freeze_reasons())
        m = uow.memberships.append(m, [entry])
        if entry.amount:
            uow.due.add_charge(m.id, m.owner_id or m.sale.client_id, entry.amount, day,
                               utc_now(), kind="freeze_fee", ref_id=entry.id)
        info = describe(uow, m, day)
        uow.commit()
    return info


def unfreeze_membership(db: Database, actor: Actor, ref: str,
                        day: date | None = None) -> MembershipInfo:
    actor.require(Action.FREEZE)
    day = day or date.today()
    return _apply(db, actor, ref, day, lambda m, stamp: [rules.unfreeze(m, day=day, stamp=stamp)])


def edit_membership(db: Database, actor: Actor, ref: str, *, reason: str,
                    balances: Mapping[str, int] | None = None, expiry: date | None = None,
                    day: date | None = None) -> MembershipInfo:
    """Set remaining balance(s) by balance key and/or the expiry (SPEC §3.6)."""
    actor.require(Action.EDIT_MEMBERSHIP)
    day = day or date.today()
    return _apply(db, actor, ref, day, lambda m, stamp: [rules.edit(
        m, day=day, balances=balances, expiry=expiry, reason=reason, stamp=stamp)])


def _apply(db: Database, actor: Actor, ref: str, day: date, decide) -> MembershipInfo:
    with db.write() as uow:
        m = uow.memberships.by_id_or_code(ref)
        m = uow.memberships.append(m, decide(m, actor.stamp(db.device_id)))
        info = describe(uow, m, day)
        uow.commit()
    return info

