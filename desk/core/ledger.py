"""The append-only ledger: every change to a membership is one entry (SPEC §3.8).

Balances are the sum of the entries' ``deltas``; status and expiry are folded from the
entries in order. Nothing is ever changed or deleted: a mistake is corrected by a
compensating entry (an undo, an edit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desk.core.dates import utc_now
from desk.core.ids import new_id


class EntryKind(StrEnum):
    SALE = "sale"
    IMPORT = "import"
    ACTIVATION = "activation"
    PAYMENT = "payment"
    PAYMENT_UNDO = "payment_undo"
    FREEZE = "freeze"
    UNFREEZE = "unfreeze"
    EDIT = "edit"
    AUTO_DEDUCTION = "auto_deduction"
    RENEWAL = "renewal"
    EXPIRY_WRITEOFF = "expiry_writeoff"
    VOID = "void"  # the sale is cancelled: as if it had never been sold
    REFUND = "refund"  # the client is paid back; the membership is closed
    TRANSFER = "transfer"  # given to another client: ``client_id`` is the new owner
    SHARE = "share"  # ``client_id`` may use it too (family, SPEC §3.11)
    UNSHARE = "unshare"  # ``client_id`` no longer may


@dataclass(frozen=True)
class Stamp:
    """Who, where and when an entry is written; ``new_id`` makes the entry's UUID."""

    user_id: str | None
    location_id: str | None
    device_id: str
    recorded_at: datetime = field(default_factory=utc_now)
    new_id: Callable[[], str] = field(default=new_id, compare=False)


@dataclass(frozen=True)
class LedgerEntry:
    """One change to one membership.

    ``on`` is the business date the change takes effect. ``date_value`` depends on the
    kind: freeze → frozen until; unfreeze → the day it ended; edit and import → the
    expiry date set (None: unchanged). ``ref_id`` points at what an entry answers:
    undo/activation → the payment; unfreeze → the freeze; payment → the visit;
    automatic deduction → the booking; a location's closure freeze → the closure (a
    client's own freeze has none). ``amount`` is money: the sale price, the
    recorded cost of a paid visit, the price a void takes back, the money refunded, or a
    freeze's fee.
    """

    id: str
    membership_id: str
    kind: EntryKind
    on: date
    stamp: Stamp
    deltas: Mapping[str, int] = field(default_factory=dict)
    service_id: str | None = None
    client_id: str | None = None
    ref_id: str | None = None
    date_value: date | None = None
    amount: Decimal | None = None
    reason: str = ""

    @property
    def visits(self) -> int:
        """The net change in visits, all balances together."""
        return sum(self.deltas.values())


def new_entry(stamp: Stamp, membership_id: str, kind: EntryKind, on: date,
              **fields: Any) -> LedgerEntry:
    return LedgerEntry(id=stamp.new_id(), membership_id=membership_id, kind=kind, on=on,
                       stamp=stamp, **fields)
