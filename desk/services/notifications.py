"""Client messages: queued once when due, delivered once, retried with backoff, listed.

Queuing happens inside the due-work transaction (the outbox key is unique in the
database). Delivery happens outside it, so a slow server never holds the write lock: a
short transaction claims the messages, the channel is called, a second one records the
outcome. A desk that dies mid-send releases its claim when the hold runs out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desk.core import notifications as rules
from desk.core.memberships import Membership
from desk.core.permissions import Action
from desk.notify.channels import DeliveryFailed, send_email, send_sms
from desk.services.actor import Actor
from desk.services.channel_settings import Channels, load_channels
from desk.store.repos.due import DueRepo
from desk.store.repos.outbox import Message, OutboxRepo
from desk.store.uow import Database, UnitOfWork

CLAIM_HOLD = timedelta(minutes=10)
NO_CHANNEL = "No message channel is set up (Desk → Settings… → Messages)."
NO_CONTACT = "The client has no {what} for the channels set up."


@dataclass
class Delivery:
    """What one delivery round did: message ids by outcome, and how many wait for a channel."""

    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: int = 0


def queue_due(uow: UnitOfWork, today: date, now: datetime) -> list[str]:
    """Put every notification due on ``today`` in the outbox; returns the new keys."""
    due = DueRepo(uow.session)
    longest = due.longest_notice(rules.NoticeKind.BEFORE_EXPIRY.value)
    if longest is None:
        return []  # no type sends any notice: nothing to look at
    ids = due.with_notices_due(today, today - rules.STALE_AFTER, today + timedelta(days=longest))
    outbox, queued = OutboxRepo(uow.session), []
    for m in (uow.memberships.get(i) for i in ids):
        client_id = m.owner_id or m.sale.client_id
        if client_id is None:
            continue  # a gift code nobody has used yet: there is no one to tell
        for trigger in rules.triggers(m, m.type.notices, today):
            body = rules.render(m.type.notice(trigger.kind).text,
                                _values(uow, m, client_id, trigger.visits_left))
            if outbox.add(trigger.key, m.id, client_id, trigger.kind.value, body, now):
                queued.append(trigger.key)
    return queued


def _values(uow: UnitOfWork, m: Membership, client_id: str, left: int) -> rules.MessageValues:
    return rules.MessageValues(
        client_name=uow.reference.client(client_id).name, type_name=m.type.name,
        visits_left=left, expiration_date=m.expiry,
        location=uow.reference.location(m.sale.location_id).name)


def deliver(db: Database, now: datetime, channels: Channels | None = None) -> Delivery:
    """Send the messages whose try is due; each is claimed first so it is sent once."""
    channels = channels or load_channels(db)
    done = Delivery()
    with db.read() as uow:  # most runs have nothing to send: don't take the write lock
        repo = OutboxRepo(uow.session)
        sendable, unexplained = repo.sendable(now), repo.unexplained(NO_CHANNEL)
        done.waiting = 0 if channels.any else repo.counts().get("pending", 0)
    if not channels.any:  # nothing can go out: leave them pending, saying why
        if unexplained:
            with db.write() as uow:
                OutboxRepo(uow.session).note_pending(NO_CHANNEL)
                uow.commit()
        return done
    if not sendable:
        return done
    with db.write() as uow:
        claimed = OutboxRepo(uow.session).claim(now, CLAIM_HOLD)
        uow.commit()
    for message in claimed:
        outcome = _send(message, channels)
        with db.write() as uow:
            _record(OutboxRepo(uow.session), message, outcome, now, done)
            uow.commit()
    return done


def _send(message: Message, channels: Channels) -> tuple[str, str | None, str]:
    """("sent", channel, recipient) or ("failed", channel, reason)."""
    route = _route(message, channels)
    if route is None:
        what = " or ".join(w for w, c in (("phone", channels.sms), ("e-mail address",
                                          channels.smtp)) if c)
        return "failed", None, NO_CONTACT.format(what=what)
    channel, recipient = route
    try:
        if channel == "sms":
            send_sms(channels.sms, recipient, message.body)
        else:
            send_email(channels.smtp, recipient, message.body)
    except DeliveryFailed as error:
        return "failed", channel, str(error)
    return "sent", channel, recipient


def _route(message: Message, channels: Channels) -> tuple[str, str] | None:
    """SMS when the gateway is set up and the client has a phone, else e-mail."""
    if channels.sms and message.phone:
        return "sms", "+" + message.phone.lstrip("+")
    if channels.smtp and message.email:
        return "email", message.email
    return None


def _record(repo: OutboxRepo, message: Message, outcome: tuple, now: datetime,
            done: Delivery) -> None:
    status, channel, detail = outcome
    if status == "sent":
        repo.sent(message.id, channel, detail, now)
        done.sent.append(message.id)
    else:
        repo.failed(message.id, detail, now + rules.retry_delay(message.attempts), channel)
        done.failed.append(message.id)


def outbox(db: Database, actor: Actor, status: str | None = None) -> list[Message]:
    """The outbox for the desk, newest first (optionally one status)."""
    actor.require(Action.RUN_DUE)
    with db.read() as uow:
        return OutboxRepo(uow.session).messages(status=status)


def retry_now(db: Database, actor: Actor, message_id: str, now: datetime) -> None:
    """Make a failed or pending message due at once (the next delivery round sends it)."""
    actor.require(Action.RUN_DUE)
    with db.write() as uow:
        OutboxRepo(uow.session).retry_now(message_id, now)
        uow.commit()
