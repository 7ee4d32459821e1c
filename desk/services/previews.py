"""What an action would do, without changing anything.

A preview runs the same core rule as the action itself on the loaded membership and
throws the result away, so the preview and the real action can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core import corrections
from desk.core import operations as rules
from desk.core.errors import DeskError
from desk.core.ledger import Stamp
from desk.core.memberships import Membership
from desk.store.uow import Database


@dataclass(frozen=True)
class FreezePreview:
    """Freezing days left before and after the freeze, and the expiry it would give;
    or why the freeze would be refused (``refusal``)."""

    days_left: int
    days_left_after: int | None
    new_expiry: date | None
    refusal: DeskError | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def freeze_preview(db: Database, ref: str, day: date, until: date) -> FreezePreview:
    """What freezing membership ``ref`` from ``day`` until ``until`` would do."""
    with db.read() as uow:
        m = uow.memberships.by_id_or_code(ref)
    left = rules.freeze_days_left(m, day) if m.type.freeze_allowed else 0
    try:
        entry = rules.freeze(m, day=day, until=until, stamp=Stamp(None, None, "preview"))
    except DeskError as refusal:
        return FreezePreview(left, None, m.expiry, refusal)
    frozen = Membership(m.sale, m.type, (*m.entries, entry))
    return FreezePreview(left, left - (until - day).days, frozen.expiry)



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
