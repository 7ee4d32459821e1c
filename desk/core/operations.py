"""What a receptionist does to a membership, as rules that return new ledger entries.

Each function checks the rules of SPEC §3 against the membership as its ledger stands
and either raises a ``DeskError`` with a stable code or returns the entries to append.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desk.core.corrections import check_open
from desk.core.dates import check_business_date
from desk.core.errors import DeskError, refuse
from desk.core.freeze_policy import check_freeze_policy
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.membership_types import EditPolicy, MembershipType, ValidityStart
from desk.core.memberships import Membership, Sale, Status, nearest_expiry_first
from desk.core.money import round_cents
from desk.core.visit_limits import check_visit_limits


def sell(sale: Sale, t: MembershipType, stamp: Stamp) -> list[LedgerEntry]:
    """The sale entry: the type's full balances, the price as the amount."""
    check_business_date(sale.sold_on, field="sale date")
    if t.archived:
        raise DeskError("type_archived", f"{t.name!r} is archived and can't be sold.",
                        value=t.name, hint="Restore the type or choose another one.")
    if not t.valid_at(sale.location_id):
        raise DeskError("location_not_valid", f"{t.name!r} is not sold at this location.",
                        value=t.name, hint="Choose a type valid here, or add this location to it.")
    if sale.code is None and not t.sale_without_code:
        raise DeskError("code_required", f"{t.name!r} needs a membership code.",
                        hint="Type a code or generate one.")
    if sale.code is None and sale.client_id is None:
        raise DeskError("client_required", "A membership without a code must be sold to a client.",
                        hint="Choose the client who buys it.")
    return [new_entry(stamp, sale.id, EntryKind.SALE, sale.sold_on,
                      deltas=t.initial_balances(), client_id=sale.client_id, amount=sale.price)]


def check_payment(m: Membership, service_id: str, location_id: str, client_id: str | None,
                  day: date, *, within_limits: bool = True) -> None:
    """Raise the reason ``m`` can't pay a visit of ``service_id``, or return quietly.
    ``within_limits=False``: a manager's override lets the visit past the type's caps."""
    check_open(m)
    t, name = m.type, m.code or f"{m.type.name} (no code)"
    if not t.includes(service_id):
        refuse("service_not_included", f"{name} does not include this service.",
                "Choose a membership that includes it, or take another payment.")
    if not t.valid_at(location_id):
        refuse("location_not_valid", f"{name} is not valid at this location.",
                "Use it at one of the locations of its type.")
    if not m.may_be_used_by(client_id):
        refuse("not_membership_owner", f"{name} belongs to another client.",
                "Only its owner can use it, and the clients it is shared with.")
    if day < m.sale.sold_on:
        refuse("visit_before_sale", f"{name} was sold on {m.sale.sold_on}, after this visit.",
                "Check the visit date.")
    if m.balance_for(service_id) <= 0:
        refuse("membership_used_up", f"{name} has no visits left for this service.",
                "Sell a new membership.")
    expiry = m.expiry_if_activated(m.activation_if_used_on(day))
    if expiry is not None and day >= expiry:
        refuse("membership_expired", f"{name} expired on {expiry}.",
                "Sell a new membership, or ask a manager to extend it.")
    frozen = m.freeze_on(day)
    if frozen is not None:
        refuse("membership_frozen", f"{name} is frozen until {frozen.end}.",
                "Unfreeze it first.")
    if within_limits:
        check_visit_limits(t.visit_limits, paid_days(m), day, name=name)


def paid_days(m: Membership) -> list[date]:
    """The business dates of the visits paid with ``m`` that stand (undone ones don't count)."""
    return [e.on for e in m.entries
            if e.kind is EntryKind.PAYMENT and e.id not in m.state.undone_payments]


def pay(m: Membership, *, service_id: str, location_id: str, client_id: str | None, day: date,
        list_price: Decimal, visit_id: str, stamp: Stamp,
        past_limit_reason: str | None = None) -> list[LedgerEntry]:
    """Deduct one visit (overall: from the shared balance; split: from that service).
    ``past_limit_reason``: why a manager lets this visit past the type's visit limits; the
    payment entry keeps it."""
    check_payment(m, service_id, location_id, client_id, day,
                  within_limits=past_limit_reason is None)
    t = m.type
    standing = [e for e in m.entries if e.kind in (EntryKind.PAYMENT, EntryKind.AUTO_DEDUCTION)
                and e.id not in m.state.undone_payments]
    amount = t.cost_of_visit(len(standing) + 1, list_price)
    if t.recalculate_cost and len(standing) + 1 == t.total_visits:
        # the last visit takes the remainder of the visits that stand (an undone one may
        # have been any of them), so that together they cost the price exactly
        amount = t.price - sum(e.amount or 0 for e in standing)
    payment = new_entry(stamp, m.id, EntryKind.PAYMENT, day, deltas={t.balance_key(service_id): -1},
                        service_id=service_id, client_id=client_id, ref_id=visit_id,
                        amount=amount, reason=past_limit_reason or "")
    if t.validity_start is ValidityStart.FIRST_VISIT and m.activation_if_used_on(day) == day \
            and m.activation_date != day:
        # the timer starts when the first visit is paid; undoing that payment undoes it too
        return [payment, new_entry(stamp, m.id, EntryKind.ACTIVATION, day, ref_id=payment.id)]
    return [payment]


