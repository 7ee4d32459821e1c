"""What an action would do, without changing anything.

A preview runs the same core rule as the action itself on the loaded membership and
throws the result away, so the preview and the real action can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core import corrections, sharing
from desk.core import operations as rules
from desk.core.errors import DeskError
from desk.core.ledger import Stamp
from desk.core.memberships import Membership
from desk.core.permissions import require
from desk.store.uow import Database


@dataclass(frozen=True)
class FreezePreview:
    """Freezing days left before and after the freeze, and the expiry it would give;
    or why the freeze would be refused (``refusal``)."""

    days_left: int
    days_left_after: int | None
    new_expiry: date | None
    refusal: DeskError | None = None
    fee: Decimal = Decimal("0.00")  # the type's fee per freeze, due once it is made
    reason_required: bool = False

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def freeze_preview(db: Database, ref: str, day: date, until: date,
                   reason: str = "") -> FreezePreview:
    """What freezing membership ``ref`` from ``day`` until ``until`` for ``reason`` would do,
    the type's freeze policy included (its fee, whether a reason is required)."""
    with db.read() as uow:
        m = uow.memberships.by_id_or_code(ref)
        reasons = uow.reference.freeze_reasons()
    left = rules.freeze_days_left(m, day) if m.type.freeze_allowed else 0
    policy = m.type.freeze_policy
    try:
        entry = rules.freeze(m, day=day, until=until, stamp=Stamp(None, None, "preview"),
                             reason=reason, reasons=reasons)
    except DeskError as refusal:
        return FreezePreview(left, None, m.expiry, refusal, policy.fee, policy.reason_required)
    frozen = Membership(m.sale, m.type, (*m.entries, entry))
    return FreezePreview(left, left - (until - day).days, frozen.expiry, None, policy.fee,
                         policy.reason_required)



@dataclass(frozen=True)
class CorrectionPreview:
    """Whether membership ``ref`` may be voided or refunded today (SPEC §3.11), and what a
    refund pays back by default (``outstanding``)."""

    outstanding: Decimal
    void_refusal: DeskError | None
    refund_refusal: DeskError | None


def correction_preview(db: Database, ref: str, day: date) -> CorrectionPreview:
    with db.read() as uow:
        m = uow.memberships.by_id_or_code(ref)
    stamp = Stamp(None, None, "preview")
    refusals: list[DeskError | None] = []
    for attempt in (lambda: corrections.void_sale(m, day=day, reason=None, stamp=stamp),
                    lambda: corrections.refund(m, day=day, reason="preview", amount=None,
                                               stamp=stamp)):
        try:
            attempt()
            refusals.append(None)
        except DeskError as refusal:
            refusals.append(refusal)
    return CorrectionPreview(corrections.outstanding(m), *refusals)


def transfer_refusal(db: Database, role: str, ref: str, day: date) -> DeskError | None:
    """Why a user of ``role`` may not transfer membership ``ref`` on ``day`` (the type's
    *transferable*, its status), or None: the desk says so before asking for the new owner."""
    with db.read() as uow:
        m = uow.memberships.by_id_or_code(ref)
    try:
        require(role, sharing.transfer_action(m))
        sharing.transfer(m, to_client_id="", day=day, stamp=Stamp(None, None, "preview"))
    except DeskError as refusal:
        return refusal
    return None
