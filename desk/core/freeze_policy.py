"""A type's freeze policy (SPEC §3.5): shortest and longest single freeze, how many freezes
one membership may have, a fee per freeze and whether a reason is required.

Each part is optional; a type without a policy freezes as it always did (within its freeze
limit). Closure freezes (a location closed, ``desk.core.closures``) are the business's, not
the client's: they never count here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desk.core.errors import DeskError

MAX_FREEZE_DAYS = 3_660  # ten years: past any real policy; a larger number is a typing slip
MAX_FREEZES = 100
CLOSURE_REASON = "Location closed"


@dataclass(frozen=True)
class FreezePolicy:
    min_days: int | None = None
    max_days: int | None = None
    max_count: int | None = None
    fee: Decimal = Decimal("0.00")
    reason_required: bool = False

    @property
    def any(self) -> bool:
        return self != FreezePolicy()

    def __str__(self) -> str:  # as the audit trail and `desk types` show it
        parts = []
        if self.min_days is not None or self.max_days is not None:
            parts.append(f"{self.min_days or 1}–{self.max_days or '∞'} days a freeze")
        if self.max_count is not None:
            parts.append(f"at most {self.max_count} freeze{'s' if self.max_count != 1 else ''}")
        if self.fee:
            parts.append(f"fee {self.fee}")
        if self.reason_required:
            parts.append("reason required")
        return ", ".join(parts) or "no policy"


def validate_policy(policy: FreezePolicy) -> FreezePolicy:
    """Refuse a policy that can't work: bounds from 1, shortest ≤ longest, fee ≥ 0."""
    for name, value, most in (("shortest freeze", policy.min_days, MAX_FREEZE_DAYS),
                              ("longest freeze", policy.max_days, MAX_FREEZE_DAYS),
                              ("number of freezes", policy.max_count, MAX_FREEZES)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
            raise DeskError("type_freeze_policy_invalid", f"{value!r} is not a possible "
                            f"{name}.", value=value,
                            hint=f"Type a whole number from 1 to {most:,}, or leave it empty.")
    if policy.min_days is not None and policy.max_days is not None \
            and policy.min_days > policy.max_days:
        raise DeskError("type_freeze_policy_invalid", f"The shortest freeze ({policy.min_days} "
                        f"days) is longer than the longest ({policy.max_days} days).",
                        value=policy.min_days, hint="Make the shortest freeze the shorter one.")
    if not policy.fee.is_finite() or policy.fee < 0:
        raise DeskError("type_freeze_policy_invalid", f"A freeze fee of {policy.fee} is not "
                        "possible.", value=str(policy.fee), hint="Type 0 for no fee, or more.")
    return policy


def check_freeze_policy(policy: FreezePolicy, *, days: int, freezes_so_far: int,
                        reason: str, reasons: Sequence[str], name: str) -> str:
    """Refuse a client's freeze of ``days`` days the policy forbids; return the reason as
    the chain's list spells it ("" when none is given)."""
    if policy.min_days is not None and days < policy.min_days:
        raise DeskError("freeze_too_short", f"{name} can be frozen for {policy.min_days} days "
                        f"or more at a time; {days} days asked.", value=days,
                        hint=f"Freeze it for at least {policy.min_days} days.")
    if policy.max_days is not None and days > policy.max_days:
        raise DeskError("freeze_too_long", f"{name} can be frozen for at most "
                        f"{policy.max_days} days at a time; {days} days asked.", value=days,
                        hint=f"Freeze it for {policy.max_days} days or fewer.")
    if policy.max_count is not None and freezes_so_far >= policy.max_count:
        raise DeskError("freeze_count_exceeded", f"{name} has had as many freezes as its type "
                        f"allows: {freezes_so_far} of {policy.max_count}.", value=freezes_so_far,
                        hint="It can't be frozen again.")
    return freeze_reason(reason, reasons, required=policy.reason_required)


def freeze_reason(reason: str | None, reasons: Sequence[str], *, required: bool) -> str:
    """The reason as the chain's list spells it: one of the list (case-insensitive), or ""
    when none is given and none is required."""
    typed = " ".join((reason or "").split())
    if not typed:
        if required:
            raise DeskError("freeze_reason_required", "Say why the membership is frozen.",
                            hint=f"Choose a reason: {', '.join(reasons) or 'none is set up'}.")
        return ""
    match = next((r for r in reasons if r.casefold() == typed.casefold()), None)
    if match is None:
        raise DeskError("freeze_reason_unknown", f"{typed!r} is not one of the chain's freeze "
                        "reasons.", value=typed,
                        hint=f"Choose one of: {', '.join(reasons) or 'none is set up'} "
                             "(managers edit the list in Settings).")
    return match


def clean_reasons(reasons: Sequence[str]) -> tuple[str, ...]:
    """The chain's list of freeze reasons: trimmed, no blanks, no repeats (case-insensitive),
    in the order given."""
    seen: dict[str, str] = {}
    for reason in reasons:
        text = " ".join(str(reason).split())
        if text and text.casefold() not in seen:
            if len(text) > 60:
                raise DeskError("freeze_reason_invalid", f"The reason {text[:60]!r}… is longer "
                                "than 60 characters.", value=text, hint="Shorten it.")
            seen[text.casefold()] = text
    return tuple(seen.values())