def undo_payment(m: Membership, payment_id: str, day: date, stamp: Stamp) -> LedgerEntry:
    """A compensating entry that gives the visit back; the payment stays in the ledger."""
    check_open(m)
    payment = m.payment(payment_id)
    if payment is None:
        raise DeskError("payment_not_found", f"No payment {payment_id} on this membership.",
                        value=payment_id, hint="Check the payment number.")
    if payment_id in m.state.undone_payments:
        raise DeskError("payment_already_undone", "This payment was already undone.",
                        value=payment_id, hint="Nothing to do.")
    give_back = {k: -v for k, v in payment.deltas.items()}
    return new_entry(stamp, m.id, EntryKind.PAYMENT_UNDO, day, deltas=give_back,
                     service_id=payment.service_id, client_id=payment.client_id,
                     ref_id=payment_id, amount=payment.amount)


def freeze_limit_days(m: Membership, start: date) -> int:
    """The freeze allowance in days, measured from the first freeze (or ``start``)."""
    limit = m.type.freeze_limit
    if limit is None:
        return 0
    own = m.own_freezes
    first = own[0].start if own else start
    return limit.days_from(first)


def freeze_days_left(m: Membership, start: date) -> int:
    """What is left of the freeze limit (a location's closure took none of it)."""
    return max(0, freeze_limit_days(m, start) - sum(f.days for f in m.own_freezes))


def freeze(m: Membership, *, day: date, until: date, stamp: Stamp, reason: str = "",
           reasons: Sequence[str] = ()) -> LedgerEntry:
    """The client's freeze from ``day`` until ``until`` (the first day it works again),
    within the type's freeze limit and policy (SPEC §3.5); ``reasons`` is the chain's list.
    The entry carries the reason and the type's fee, which becomes a charge due."""
    check_open(m)
    if not m.type.freeze_allowed:
        refuse("freeze_not_allowed", f"{m.type.name!r} memberships can't be frozen.",
                "Freezing is switched off for this type.")
    check_freezable(m, day=day, until=until)
    wanted, left = (until - day).days, freeze_days_left(m, day)
    policy = m.type.freeze_policy
    chosen = check_freeze_policy(policy, days=wanted, freezes_so_far=len(m.own_freezes),
                                 reason=reason, reasons=reasons,
                                 name=m.code or f"{m.type.name} (no code)")
    if wanted > left:
        refuse("freeze_limit_exceeded", f"{wanted} days asked, {left} days of freezing left.",
                f"Freeze for {left} days or fewer.")
    return new_entry(stamp, m.id, EntryKind.FREEZE, day, date_value=until, reason=chosen,
                     amount=policy.fee if policy.fee else None)


def check_freezable(m: Membership, *, day: date, until: date) -> None:
    """Refuse a freeze from ``day`` until ``until`` whatever the type's policy: the
    membership must be active then, not frozen, and used by no visit inside those days."""
    status, current = m.status_on(day), m.freeze_on(day)
    if status is Status.FROZEN and current is not None:
        refuse("membership_frozen", f"It is already frozen until {current.end}.",
                "Unfreeze it first, or wait until then.")
    if status is not Status.ACTIVE:
        refuse("membership_not_active", f"Only an active membership can be frozen; this one is "
                f"{status.value.replace('_', ' ')}.", "Nothing to freeze.")
    if until <= day:
        refuse("freeze_until_invalid", f"The unfreeze date {until} must be after {day}.",
                "Pick a later date.")
    overlapping = next((f for f in m.state.freezes if f.start < until and day < f.end), None)
    if overlapping is not None:
        refuse("freeze_overlaps", f"It is already frozen from {overlapping.start} until "
                f"{overlapping.end}.", "Pick dates outside that freeze.")
    # a visit on the first day came before the freeze (the client visited, then froze it)
    visit = next((e for e in m.entries if e.kind in (EntryKind.PAYMENT, EntryKind.AUTO_DEDUCTION)
                  and e.id not in m.state.undone_payments and day < e.on < until), None)
    if visit is not None:
        refuse("freeze_overlaps_visit", f"A visit was paid with it on {visit.on}, inside "
                f"the freeze from {day} until {until}.",
                f"Freeze from {visit.on} or later, or undo that payment first.")


