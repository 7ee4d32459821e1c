"""Users of the desk: who they are, their role and their password hash."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import NotFound
from desk.core.reference import User
from desk.store import schema as s


class UserRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user: User) -> None:
        self.session.add(s.User(id=user.id, username=user.username, role=user.role,
                                password_hash=user.password_hash,
                                must_change_password=user.must_change_password))
        self.session.flush()

    def get(self, user_id: str) -> User | None:
        row = self.session.get(s.User, user_id)
        return _user(row) if row else None

    def names(self) -> dict[str, str]:
        """Every user's name by id, in one query (for lists that say who did what)."""
        return dict(self.session.execute(select(s.User.id, s.User.username)).all())

    def by_name(self, username: str) -> User | None:
        """The user of that name (trimmed, case-insensitive), None if there is none."""
        row = self.session.scalars(
            select(s.User).where(s.User.username == username.strip().lower())).first()
        return _user(row) if row else None

    def first_with_role(self, role: str) -> User | None:
        """The first user (by name) with the role, None if no one has it."""
        row = self.session.scalars(select(s.User).where(s.User.role == role)
                                   .order_by(s.User.username)).first()
        return _user(row) if row else None

    def set_password(self, user_id: str, password_hash: str, *,
                     must_change: bool | None = None) -> None:
        """A new password hash; ``must_change`` (when given) sets whether the user must
        choose another before working."""
        row = self.session.get(s.User, user_id)
        if row is None:
            raise NotFound("user_unknown", f"No user {user_id}.", value=user_id)
        row.password_hash = password_hash
        if must_change is not None:
            row.must_change_password = must_change


def _user(row: s.User) -> User:
    return User(row.id, row.username, row.role, row.password_hash, row.must_change_password)
