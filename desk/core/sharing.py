"""Who may use a membership (SPEC §3.11): transferring it to another client, and sharing it
with family. Both are entries, so the history says who gave it to whom, when and where.

A transfer moves everything but the owner: balances, expiry, freezes and history stay, and
the new owner alone uses it from then on (the old share list goes with the old owner).
"""

from __future__ import annotations

from datetime import date

from desk.core.corrections import check_open
from desk.core.errors import refuse
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.membership_types import Transferable
from desk.core.memberships import Membership, Status
from desk.core.permissions import Action

NOT_TRANSFERABLE = (Status.CANCELLED, Status.REFUNDED, Status.EXPIRED)


def transfer_needs_manager(m: Membership) -> bool:
    """Whether only a manager may transfer ``m`` (the type's *transferable* setting)."""
    return m.type.transferable is not Transferable.RECEPTION


def transfer_action(m: Membership) -> Action:
    """The permission a transfer of ``m`` needs: *transfer* (managers), or only *sell* where
    the type lets reception transfer it."""
    return Action.TRANSFER if transfer_needs_manager(m) else Action.SELL


def transfer(m: Membership, *, to_client_id: str, day: date, stamp: Stamp,
             reason: str = "") -> LedgerEntry:
    """Give ``m`` to ``to_client_id``: refused for a type that is not transferable and for
    a cancelled, refunded or expired membership (``membership_not_transferable``)."""
    name = _name(m)
    if m.type.transferable is Transferable.NO:
        refuse("membership_not_transferable", f"{m.type.name!r} memberships can't be "
                "transferred to another client.", "The type does not allow transfers.")
    status = m.status_on(day)
    if status in NOT_TRANSFERABLE:
        refuse("membership_not_transferable", f"{name} is {status.value}: it can't be "
                "transferred.", "Only a membership still in use can change hands.")
    if day < m.sale.sold_on:
        refuse("transfer_before_sale", f"{name} was sold on {m.sale.sold_on}, after the "
                f"transfer's date {day}.", "Date the transfer on or after the sale.")
    if to_client_id == m.owner_id:
        refuse("transfer_same_client", f"{name} already belongs to this client.",
                "Choose the client who takes it over.")
    return new_entry(stamp, m.id, EntryKind.TRANSFER, day, client_id=to_client_id,
                     ref_id=m.owner_id, reason=reason.strip())


def share(m: Membership, *, client_id: str, day: date, stamp: Stamp) -> LedgerEntry:
    """Let ``client_id`` use ``m`` too, within the type's *shared with up to N*."""
    check_open(m)
    name, limit = _name(m), m.type.share_limit
    if m.owner_id is None:
        refuse("share_needs_owner", f"{name} has no owner yet: a gift is used by whoever "
                "presents its code.", "Attach it to its client first (sell or pay with it).")
    if client_id == m.owner_id or client_id in m.state.shared_with:
        refuse("share_client_already", f"This client already uses {name}.", "Nothing to do.")
    if limit == 0:
        refuse("share_limit_exceeded", f"{m.type.name!r} memberships can't be shared.",
                "Sell the client a membership of their own.")
    if len(m.state.shared_with) >= limit:
        refuse("share_limit_exceeded", f"{name} is already shared with as many other "
                f"clients as its type allows: {limit}.",
                "Remove someone from its list first.")
    if m.status_on(day) in NOT_TRANSFERABLE:
        refuse("membership_not_shareable", f"{name} is {m.status_on(day).value}: it can't be "
                "shared.", "Only a membership still in use can be shared.")
    return new_entry(stamp, m.id, EntryKind.SHARE, day, client_id=client_id)


def unshare(m: Membership, *, client_id: str, day: date, stamp: Stamp) -> LedgerEntry:
    """Take ``client_id`` off the list of clients who may use ``m``."""
    if client_id not in m.state.shared_with:
        refuse("share_client_not_listed", f"{_name(m)} is not shared with this client.",
                "Nothing to remove.")
    return new_entry(stamp, m.id, EntryKind.UNSHARE, day, client_id=client_id)


def _name(m: Membership) -> str:
    return m.code or f"{m.type.name} (no code)"