def unfreeze(m: Membership, *, day: date, stamp: Stamp) -> LedgerEntry:
    """End the current freeze on ``day``; only the days actually frozen are credited."""
    check_open(m)
    current = m.freeze_on(day)
    if current is None:
        refuse("membership_not_frozen", "This membership is not frozen.", "Nothing to unfreeze.")
    return new_entry(stamp, m.id, EntryKind.UNFREEZE, day, ref_id=current.entry_id, date_value=day)


def edit(m: Membership, *, day: date, balances: Mapping[str, int] | None, expiry: date | None,
         reason: str, stamp: Stamp) -> LedgerEntry:
    """Set the remaining balance(s) and/or expiry, as the type's editing setting allows."""
    check_open(m)
    policy = m.type.edit_policy
    if policy is EditPolicy.PROHIBITED:
        refuse("edit_prohibited", f"{m.type.name!r} memberships can't be edited.",
                "Editing is prohibited for this type.")
    if policy is EditPolicy.SELLING_LOCATION_ONLY and stamp.location_id != m.sale.location_id:
        refuse("edit_wrong_location", "This membership can only be edited where it was sold.",
                "Edit it at the selling location.")
    if not reason.strip():
        refuse("edit_reason_required", "Say why the membership is edited.", "Type a reason.")
    if day < m.sale.sold_on:
        refuse("edit_before_sale", f"{m.code or m.type.name} was sold on {m.sale.sold_on}, "
                f"after the edit's date {day}.", "Date the edit on or after the sale.")
    if expiry is not None:
        check_business_date(expiry, field="expiry")
    if expiry is not None and expiry <= m.sale.sold_on:
        refuse("edit_expiry_invalid", f"The expiry {expiry} must be after the sale date "
                f"{m.sale.sold_on}.", "Pick a later expiry date.")
    deltas = _balance_deltas(m, balances or {})
    if not deltas and expiry is None:
        refuse("edit_nothing", "The edit changes nothing.", "Change a balance or the expiry.")
    return new_entry(stamp, m.id, EntryKind.EDIT, day, deltas=deltas, date_value=expiry,
                     reason=reason.strip())


def _balance_deltas(m: Membership, balances: Mapping[str, int]) -> dict[str, int]:
    deltas = {}
    for key, wanted in balances.items():
        if key not in m.type.visits:
            refuse("edit_service_list", "The list of services of a sold membership can't change.",
                    "Edit only the balances it has.")
        if not isinstance(wanted, int) or wanted < 0 or wanted > 100_000:
            refuse("edit_balance_invalid", f"A balance of {wanted!r} is not possible.",
                    "Type a whole number of visits, 0 or more.")
        if wanted != m.balances.get(key, 0):
            deltas[key] = wanted - m.balances.get(key, 0)
    return deltas


def activate(m: Membership, day: date, stamp: Stamp) -> LedgerEntry | None:
    """The activation entry due on ``day`` by automatic activation, if any."""
    auto = m.auto_activation_date
    if auto is None or auto > day:
        return None
    first_use = m.state.explicit_activation  # an activation entry or a paid visit
    if (first_use is not None and first_use < auto) or any(
            e.kind is EntryKind.ACTIVATION and e.ref_id not in m.state.undone_payments
            for e in m.entries):
        return None
    return new_entry(stamp, m.id, EntryKind.ACTIVATION, auto, reason="automatic activation")


@dataclass(frozen=True)
class Refusal:
    membership: Membership
    code: str
    message: str


def usable_for(memberships: list[Membership], *, service_id: str, location_id: str,
               client_id: str | None, day: date, within_limits: bool = True,
               ) -> tuple[list[Membership], list[Refusal]]:
    """Split candidates into usable ones (nearest expiry first) and refusals with reasons."""
    usable, refused = [], []
    for m in memberships:
        try:
            check_payment(m, service_id, location_id, client_id, day,
                          within_limits=within_limits)
            usable.append(m)
        except DeskError as e:
            refused.append(Refusal(m, e.code, str(e)))
    return nearest_expiry_first(usable, day), refused



