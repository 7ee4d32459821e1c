"""Plain read models handed to the CLI and the GUI."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from desk.core.membership_types import BalanceMode
from desk.core.memberships import Membership
from desk.core.renewals import renews
from desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class MembershipInfo:
    """A membership as people read it (the shape of ``desk memberships --json``)."""

    id: str
    number: str | None
    phone: str | None
    client: str | None
    type: str
    location: str
    status: str
    remaining: int
    balances: dict[str, int] | None
    expires: date | None
    sale_date: date
    frozen_until: date | None
    frozen_days: int = 0  # credited to the expiry by all its freezes
    renews: bool = False  # renews itself at its expiry (auto-renewing, not cancelled)
    payment_id: str | None = None
    shared_with: tuple[str, ...] | None = None  # the phones of the family who may use it too

    def as_json(self) -> dict:
        data = asdict(self)
        if self.shared_with is None:
            del data["shared_with"]
        else:
            data["shared_with"] = list(self.shared_with)
        for key in ("expires", "sale_date", "frozen_until"):
            data[key] = data[key].isoformat() if data[key] else None
        if self.balances is None:
            del data["balances"]
        if self.payment_id is None:
            del data["payment_id"]
        return data


def describe(uow: UnitOfWork, m: Membership, day: date, *,
             payment_id: str | None = None) -> MembershipInfo:
    owner = uow.reference.client(m.owner_id) if m.owner_id else None
    balances = None
    if m.type.balance_mode is BalanceMode.SPLIT:
        balances = {uow.reference.service(k).name: v for k, v in sorted(m.balances.items())}
    freeze = m.freeze_on(day)
    return MembershipInfo(
        id=m.id, number=m.code, phone=owner.phone if owner else None,
        client=owner.name if owner else None, type=m.type.name,
        location=uow.reference.location(m.sale.location_id).name, status=m.status_on(day).value,
        remaining=m.remaining, balances=balances, expires=m.expiry_shown_on(day),
        sale_date=m.sale.sold_on,
        frozen_until=freeze.end if freeze else None, frozen_days=m.frozen_days,
        renews=m.type.auto_renew and renews(m, cancelled=uow.due.renewal_cancelled(m.id)),
        payment_id=payment_id, shared_with=_shared_with(uow, m))


def _shared_with(uow: UnitOfWork, m: Membership) -> tuple[str, ...] | None:
    """The phones of the clients ``m`` is shared with; None for a type that never shares."""
    shared = m.state.shared_with
    if not shared and not m.type.share_limit:
        return None
    clients = uow.reference.clients_by_id(sorted(shared))
    return tuple(sorted(c.phone for c in clients.values()))



@dataclass(frozen=True)
class HistoryLine:
    """One ledger entry of a membership as the desk's history explains it: when (local time
    of where it happened), where, who, what in plain words and the balance it left."""

    entry_id: str
    kind: str  # the ledger's kind ("payment", "payment_undo", ...), stable for code
    at: datetime  # when it was recorded, in the time zone of its location
    on: date  # the business date it takes effect
    what: str  # the kind in plain words
    details: str
    visits: int
    balance_after: int
    amount: str | None
    service: str | None
    location: str
    user: str
    reason: str
    undoable: bool = False  # a payment not undone yet
