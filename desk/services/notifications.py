"""Client messages: queued once when due, delivered once, retried with backoff, listed.

Queuing happens inside the due-work transaction (the outbox key is unique in the
database). Delivery happens outside it, so a slow server never holds the write lock: a
short transaction claims the messages, the channel is called, a second one records the
outcome. A desk that dies mid-send releases its claim when the hold runs out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from time import monotonic

from desk.core import notifications as rules
from desk.core.memberships import Membership
from desk.core.permissions import Action
from desk.notify.channels import DeliveryFailed, send_email, send_sms
from desk.services.actor import Actor
from desk.services.channel_settings import Channels, load_channels
from desk.services.due_scope import DueScope
from desk.store.repos.outbox import Message, OutboxRepo
from desk.store.uow import Database, UnitOfWork

CLAIM_HOLD = timedelta(minutes=10)
# a round stops sending well inside its claims' hold, even against a server that answers
# slowly (each socket step may take TIMEOUT_SECONDS), so no other desk can take a claim
# while its message is still being sent
ROUND_SECONDS = CLAIM_HOLD.total_seconds() / 4
NO_CHANNEL = "No message channel is set up (Desk → Settings… → Messages)."
NO_CONTACT = "The client has no {what} for the channels set up."


@dataclass
class Delivery:
    """What one delivery round did: message ids by outcome, and how many wait for a channel."""

    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: int = 0


def queue_due(uow: UnitOfWork, scope: DueScope) -> list[str]:
    """Put every notification due (on each membership's day) in the outbox; returns the
    new keys. Only the home desk queues a membership's messages, so one desk sends them."""
    due = uow.due
    longest = due.longest_notice(rules.NoticeKind.BEFORE_EXPIRY.value)
    if longest is None:
        return []  # no type sends any notice: nothing to look at
    latest = scope.latest
    ids = due.with_notices_due(latest - timedelta(days=1), latest - rules.STALE_AFTER,
                               latest + timedelta(days=longest), scope.devices)
    outbox, queued = uow.outbox, []
    for m in (uow.memberships.get(i) for i in ids):
        client_id = m.owner_id or m.sale.client_id
        if client_id is None:
            continue  # a gift code nobody has used yet: there is no one to tell
        for trigger in rules.triggers(m, m.type.notices, scope.today(m)):
            body = rules.render(m.type.notice(trigger.kind).text,
                                _values(uow, m, client_id, trigger.visits_left))
            if outbox.add(trigger.key, m.id, client_id, trigger.kind.value, body, scope.now):
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
        repo = uow.outbox
        sendable, unexplained = repo.sendable(now), repo.unexplained(NO_CHANNEL)
        done.waiting = 0 if channels.any else repo.counts().get("pending", 0)
    if not channels.any:  # nothing can go out: leave them pending, saying why
        if unexplained:
            with db.write() as uow:
                uow.outbox.note_pending(NO_CHANNEL)
                uow.commit()
        return done
    if not sendable:
        return done
    with db.write() as uow:
        claimed = uow.outbox.claim(now, CLAIM_HOLD)
        uow.commit()
    _send_claimed(db, claimed, channels, now, done)
    return done


def _send_claimed(db: Database, claimed: list[Message], channels: Channels, now: datetime,
                  done: Delivery) -> None:
    """Send each claimed message and record how it went. Once a channel is found down, the
    messages left for it are handed back untried rather than each waiting for its timeout,
    and so is anything left when the round's time is up: no round outlasts its claims."""
    down: set[str] = set()
    deadline, handed_back = monotonic() + ROUND_SECONDS, []
    for message in claimed:
        route = _route(message, channels)
        if (route is not None and route.channel in down) or monotonic() > deadline:
            handed_back.append(message.id)
            continue
        outcome = _send(message, route, channels)
        if isinstance(outcome, Failed) and outcome.channel_down and route is not None:
            down.add(route.channel)
        with db.write() as uow:
            _record(uow.outbox, message, outcome, now, done)
            uow.commit()
    if handed_back:
        with db.write() as uow:
            uow.outbox.hand_back(handed_back)
            uow.commit()


@dataclass(frozen=True)
class Route:
    """How one message goes out: by which channel, to whom, with the channel's sender."""

    channel: str  # "sms" or "email"
    recipient: str
    send: Callable[[str, str], None]  # (recipient, text), configured for the channel


@dataclass(frozen=True)
class Sent:
    channel: str
    recipient: str


@dataclass(frozen=True)
class Failed:
    channel: str | None  # None: the client has no contact for any channel set up
    reason: str
    channel_down: bool = False  # the channel itself failed, not this one message


def _send(message: Message, route: Route | None, channels: Channels) -> Sent | Failed:
    if route is None:
        what = " or ".join(w for w, c in (("phone", channels.sms), ("e-mail address",
                                          channels.smtp)) if c)
        return Failed(None, NO_CONTACT.format(what=what))
    try:
        route.send(route.recipient, message.body)
    except DeliveryFailed as error:
        return Failed(route.channel, str(error), error.channel_down)
    return Sent(route.channel, route.recipient)


def _route(message: Message, channels: Channels) -> Route | None:
    """SMS when the gateway is set up and the client has a phone, else e-mail."""
    if channels.sms and message.phone:
        return Route("sms", "+" + message.phone.lstrip("+"), partial(send_sms, channels.sms))
    if channels.smtp and message.email:
        return Route("email", message.email, partial(send_email, channels.smtp))
    return None


def _record(repo: OutboxRepo, message: Message, outcome: Sent | Failed, now: datetime,
            done: Delivery) -> None:
    if isinstance(outcome, Sent):
        repo.sent(message.id, outcome.channel, outcome.recipient, now)
        done.sent.append(message.id)
    else:
        repo.failed(message.id, outcome.reason, now + rules.retry_delay(message.attempts),
                    outcome.channel)
        done.failed.append(message.id)


def outbox(db: Database, actor: Actor, status: str | None = None) -> list[Message]:
    """The outbox for the desk, newest first (optionally one status)."""
    actor.require(Action.RUN_DUE)
    with db.read() as uow:
        return uow.outbox.messages(status=status)


def retry_now(db: Database, actor: Actor, message_id: str, now: datetime) -> None:
    """Make a failed or pending message due at once (the next delivery round sends it)."""
    actor.require(Action.RUN_DUE)
    with db.write() as uow:
        uow.outbox.retry_now(message_id, now)
        uow.commit()
