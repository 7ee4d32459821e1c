"""Importing memberships from Excel: preview every issue, then commit all or nothing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path

from desk.collector import collector_paused
from desk.core.ledger import Stamp
from desk.core.permissions import Action
from desk.importer.cell_checks import Row
from desk.importer.commit import check_again, imported_membership, load_chain, write
from desk.importer.issues import FileRefused, Issue
from desk.importer.reader import Sheet, read_sheet
from desk.importer.validate import validate
from desk.services.actor import Actor
from desk.services.import_reading import ReadAhead
from desk.store.uow import Database


@dataclass
class ImportResult:
    """The shape of ``desk import --json`` (SPEC §8)."""

    valid: bool
    rows: int
    committed: int = 0
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    refused: bool = False  # the file itself could not be read
    sheet: Sheet | None = field(default=None, repr=False)  # what was read, for display
    clients: int = 0  # distinct clients the valid rows' memberships belong to
    expired: int = 0  # valid rows already expired on the import day, visits still left

    def as_json(self) -> dict:
        return {"valid": self.valid, "rows": self.rows, "committed": self.committed,
                "errors": [i.as_json() for i in self.errors],
                "warnings": [i.as_json() for i in self.warnings]}


def import_memberships(db: Database, actor: Actor, path: str | Path, *, commit_rows: bool,
                       today: date | None = None, reading: ReadAhead | None = None
                       ) -> ImportResult:
    """Check the file (and write it when ``commit_rows`` and it has no errors); ``reading``
    is the same file already being read (``ReadAhead``)."""
    actor.require(Action.IMPORT)
    with collector_paused():  # bulk work: see desk.collector
        return _import(db, actor, path, reading, commit_rows, today or date.today())


def _import(db: Database, actor: Actor, path: str | Path, reading: ReadAhead | None,
            commit_rows: bool, today: date) -> ImportResult:
    try:
        sheet, file_issues = reading.result() if reading else read_sheet(path)
    except FileRefused as refused:
        return ImportResult(False, 0, errors=[refused.as_issue()], refused=True)
    if file_issues:
        return ImportResult(False, len(sheet.rows), errors=file_issues, sheet=sheet)
    if not commit_rows:
        return _preview(db, sheet, today)
    with db.write() as uow:
        plan = check_again(uow, sheet, today)
        del sheet  # the rows are written from the plan: let the cells go (240 MB at 300k rows)
        if plan.valid:
            write(uow, plan, actor.stamp(db.device_id))
            uow.commit()
    return ImportResult(plan.valid, plan.row_count, len(plan.rows) if plan.valid else 0,
                        plan.errors, plan.warnings, clients=_clients(plan.rows),
                        expired=_expired(plan.rows, today))


def _preview(db: Database, sheet: Sheet, today: date) -> ImportResult:
    with db.read() as uow:
        chain = load_chain(uow, today)
    plan = validate(sheet, chain)
    return ImportResult(plan.valid, plan.row_count, 0, plan.errors, plan.warnings, sheet=sheet,
                        clients=_clients(plan.rows), expired=_expired(plan.rows, today))


def _clients(rows: list[Row]) -> int:
    """How many clients the rows' memberships belong to (an import adds no client)."""
    return len({r.client_id for r in rows if r.client_id})


def _expired(rows: list[Row], today: date) -> int:
    """How many rows arrive expired with visits left (the due work writes those visits off):
    what the desk says before and after a commit. A row's dates decide it, as in commit, so
    the rows are counted by kind and each kind's expiry worked out once."""
    with_visits = [r for r in rows if r.remaining > 0]
    kinds = list(map(_KIND, with_visits))
    counted = Counter(kinds)
    one_of_each = dict(zip(kinds, with_visits, strict=True))
    return sum(n for kind, n in counted.items() if _is_expired(one_of_each[kind], today))


_KIND = attrgetter("type.id", "sale_date", "activation", "valid_until")


def _is_expired(row: Row, today: date) -> bool:
    m = imported_membership(row, Stamp(None, None, "preview"))
    return m.expiry is not None and today >= m.expiry
