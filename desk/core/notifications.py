"""Notifications to clients (SPEC §6): per-type settings, templates, and when each is due.

A notification exists once per *trigger*: a membership, a kind, and what set it off (the
expiry date it warns about, the balance level reached, the deduction entry). The trigger
becomes the outbox key, so two desks or two runs can never create the same message twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from desk.core.errors import DeskError
from desk.core.ledger import EntryKind, LedgerEntry

if TYPE_CHECKING:  # memberships imports membership_types, which imports this module
    from desk.core.memberships import Membership

MAX_LENGTH = 255
PLACEHOLDERS = ("%CLIENT_NAME%", "%TYPE%", "%VISITS_LEFT%", "%EXPIRATION_DATE%", "%LOCATION%")
# a deduction or a balance level older than this is not news any more: never message it
STALE_AFTER = timedelta(days=3)
DEDUCTIONS = (EntryKind.PAYMENT, EntryKind.AUTO_DEDUCTION)


class NoticeKind(StrEnum):
    BEFORE_EXPIRY = "before_expiry"
    VISITS_LEFT = "visits_left"
    EACH_DEDUCTION = "each_deduction"


DEFAULT_TEMPLATES = {
    NoticeKind.BEFORE_EXPIRY: "Hello %CLIENT_NAME%, your %TYPE% membership expires on "
                              "%EXPIRATION_DATE% with %VISITS_LEFT% visits left. %LOCATION%",
    NoticeKind.VISITS_LEFT: "Hello %CLIENT_NAME%, %VISITS_LEFT% visits are left on your %TYPE% "
                            "membership (valid until %EXPIRATION_DATE%). %LOCATION%",
    NoticeKind.EACH_DEDUCTION: "Hello %CLIENT_NAME%, one visit was deducted from your %TYPE% "
                               "membership; %VISITS_LEFT% left. %LOCATION%",
}
THRESHOLD_LABELS = {NoticeKind.BEFORE_EXPIRY: "days before expiry",
                    NoticeKind.VISITS_LEFT: "visits left"}


@dataclass(frozen=True)
class NoticeSetting:
    """One notification of a type: on/off, its threshold (days or visits) and its template."""

    kind: NoticeKind
    enabled: bool = False
    threshold: int | None = None
    template: str = ""

    @property
    def text(self) -> str:
        return self.template or DEFAULT_TEMPLATES[self.kind]


@dataclass(frozen=True)
class MessageValues:
    """What the placeholders stand for in one message."""

    client_name: str
    type_name: str
    visits_left: int
    expiration_date: date | None
    location: str


@dataclass(frozen=True)
class Trigger:
    """A notification due: ``key`` is unique in the chain; ``visits_left`` is the balance
    the message quotes (at the deduction, for deduction notices)."""

    key: str
    membership_id: str
    kind: NoticeKind
    visits_left: int


def validate_notice(setting: NoticeSetting) -> NoticeSetting:
    """Refuse a template over 255 characters or a missing or negative threshold."""
    if len(setting.template) > MAX_LENGTH:
        raise DeskError(
            "notice_template_too_long",
            f"The {setting.kind.value.replace('_', ' ')} message is {len(setting.template)} "
            f"characters long; at most {MAX_LENGTH} are allowed.",
            value=len(setting.template), hint="Shorten the message text.")
    label = THRESHOLD_LABELS.get(setting.kind)
    if setting.enabled and label and (setting.threshold is None or setting.threshold < 0):
        raise DeskError("notice_threshold_invalid",
                        f"The number of {label} must be 0 or more, not {setting.threshold}.",
                        value=setting.threshold, hint=f"Type the number of {label}.")
    return setting


def render(template: str, values: MessageValues) -> str:
    """The message with its placeholders filled in, cut to 255 characters if it grew."""
    expiry = values.expiration_date.isoformat() if values.expiration_date else "unlimited"
    text = (template.replace("%CLIENT_NAME%", values.client_name)
            .replace("%TYPE%", values.type_name)
            .replace("%VISITS_LEFT%", str(values.visits_left))
            .replace("%EXPIRATION_DATE%", expiry)
            .replace("%LOCATION%", values.location)).strip()
    return text if len(text) <= MAX_LENGTH else text[: MAX_LENGTH - 1] + "…"


def triggers(m: Membership, settings: tuple[NoticeSetting, ...], today: date) -> list[Trigger]:
    """Every notification of ``m`` due on ``today`` under its type's ``settings``."""
    found: list[Trigger] = []
    for s in settings:
        if not s.enabled:
            continue
        if s.kind is NoticeKind.BEFORE_EXPIRY:
            found += _before_expiry(m, s.threshold or 0, today)
        elif s.kind is NoticeKind.VISITS_LEFT:
            found += _visits_left(m, s.threshold or 0, today)
        else:
            found += _each_deduction(m, today)
    return found


def _before_expiry(m: Membership, days: int, today: date) -> list[Trigger]:
    expiry = m.expiry
    if expiry is None or m.used_up or not expiry - timedelta(days=days) <= today < expiry:
        return []
    key = f"{m.id}:{NoticeKind.BEFORE_EXPIRY}:{expiry.isoformat()}"
    return [Trigger(key, m.id, NoticeKind.BEFORE_EXPIRY, m.remaining)]


def _deductions_with_balance(m: Membership) -> list[tuple[LedgerEntry, int, int]]:
    """(deduction, balance after it, renewal period number) for each standing deduction."""
    balance, period, found = 0, 0, []
    for e in m.entries:
        balance += e.visits
        period += e.kind is EntryKind.RENEWAL
        if e.kind in DEDUCTIONS and e.id not in m.state.undone_payments:
            found.append((e, balance, period))
    return found


def _visits_left(m: Membership, level: int, today: date) -> list[Trigger]:
    """When a deduction brought the balance to ``level`` (once per renewal period)."""
    for e, balance, period in _deductions_with_balance(m):
        if balance == level and e.on >= today - STALE_AFTER and e.on <= today:
            key = f"{m.id}:{NoticeKind.VISITS_LEFT}:{level}:p{period}"
            return [Trigger(key, m.id, NoticeKind.VISITS_LEFT, balance)]
    return []


def _each_deduction(m: Membership, today: date) -> list[Trigger]:
    return [Trigger(f"{m.id}:{NoticeKind.EACH_DEDUCTION}:{e.id}", m.id,
                    NoticeKind.EACH_DEDUCTION, balance)
            for e, balance, _ in _deductions_with_balance(m)
            if today - STALE_AFTER <= e.on <= today]


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after ``attempts`` failed tries: 1, 2, 4 ... minutes, at most 6 hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))
