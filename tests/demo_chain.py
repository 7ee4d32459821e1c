"""A per-test copy of the demo chain, built once per test session, with name lookups."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.core.memberships import Membership
from desk.core.permissions import Role
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.services.demo import create_demo
from desk.store.uow import FILE_IDENTITY, Database, file_identity

DEMO_DAY = date(2026, 3, 15)  # the demo's "today" in tests: fixed, so expiries are known


@dataclass
class Demo:
    db: Database
    path: Path

    @property
    def admin(self) -> Actor:
        return cli_actor(self.db, "admin")

    @property
    def reception(self) -> Actor:
        return cli_actor(self.db, "reception")

    def at(self, location: str, role: Role = Role.ADMIN) -> Actor:
        base = cli_actor(self.db, role.value)
        return Actor(base.user_id, base.username, base.role, self.location(location))

    def location(self, name: str) -> str:
        with self.db.read() as uow:
            return uow.reference.location_by_name(name).id

    def service(self, name: str) -> str:
        with self.db.read() as uow:
            return uow.reference.service_by_name(name).id

    def client(self, name: str) -> str:
        phones = {"Alice Smith": "12125550101", "Bob Jones": "12125550102",
                  "Carla Díaz": "34911234567", "Dmitri Ivanov": "447911123456",
                  "Emma Brown": "12025550143"}
        with self.db.read() as uow:
            return uow.reference.client_by_phone(phones[name]).id

    def type_id(self, name: str) -> str:
        with self.db.read() as uow:
            return uow.types.by_name(name).id

    def membership(self, ref: str) -> Membership:
        with self.db.read() as uow:
            return uow.memberships.by_id_or_code(ref)

    def carla_yoga(self) -> Membership:
        with self.db.read() as uow:
            return uow.memberships.for_client(self.client("Carla Díaz"))[0]


def build_template(folder: Path) -> Path:
    path = folder / "demo-template.sqlite"
    db = Database.open(path)
    create_demo(db, today=DEMO_DAY)
    db.close()  # the last connection to close checkpoints the WAL into the file
    return path


def copy_demo(template: Path, folder: Path) -> Demo:
    path = folder / "demo.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{template}{suffix}").exists():
            shutil.copy(f"{template}{suffix}", f"{path}{suffix}")
    claim_file(path)
    return Demo(Database.open(path), path)


def claim_file(path: Path) -> None:
    """Make a copied file the desk the template was (not a copy of it, which takes a new
    device id): each test's demo stands for a desk made by `desk demo`, not a copied file."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                     (file_identity(path), FILE_IDENTITY))
    conn.close()
