"""The outbox: messages to clients, created once (unique key) and claimed before sending."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.core.ids import new_id
from desk.store import schema as s

SENDABLE = ("pending", "failed")


@dataclass(frozen=True)
class Message:
    """One outbox message with what is needed to deliver it and to show it."""

    id: str
    key: str
    kind: str
    body: str
    status: str
    attempts: int
    next_try_at: datetime | None
    last_error: str
    channel: str | None
    recipient: str | None
    created_at: datetime
    sent_at: datetime | None
    client: str = ""
    phone: str | None = None
    email: str | None = None


class OutboxRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, key: str, membership_id: str, client_id: str | None, kind: str, body: str,
            at: datetime) -> bool:
        """Queue a message unless one with ``key`` exists; True if this call created it."""
        if self.session.scalar(select(s.OutboxMessage.id).where(s.OutboxMessage.key == key)):
            return False
        try:
            with self.session.begin_nested():
                self.session.add(s.OutboxMessage(
                    id=new_id(), key=key, membership_id=membership_id, client_id=client_id,
                    kind=kind, body=body, status="pending", attempts=0, last_error="",
                    created_at=at, next_try_at=at))
        except IntegrityError:  # another desk queued it in the meantime
            return False
        return True

    def claim(self, now: datetime, hold: timedelta, limit: int = 50) -> list[Message]:
        """Take up to ``limit`` messages whose try is due, for ``hold``: no other desk takes
        them meanwhile (a compare-and-set on each row, so two desks never both win one)."""
        Box = s.OutboxMessage
        free = or_(Box.claimed_until.is_(None), Box.claimed_until <= now)
        ids = list(self.session.scalars(select(Box.id).where(
            Box.status.in_(SENDABLE), Box.next_try_at <= now, free)
            .order_by(Box.next_try_at, Box.id).limit(limit)))
        won = [i for i in ids if self.session.execute(update(Box).where(
            Box.id == i, Box.status.in_(SENDABLE), free).values(
            claimed_until=now + hold, attempts=Box.attempts + 1)).rowcount]
        return self.messages(ids=won)

    def hand_back(self, message_ids: list[str]) -> None:
        """Release claimed messages that were not tried: they keep their attempt count."""
        Box = s.OutboxMessage
        self.session.execute(update(Box).where(Box.id.in_(message_ids)).values(
            claimed_until=None, attempts=Box.attempts - 1))

    def sent(self, message_id: str, channel: str, recipient: str, at: datetime) -> None:
        self.session.execute(update(s.OutboxMessage).where(s.OutboxMessage.id == message_id)
                             .values(status="sent", channel=channel, recipient=recipient,
                                     sent_at=at, claimed_until=None, next_try_at=None,
                                     last_error=""))

    def failed(self, message_id: str, reason: str, next_try_at: datetime,
               channel: str | None) -> None:
        self.session.execute(update(s.OutboxMessage).where(s.OutboxMessage.id == message_id)
                             .values(status="failed", last_error=reason[:500], channel=channel,
                                     next_try_at=next_try_at, claimed_until=None))

    def note_pending(self, reason: str) -> None:
        """Say why pending messages wait (no channel)."""
        Box = s.OutboxMessage
        self.session.execute(update(Box).where(Box.status == "pending", Box.last_error != reason)
                             .values(last_error=reason))

    def unexplained(self, reason: str) -> bool:
        """Whether a pending message does not yet say ``reason``."""
        Box = s.OutboxMessage
        return self.session.scalar(select(Box.id).where(
            Box.status == "pending", Box.last_error != reason).limit(1)) is not None

    def sendable(self, now: datetime) -> bool:
        """Whether any message's try is due at ``now`` (and no desk holds it)."""
        Box = s.OutboxMessage
        return self.session.scalar(select(Box.id).where(
            Box.status.in_(SENDABLE), Box.next_try_at <= now,
            or_(Box.claimed_until.is_(None), Box.claimed_until <= now)).limit(1)) is not None

    def retry_now(self, message_id: str, now: datetime) -> None:
        self.session.execute(update(s.OutboxMessage).where(
            s.OutboxMessage.id == message_id, s.OutboxMessage.status.in_(SENDABLE))
            .values(next_try_at=now))

    def counts(self) -> dict[str, int]:
        return dict(self.session.execute(select(s.OutboxMessage.status, func.count())
                                         .group_by(s.OutboxMessage.status)).all())

    def messages(self, *, ids: list[str] | None = None, status: str | None = None,
                 limit: int = 500) -> list[Message]:
        """Messages newest first, with the client's name and contacts."""
        Box, C = s.OutboxMessage, s.Client
        query = (select(Box, C.name, C.phone, C.email).outerjoin(C, C.id == Box.client_id)
                 .order_by(Box.created_at.desc(), Box.id).limit(limit))
        if ids is not None:
            query = query.where(Box.id.in_(ids))
        if status:
            query = query.where(Box.status == status)
        return [Message(o.id, o.key, o.kind, o.body, o.status, o.attempts, o.next_try_at,
                        o.last_error, o.channel, o.recipient, o.created_at, o.sent_at,
                        name or "", phone, email)
                for o, name, phone, email in self.session.execute(query)]
