"""Front-desk work run in other processes or threads: the load the reliability tests apply.

Every worker goes through the real services on a real database file, as the desk does.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.services.due import run_due
from desk.services.memberships import pay_visit, sell_membership
from desk.store.uow import Database

WORK_DAY = date(2026, 3, 15)  # the demo's day (tests/demo_chain.py DEMO_DAY)


@dataclass(frozen=True)
class Desk:
    """The ids one desk's work needs, looked up once."""

    db: Database
    actor: Actor
    client: str
    service: str
    location: str
    pt12: str

    @classmethod
    def at(cls, path: str | Path, username: str = "reception") -> Desk:
        db = Database.open(path)
        with db.read() as uow:
            bob = uow.reference.client_by_phone("12125550102").id
            training = uow.reference.service_by_name("Personal training").id
            riverside = uow.reference.location_by_name("Riverside").id
            pt12 = uow.types.by_name("PT 12").id
        return cls(db, cli_actor(db, username), bob, training, riverside, pt12)

    def sell(self) -> str:
        """Sell Bob a PT 12 (12 visits, unlimited) with a generated code; its id."""
        return sell_membership(self.db, self.actor, type_id=self.pt12, location_id=self.location,
                               client_id=self.client, generate=True, day=WORK_DAY).id

    def pay(self, membership_id: str) -> str:
        """Pay one personal training with the membership; the payment's id."""
        return pay_visit(self.db, self.actor, client_id=self.client, service_id=self.service,
                         location_id=self.location, day=WORK_DAY,
                         membership_ref=membership_id).payment_id

    def pay_or_sell(self, membership_id: str | None) -> tuple[str | None, str | None]:
        """Pay with the membership, selling a fresh one when it is used up.

        Returns (membership to use next, payment id or None when this step sold)."""
        if membership_id is None:
            return self.sell(), None
        try:
            return membership_id, self.pay(membership_id)
        except DeskError as refused:
            if refused.code != "membership_used_up":
                raise
            return None, None


def pay_until_killed(db_path: str, acknowledged: str) -> None:
    """Pay visits as fast as possible; after each commit, append the payment id to a file
    and flush it, so the file lists exactly what the desk told the receptionist was done."""
    desk = Desk.at(db_path)
    membership = None
    with open(acknowledged, "a", encoding="ascii") as out:
        while True:
            membership, payment = desk.pay_or_sell(membership)
            if payment is not None:
                out.write(payment + "\n")
                out.flush()


@dataclass
class Tally:
    """What a worker did: transactions done, "database is locked" errors, other faults."""

    done: int = 0
    locked: int = 0
    faults: list[str] = field(default_factory=list)

    def run(self, step, times: int | None = None, until=lambda: False,
            pause: float = 0.0) -> Tally:
        """Call ``step`` ``times`` times (or until ``until()``), ``pause`` seconds apart,
        counting what happened."""
        while (self.done < times) if times is not None else not until():
            try:
                step()
                self.done += 1
                time.sleep(pause)
            except Exception as error:  # the point: see every failure that reaches a caller
                if "locked" in str(error) or getattr(error, "code", "") == "database_busy":
                    self.locked += 1
                else:
                    self.faults.append(repr(error))
                    if len(self.faults) > 20:
                        break
        return self


def pay_many(db_path: str, times: int) -> None:
    """Pay (and sell when used up) ``times`` write transactions; print the tally as JSON."""
    desk, membership = Desk.at(db_path), [None]

    def step() -> None:
        membership[0], _ = desk.pay_or_sell(membership[0])

    print(json.dumps(asdict(Tally().run(step, times))))


def run_due_many(db_path: str, times: int) -> None:
    """Run the due work ``times`` times (a write transaction each); print the tally as JSON."""
    db = Database.open(db_path)
    actor, now = cli_actor(db), datetime(2026, 3, 20, 12, tzinfo=UTC)
    print(json.dumps(asdict(Tally().run(lambda: run_due(db, actor, now), times))))


def serve_forks() -> None:
    """Fork a payer for each "db<TAB>acknowledged-file" line read from stdin; print its pid,
    then "ended" once it has died. The imports are paid once here, so each payer starts in
    milliseconds and a kill loop can afford many runs."""
    for line in sys.stdin:
        db_path, acknowledged = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            try:
                pay_until_killed(db_path, acknowledged)
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("ended", flush=True)


def sqlite_checks(path: str | Path) -> tuple[str, list]:
    """``PRAGMA integrity_check``'s verdict and ``foreign_key_check``'s rows, read by plain
    sqlite3 (as support would)."""
    with closing(sqlite3.connect(path)) as con:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("PRAGMA foreign_key_check").fetchall())


def unpaired_visits(path: str | Path) -> int:
    """Visits without their payment entry, and payment entries without their visit."""
    with closing(sqlite3.connect(path)) as con:
        return con.execute(
            "SELECT (SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM ledger_entries"
            " e WHERE e.kind = 'payment' AND e.ref_id = v.id)) + (SELECT count(*) FROM"
            " ledger_entries e WHERE e.kind = 'payment' AND NOT EXISTS (SELECT 1 FROM visits v"
            " WHERE v.id = e.ref_id))").fetchone()[0]


def payment_ids(path: str | Path) -> set[str]:
    with closing(sqlite3.connect(path)) as con:
        return {r[0] for r in con.execute(
            "SELECT id FROM ledger_entries WHERE kind = 'payment'")}