def auto_deduct(m: Membership, *, service_id: str, location_id: str, client_id: str, day: date,
                booking_id: str, stamp: Stamp) -> LedgerEntry:
    """Deduct a late-cancelled or missed visit (SPEC §3.7); refuses like a payment would,
    but past no visit limit: the booking was counted against the caps when it was made."""
    check_payment(m, service_id, location_id, client_id, day, within_limits=False)
    return new_entry(stamp, m.id, EntryKind.AUTO_DEDUCTION, day,
                     deltas={m.type.balance_key(service_id): -1}, service_id=service_id,
                     client_id=client_id, ref_id=booking_id, reason="automatic deduction")


class OverdraftResolution(StrEnum):
    """How a manager settles a balance overdrawn by desks that were offline (SPEC §10)."""

    CHARGE = "charge"  # the client pays for the overdrawn visits
    EXTEND = "extend"  # the client takes a new package; the overdrawn visits come out of it
    WRITE_OFF = "write_off"  # the business absorbs the overdrawn visits


def overdrawn(m: Membership) -> dict[str, int]:
    """How many visits each overdrawn balance of ``m`` is short (none: not overdrawn)."""
    return {key: -left for key, left in m.balances.items() if left < 0}


def overdraft_amount(m: Membership, how: OverdraftResolution) -> Decimal | None:
    """The money a resolution takes by default: for a charge, the overdrawn visits at the
    membership's price per visit; for an extension, the type's price; nothing for a
    write-off."""
    if how is OverdraftResolution.CHARGE:
        return round_cents(m.sale.price * sum(overdrawn(m).values())
                           / max(1, m.type.total_visits))
    return m.type.price if how is OverdraftResolution.EXTEND else None


def resolve_overdraft(m: Membership, how: OverdraftResolution, *, day: date, stamp: Stamp,
                      amount: Decimal | None = None) -> LedgerEntry:
    """The one entry that settles the overdraft of ``m``: an edit, which the liability
    roll-forward values as any change of the balance (desk/core/worth.py), so that what is
    owed on ``m`` afterwards is what its balance is worth (an overdrawn balance owes
    nothing). An edit that carries an ``amount`` is money the client paid (plain edits
    carry none).

    - charge: every overdrawn balance back to zero; the client pays ``amount``;
    - write off: back to zero and no money: the business absorbs the visits, whose value
      shows as the edit's in the roll-forward;
    - extend: the type's whole package is added to every balance (the overdrawn visits
      come out of it), the expiry moves on by the type's validity from the later of today
      and the current expiry, and the client pays ``amount`` (the type's price by default).
    """
    check_open(m)
    missing = overdrawn(m)
    name = m.code or m.type.name
    if not missing:
        refuse("no_overdraft", f"{name} is not overdrawn.", "Nothing to resolve.")
    if amount is not None and how is OverdraftResolution.WRITE_OFF:
        refuse("overdraft_amount_unexpected", "A write-off takes no money.",
                "Charge the visits instead, or write them off without an amount.")
    visits = sum(missing.values())
    amount = overdraft_amount(m, how) if amount is None else round_cents(amount)
    if how is OverdraftResolution.EXTEND:
        return _extend(m, missing, day=day, stamp=stamp,
                       amount=m.type.price if amount is None else amount)
    text = (f"{visits} overdrawn visit(s) charged to the client, {amount}"
            if how is OverdraftResolution.CHARGE else f"{visits} overdrawn visit(s) written off")
    return new_entry(stamp, m.id, EntryKind.EDIT, day, deltas=missing, amount=amount,
                     reason=f"Overdraft resolved: {text}")


def _extend(m: Membership, missing: dict[str, int], *, day: date, stamp: Stamp,
            amount: Decimal) -> LedgerEntry:
    t = m.type
    if t.archived:
        refuse("type_archived", f"{t.name!r} is archived: it can't be sold again.",
                "Charge the overdrawn visits or write them off.")
    short = [key for key, visits in missing.items() if visits > t.visits.get(key, 0)]
    if short:
        refuse("overdraft_exceeds_package", f"{m.code or t.name} is overdrawn by more visits "
                "than a whole package holds.", "Charge the overdrawn visits or write them off.")
    expiry = None if t.validity.unlimited else t.validity.after(max(m.expiry or day, day))
    until = f" until {expiry}" if expiry else ""
    return new_entry(stamp, m.id, EntryKind.EDIT, day, deltas=dict(t.visits), date_value=expiry,
                     amount=amount, reason=f"Overdraft resolved: extended by a new package of "
                     f"{t.total_visits} visit(s){until} for {amount}, which covers the "
                     f"{sum(missing.values())} overdrawn")
