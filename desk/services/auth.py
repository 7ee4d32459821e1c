"""Users and passwords: Argon2id hashes, log-in, the actor the CLI runs as."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.errors import DeskError
from desk.core.ids import new_id
from desk.core.names import clean_name
from desk.core.permissions import Action, Role
from desk.services.actor import Actor
from desk.store import schema
from desk.store.uow import Database

# OWASP's recommended Argon2id settings: 19 MiB of memory, 2 iterations, 1 lane
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def add_user(db: Database, actor: Actor, username: str, role: Role, password: str, *,
             must_change_password: bool = False) -> str:
    actor.require(Action.MANAGE_USERS)
    name = clean_name(username, what="user", max_length=40).lower()
    if len(password) < 4:
        raise DeskError("password_too_short", "The password needs at least 4 characters.",
                        hint="Type a longer password.")
    with db.write() as uow:
        if uow.reference.user_by_name(name):
            raise DeskError("user_exists", f"There is already a user {name!r}.", value=name,
                            hint="Choose another user name.")
        user_id = new_id()
        uow.add(schema.User(id=user_id, username=name, role=Role(role).value,
                            password_hash=hash_password(password),
                            must_change_password=must_change_password))
        uow.commit()
    return user_id


def log_in(db: Database, username: str, password: str, location_id: str | None = None) -> Actor:
    """The actor for a user name and password, or ``login_failed`` (never saying which)."""
    with db.read() as uow:
        user = uow.reference.user_by_name(username)
    failed = DeskError("login_failed", "The user name or password is wrong.",
                       hint="Check both and try again.")
    if user is None:
        raise failed
    try:
        HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise failed from None
    return Actor(user.id, user.username, Role(user.role), location_id)


def cli_actor(db: Database, username: str = "admin") -> Actor:
    """The CLI acts as a named user without a password: whoever can open the file already has
    every row in it, so a password would protect nothing."""
    with db.read() as uow:
        user = uow.reference.user_by_name(username) or uow.reference.first_user_with_role("admin")
    if user is None:
        return Actor(None, "system", Role.ADMIN)
    return Actor(user.id, user.username, Role(user.role))
