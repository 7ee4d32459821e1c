"""The unit of work: one transaction, with the repositories that work inside it."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from desk.core.codes import READABLE
from desk.core.ids import new_id
from desk.core.ledger import Stamp
from desk.store.engine import open_engine
from desk.store.migrate import Upgraded, upgrade
from desk.store.repos.audit_trail import AuditRepo
from desk.store.repos.bookings import BookingRepo
from desk.store.repos.clashes import ClashRepo
from desk.store.repos.closures import ClosureRepo
from desk.store.repos.day import DayRepo
from desk.store.repos.due import DueRepo
from desk.store.repos.memberships import MembershipRepo
from desk.store.repos.outbox import OutboxRepo
from desk.store.repos.reference import ReferenceRepo
from desk.store.repos.settings import SettingsRepo
from desk.store.repos.types import TypeCache, TypeRepo
from desk.store.repos.users import UserRepo
from desk.store.repos.visits import VisitRepo

WAL_CAP_BYTES = 64 * 1024 * 1024
FILE_IDENTITY, FORMER_DEVICES = "file_identity", "former_device_ids"


class UnitOfWork:
    """The one handle on storage: repositories sharing one transaction. ``commit`` makes
    the work durable; a unit left without it rolls back."""

    def __init__(self, session: Session, types: TypeCache | None = None) -> None:
        self._session = session
        self.settings = SettingsRepo(session)
        self.reference = ReferenceRepo(session)
        self.users = UserRepo(session)
        self.types = TypeRepo(session, types)
        self.memberships = MembershipRepo(session, self.types)
        self.bookings = BookingRepo(session)
        self.visits = VisitRepo(session)
        self.due = DueRepo(session)
        self.outbox = OutboxRepo(session)
        self.audit = AuditRepo(session, self.types)
        self.clashes = ClashRepo(session)
        self.day = DayRepo(session)
        self.closures = ClosureRepo(session, self.types)

    def commit(self) -> None:
        self._session.commit()

    def connection(self) -> Connection:
        """This unit's SQL connection, for the set work of reports and sync (SQL over many
        rows is their job); everything else goes through the repositories."""
        return self._session.connection()

    @contextmanager
    def savepoint(self) -> Iterator[UnitOfWork]:
        """A nested transaction, as a unit of work of its own: what is done through it is
        undone alone if it raises, and nothing it caches (its types) outlives it."""
        with self._session.begin_nested():
            yield UnitOfWork(self._session)


class Database:
    """A desk database file, migrated to the current schema, with its device id."""

    def __init__(self, engine: Engine, path: str | Path | None = None) -> None:
        self.engine = engine
        self.path = Path(path) if path and str(path) != ":memory:" else None
        self._reader = engine.execution_options(sqlite_begin="DEFERRED")
        self._types = TypeCache()
        self.upgraded: Upgraded | None = None
        self.renewed = False  # whether this open gave the file a new device id (a copy)
        self.device_id = self._ensure_device_id()

    @classmethod
    def open(cls, path: str | Path) -> Database:
        """Open (creating and migrating if needed) the database at ``path``; ``upgraded``
        then says what an upgrade did (None: nothing). A database from a newer Desk is
        refused (``database_too_new``) before anything is written to it."""
        engine = open_engine(path)
        try:
            upgraded = upgrade(engine, None if str(path) == ":memory:" else path)
        except BaseException:
            engine.dispose()
            raise
        db = cls(engine, path)
        db.upgraded = upgraded if upgraded and upgraded.before is not None else None
        return db

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """A write transaction (BEGIN IMMEDIATE). Call ``uow.commit()`` to keep the work."""
        with Session(self.engine, expire_on_commit=False, autoflush=True) as session:
            try:
                yield UnitOfWork(session, self._types)
            finally:
                session.rollback()
        if self._wal_bytes() > WAL_CAP_BYTES:  # never idle long enough: fold it in now
            self.checkpoint()

    def checkpoint(self) -> tuple[int, int]:
        """Copy the write-ahead log into the database file; for idle moments.

        Returns (pages in the log, pages copied). PASSIVE: it never waits for readers or
        writers, so it is safe to call at any time; what it can't copy now waits.
        """
        with self.engine.connect() as conn:
            _busy, logged, copied = conn.connection.dbapi_connection.execute(
                "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return logged, copied

    def _wal_bytes(self) -> int:
        if self.path is None:
            return 0
        try:
            return os.stat(f"{self.path}-wal").st_size
        except OSError:
            return 0

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        """A read transaction that never waits for writers (WAL) nor takes the write lock."""
        with Session(self._reader, expire_on_commit=False) as session:
            try:
                yield UnitOfWork(session, self._types)
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def _ensure_device_id(self) -> str:
        """This desk's device id, made on first use. A file that is a copy (another file
        than the one the id was made in: copied, or another desk's backup restored) takes a
        new id and code prefix at once, so two desks never write under one id (the audit
        chains and chain sync tell desks apart by it); the ids it had before stay its own
        for the due work of the memberships it sold (``home_devices``)."""
        here = file_identity(self.path)
        with self.read() as uow:
            device = uow.settings.get("device_id")
            known = uow.settings.get(FILE_IDENTITY)
        if device is not None and (known == here or here is None):
            return device
        with self.write() as uow:
            device = uow.settings.get("device_id")
            known = uow.settings.get(FILE_IDENTITY)
            if device is not None and known is not None and known != here:
                device = self._take_new_device_id(uow, device)
                self.renewed = True
            elif device is None:
                device = new_id()
                uow.settings.put("device_id", device)
                uow.settings.put("code_prefix", _readable_prefix(device))
            if here is not None:
                uow.settings.put(FILE_IDENTITY, here)
            uow.commit()
            return device

    def take_new_device_id(self) -> str:
        """A new device id and code prefix now (a restore: the file is the same, its data
        another's or an older one's)."""
        with self.write() as uow:
            self.device_id = self._take_new_device_id(uow, self.device_id)
            uow.commit()
        return self.device_id

    @staticmethod
    def _take_new_device_id(uow: UnitOfWork, old: str) -> str:
        former = json.loads(uow.settings.get(FORMER_DEVICES) or "[]")
        device = new_id()
        uow.settings.put(FORMER_DEVICES, json.dumps([*former, old]))
        uow.settings.put("device_id", device)
        uow.settings.put("code_prefix", _readable_prefix(device))
        uow.audit.record(Stamp(None, None, device), "device_renewed", "settings", "device_id",
                          previous=old)
        return device

    @property
    def home_devices(self) -> tuple[str, ...]:
        """The device ids whose sales are this desk's: its own, and those it had before."""
        with self.read() as uow:
            former = json.loads(uow.settings.get(FORMER_DEVICES) or "[]")
        return (self.device_id, *former)

    def code_prefix(self) -> str:
        with self.read() as uow:
            return uow.settings.get("code_prefix") or "D"


def file_identity(path: Path | None) -> str | None:
    """Which file this is (its device and inode): the same after a move within a disk,
    another for a copy. None for a database in memory."""
    if path is None:
        return None
    stat = os.stat(path)
    return f"{stat.st_dev}:{stat.st_ino}"


def _readable_prefix(device_id: str) -> str:
    """A short per-desk code prefix from the device id, in the readable alphabet."""
    number = uuid.UUID(device_id).int
    chars = []
    for _ in range(3):
        number, digit = divmod(number, len(READABLE))
        chars.append(READABLE[digit])
    return "".join(chars)
