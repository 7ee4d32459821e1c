"""Users and passwords: Argon2id hashes, log-in with lock-out, the actor the CLI runs as.

Failed log-ins are counted per user in the settings table (``login_failures:<user>``,
"<count> <locked-until ISO or ->"): it is local to this desk, as a lock-out should be, and
needs no schema change.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.dates import utc_now
from desk.core.errors import DeskError, quoted
from desk.core.ids import new_id
from desk.core.names import clean_name
from desk.core.permissions import Action, Role
from desk.core.reference import User
from desk.services.actor import Actor
from desk.store.uow import Database, UnitOfWork

# OWASP's recommended Argon2id settings: 19 MiB of memory, 2 iterations, 1 lane
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
MAX_FAILURES = 5
LOCK_OUT = timedelta(minutes=15)
MIN_NEW_PASSWORD = 8


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def add_user(db: Database, actor: Actor, username: str, role: Role, password: str, *,
             must_change_password: bool = False) -> str:
    actor.require(Action.MANAGE_USERS)
    name = clean_name(username, what="user", max_length=40).lower()
    shortest = 4 if must_change_password else MIN_NEW_PASSWORD  # a first password is replaced
    if len(password) < shortest:
        raise DeskError("password_too_short",
                        f"The password needs at least {shortest} characters.",
                        hint="Type a longer password; a short sentence is easy to remember.")
    with db.write() as uow:
        if uow.users.by_name(name):
            raise DeskError("user_exists", f"There is already a user {name!r}.", value=name,
                            hint="Choose another user name.")
        user_id = new_id()
        uow.users.add(User(user_id, name, Role(role).value, hash_password(password),
                           must_change_password))
        uow.audit.record(actor.stamp(db.device_id), "user_added", "users", user_id,
                         username=name, role=Role(role).value)
        uow.commit()
    return user_id


def log_in(db: Database, username: str, password: str, location_id: str | None = None, *,
           now: datetime | None = None) -> Actor:
    """The actor for a user name and password, or ``login_failed`` (never saying which).

    After MAX_FAILURES wrong passwords in a row the user is locked out for LOCK_OUT
    (``login_locked``, even with the right password). A hash made with older Argon2
    settings is replaced by one with the current settings. Whether the user must choose a
    new password first is :func:`must_change_password`'s answer.
    """
    now = now or utc_now()
    with db.read() as uow:  # Argon2 takes a moment: never while holding the write lock
        user = uow.users.by_name(username)
        failures = _failures(uow, user.username) if user else (0, None)
    if user is None:
        _verify(_unknown_user_hash(), password)  # as slow as a real check: names stay secret
        raise _failed()
    _refuse_if_locked(user.username, failures, now)
    right = _verify(user.password_hash, password)
    if not right or failures != (0, None) or HASHER.check_needs_rehash(user.password_hash):
        # the count is read again and written in one write transaction: attempts made at the
        # same time each count, and a lock set meanwhile holds (the right password included)
        with db.write() as uow:
            failures = _failures(uow, user.username)
            _refuse_if_locked(user.username, failures, now)
            if not right:
                _count_failure(uow, user.username, failures, now)
                uow.commit()
                raise _failed()
            uow.settings.put(_failures_key(user.username), "0 -")
            if HASHER.check_needs_rehash(user.password_hash):
                uow.users.set_password(user.id, hash_password(password))
            uow.commit()
    return Actor(user.id, user.username, Role(user.role), location_id)


def must_change_password(db: Database, actor: Actor) -> bool:
    """Whether the user must choose a new password before working (demo and first users)."""
    with db.read() as uow:
        user = uow.users.by_name(actor.username)
    return bool(user and user.must_change_password)


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """Replace the actor's own password (the old one proves it is them)."""
    if len(new) < MIN_NEW_PASSWORD:
        raise DeskError("password_too_short",
                        f"The new password needs at least {MIN_NEW_PASSWORD} characters.",
                        hint="Type a longer password; a short sentence is easy to remember.")
    if new == old or new.strip().lower() == actor.username:
        raise DeskError("password_not_new", "The new password must differ from the old one and "
                        "from the user name.", hint="Type another password.")
    with db.write() as uow:
        user = uow.users.get(actor.user_id) if actor.user_id else None
        if user is None or not _verify(user.password_hash, old):
            raise DeskError("login_failed", "The current password is wrong.",
                            hint="Type the password you logged in with.")
        uow.users.set_password(user.id, hash_password(new), must_change=False)
        uow.audit.record(actor.stamp(db.device_id), "password_changed", "users",
                         user.id, username=actor.username)
        uow.commit()


def cli_actor(db: Database, username: str | None = None) -> Actor:
    """The CLI acts as a named user without a password: whoever can open the file already has
    every row in it, so a password would protect nothing. A name that is no user is refused
    (``user_unknown``), never read as an administrator; without a name, the user ``admin``
    (or the first administrator; on a database with no users yet, the system itself)."""
    with db.read() as uow:
        if username is not None:
            user = uow.users.by_name(username)
            if user is None:
                raise DeskError("user_unknown", f"There is no user {quoted(username)}.",
                                value=username, hint="Name an existing user with --user, "
                                "or leave --user out to act as admin.")
        else:
            user = (uow.users.by_name("admin")
                    or uow.users.first_with_role("admin"))
    if user is None:
        return Actor(None, "system", Role.ADMIN)
    return Actor(user.id, user.username, Role(user.role))


@cache
def _unknown_user_hash() -> str:
    """What an unknown user name's password is checked against (made once, when needed)."""
    return HASHER.hash("no such user")


def _failed() -> DeskError:
    return DeskError("login_failed", "The user name or password is wrong.",
                     hint="Check both and try again.")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _failures_key(username: str) -> str:
    return f"login_failures:{username}"


def _failures(uow: UnitOfWork, username: str) -> tuple[int, datetime | None]:
    count, _, until = (uow.settings.get(_failures_key(username)) or "0 -").partition(" ")
    return int(count), None if until == "-" else datetime.fromisoformat(until)


def _refuse_if_locked(username: str, failures: tuple[int, datetime | None],
                      now: datetime) -> None:
    _count, until = failures
    if until is not None and now < until:
        minutes = max(1, round((until - now).total_seconds() / 60))
        raise DeskError("login_locked",
                        f"Log-in for {username} is locked for {minutes} more minutes after "
                        f"{MAX_FAILURES} wrong passwords.", value=username,
                        hint="Wait, or ask an administrator to set a new password.")


def _count_failure(uow: UnitOfWork, username: str, failures: tuple[int, datetime | None],
                   now: datetime) -> None:
    """One more wrong password (``failures``: the count and lock as this transaction read
    them; never a lock still running, which was refused before)."""
    count, until = failures
    count = 1 if until is not None else count + 1  # a lock that ran out starts a new count
    locked = (now + LOCK_OUT).isoformat() if count >= MAX_FAILURES else "-"
    uow.settings.put(_failures_key(username), f"{count} {locked}")
