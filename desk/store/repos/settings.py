"""Settings: one key, one text value; some of them secret (credentials when the OS has no
keyring). The one way to read and write a setting."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.store import schema as s


class SettingsRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> str | None:
        """The setting's value, None when it is not set."""
        row = self.session.get(s.Setting, key)
        return row.value if row else None

    def put(self, key: str, value: str, *, secret: bool = False) -> None:
        """Set (or replace) a setting; ``secret`` marks a credential kept here."""
        self.session.merge(s.Setting(key=key, value=value, secret=secret))

    def values(self, prefix: str) -> dict[str, str]:
        """Every setting whose key starts with ``prefix``."""
        return dict(self.session.execute(select(s.Setting.key, s.Setting.value).where(
            s.Setting.key.startswith(prefix, autoescape=True))).all())

    def remove(self, key: str) -> None:
        """Forget a setting (nothing happens when it is not set)."""
        row = self.session.get(s.Setting, key)
        if row is not None:
            self.session.delete(row)
