"""Settings rows, some of them secret (credentials when the OS has no keyring)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.store import schema as s


class SettingsRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def values(self, prefix: str) -> dict[str, str]:
        """Every setting whose key starts with ``prefix``."""
        return dict(self.session.execute(select(s.Setting.key, s.Setting.value).where(
            s.Setting.key.startswith(prefix, autoescape=True))).all())

    def put(self, key: str, value: str, *, secret: bool = False) -> None:
        self.session.merge(s.Setting(key=key, value=value, secret=secret))

    def remove(self, key: str) -> None:
        row = self.session.get(s.Setting, key)
        if row is not None:
            self.session.delete(row)
