"""A membership's history as the desk explains it: every ledger entry with when, where, who,
what in plain words and the balance it left (SPEC §3.8, §3.11)."""

from __future__ import annotations

from datetime import date, datetime

from desk.core.dates import time_zone
from desk.core.ledger import EntryKind, LedgerEntry
from desk.core.memberships import Membership
from desk.services.views import HistoryLine
from desk.store.uow import Database

WHAT = {
    EntryKind.SALE: "Sale", EntryKind.IMPORT: "Import", EntryKind.ACTIVATION: "Activation",
    EntryKind.PAYMENT: "Payment", EntryKind.PAYMENT_UNDO: "Payment undo",
    EntryKind.FREEZE: "Freeze", EntryKind.UNFREEZE: "Unfreeze", EntryKind.EDIT: "Edit",
    EntryKind.AUTO_DEDUCTION: "Automatic deduction", EntryKind.RENEWAL: "Renewal",
    EntryKind.EXPIRY_WRITEOFF: "Expiry write-off", EntryKind.VOID: "Sale voided",
    EntryKind.REFUND: "Refund", EntryKind.TRANSFER: "Transfer", EntryKind.SHARE: "Shared",
    EntryKind.UNSHARE: "No longer shared",
}
NO_USER = "automatic"  # entries the desk wrote by itself (due work, renewals)


def membership_history(db: Database, membership_id: str) -> list[HistoryLine]:
    """Every entry of a membership in the order things happened; three queries whatever its
    length (the membership with its ledger, the locations, the users' names)."""
    with db.read() as uow:
        m = uow.memberships.get(membership_id)
        places = {p.id: p for p in uow.reference.locations()}
        services = {s.id: s.name for s in uow.reference.services()}
        users = uow.users.names()
        people = {c.id: c.name for c in uow.reference.clients_by_id(_named_people(m)).values()}
    home = places.get(m.sale.location_id)
    default_zone = home.timezone if home else "UTC"

    def local(e: LedgerEntry) -> datetime:
        place = places.get(e.stamp.location_id or "")
        return e.stamp.recorded_at.astimezone(time_zone(place.timezone if place
                                                        else default_zone))

    balances, lines = _balances_after(m), []
    for e in in_time_order(m.entries):
        place = places.get(e.stamp.location_id or "")
        service = services.get(e.service_id) if e.service_id else None
        lines.append(HistoryLine(
            entry_id=e.id, kind=e.kind.value, at=local(e), on=e.on, what=WHAT[e.kind],
            details=_details(e, m, services, local, people), visits=e.visits,
            balance_after=balances[e.id],
            amount=str(e.amount) if e.amount is not None else None, service=service,
            location=place.name if place else "",
            user=users.get(e.stamp.user_id, "") if e.stamp.user_id else NO_USER,
            reason=e.reason, undoable=e.kind is EntryKind.PAYMENT
            and e.id not in m.state.undone_payments and m.state.closed_by is None))
    return lines


def _named_people(m: Membership) -> list[str]:
    """The clients the history names beside the owner: who it was given to and shared with,
    and who else came (no query at all for a membership only its owner used)."""
    named = (EntryKind.TRANSFER, EntryKind.SHARE, EntryKind.UNSHARE)
    ids = [i for e in m.entries if e.kind in named for i in (e.client_id, e.ref_id) if i]
    return ids + [e.client_id for e in m.entries if e.kind is EntryKind.PAYMENT
                  and e.client_id and e.client_id not in (m.sale.client_id, m.owner_id)]


def in_time_order(entries: tuple[LedgerEntry, ...]) -> list[LedgerEntry]:
    """The ledger's order, except that an activation a payment caused comes just before that
    payment: it is written after it (the payment decides it), but it is what let the visit
    count, so people read it first."""
    caused = {e.ref_id: e for e in entries if e.kind is EntryKind.ACTIVATION and e.ref_id}
    ordered: list[LedgerEntry] = []
    for e in entries:
        if e.kind is EntryKind.ACTIVATION and e.ref_id:
            continue
        if e.id in caused:
            ordered.append(caused.pop(e.id))
        ordered.append(e)
    return ordered + list(caused.values())  # an activation whose payment is not here


def _balances_after(m: Membership) -> dict[str, int]:
    """The visits left after each entry, in the ledger's own order (balances are the sum of
    the deltas, SPEC §3.8)."""
    left, after = 0, {}
    for e in m.entries:
        left += e.visits
        after[e.id] = left
    return after


def _details(e: LedgerEntry, m: Membership, services: dict[str, str], local,
             people: dict[str, str]) -> str:
    service = services.get(e.service_id, "") if e.service_id else ""
    who = people.get(e.client_id or "", "a client")
    if e.kind is EntryKind.PAYMENT:
        visit = _visit_of(service, day_text(e.on, year=False))
        # a visit paid by someone it is shared with says who came
        if e.client_id and e.client_id not in (m.sale.client_id, m.owner_id):
            visit = f"{visit} by {who}"
        return f"{visit} (undone)" if e.id in m.state.undone_payments else visit
    if e.kind is EntryKind.TRANSFER:
        return f"Given by {people.get(e.ref_id or '', 'its owner')} to {who}"
    if e.kind is EntryKind.SHARE:
        return f"{who} may use it too"
    if e.kind is EntryKind.UNSHARE:
        return f"{who} may no longer use it"
    if e.kind is EntryKind.AUTO_DEDUCTION:
        return f"{_visit_of(service, day_text(e.on, year=False))} missed or cancelled late"
    if e.kind is EntryKind.PAYMENT_UNDO:
        payment = m.payment(e.ref_id or "")
        if payment is None:
            return "Undo of a payment"
        visit = _visit_of(service, day_text(payment.on, year=payment.on.year != e.on.year))
        return f"Undo of the {local(payment):%H:%M} {visit}"
    if e.kind is EntryKind.ACTIVATION:
        return "Started by the first visit" if e.ref_id else "Started on its activation date"
    if e.kind is EntryKind.FREEZE:
        frozen = f"Frozen from {day_text(e.on)}, works again on {day_text(e.date_value)}"
        return f"{frozen}; fee {e.amount} due" if e.amount else frozen
    if e.kind is EntryKind.UNFREEZE:
        return f"Works again from {day_text(e.date_value or e.on)}"
    if e.kind in (EntryKind.EDIT, EntryKind.IMPORT) and e.date_value:
        return f"Expiry set to {day_text(e.date_value)}"
    if e.kind is EntryKind.EXPIRY_WRITEOFF:
        return "Remaining visits written off at expiry"
    if e.kind is EntryKind.RENEWAL:
        return "A new period started"
    if e.kind is EntryKind.VOID:
        return f"Sale of {day_text(m.sale.sold_on)} cancelled: {e.amount} back to the client"
    if e.kind is EntryKind.REFUND:
        return f"{e.amount} paid back to the client; no visits left"
    return ""


def _visit_of(service: str, day: str) -> str:
    """"Yoga visit of 9 Nov"; "Visit of 9 Nov" where the service is gone."""
    return f"{service} visit of {day}" if service else f"Visit of {day}"


def day_text(day: date | None, *, year: bool = True) -> str:
    """"3 Dec 2026", or "3 Dec" where the year goes without saying."""
    if day is None:
        return "—"
    return f"{day.day} {day:%b %Y}" if year else f"{day.day} {day:%b}"
