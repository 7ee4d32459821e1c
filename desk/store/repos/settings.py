"""Settings: one key, one text value; some of them secret (credentials when the OS has no
keyring). The one way to read and write a setting: ``uow.settings`` in use cases, and the
same statements on a bare connection (``read_setting``...) for the set work of sync and
reports, which run on the unit of work's connection."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desk.store import schema as s

S = s.Setting.__table__


def read_setting(conn: Connection | Session, key: str) -> str | None:
    """The setting's value, None when it is not set."""
    return conn.scalar(select(S.c.value).where(S.c.key == key))


def write_setting(conn: Connection | Session, key: str, value: str, *,
                  secret: bool = False) -> None:
    """Set (or replace) a setting; ``secret`` marks a credential kept here."""
    row = insert(S).values(key=key, value=value, secret=secret)
    conn.execute(row.on_conflict_do_update(index_elements=[S.c.key],
                                           set_={"value": value, "secret": secret}))


def forget_setting(conn: Connection | Session, key: str) -> None:
    """Forget a setting (nothing happens when it is not set)."""
    conn.execute(delete(S).where(S.c.key == key))


class SettingsRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> str | None:
        """The setting's value, None when it is not set."""
        return read_setting(self.session, key)

    def put(self, key: str, value: str, *, secret: bool = False) -> None:
        """Set (or replace) a setting; ``secret`` marks a credential kept here."""
        write_setting(self.session, key, value, secret=secret)

    def values(self, prefix: str) -> dict[str, str]:
        """Every setting whose key starts with ``prefix``."""
        return dict(self.session.execute(select(S.c.key, S.c.value).where(
            S.c.key.startswith(prefix, autoescape=True))).all())

    def remove(self, key: str) -> None:
        """Forget a setting (nothing happens when it is not set)."""
        forget_setting(self.session, key)
