"""Building import files and running ``desk import`` in-process, as tests/cli does."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from openpyxl import Workbook

from desk.cli import main

HEADER = ["Location", "Membership type", "Remaining sessions", "Status", "Owner phone",
          "Membership number", "Valid until", "Sale date"]
TODAY = "2026-03-15"  # DEMO_DAY: the demo chain of the `demo` fixture is sold on it
FIELDS = ("location", "type", "remaining", "status", "phone", "number", "valid_until",
          "sale_date")
GOOD = {"location": "Downtown", "type": "PT 12", "remaining": 12, "status": None,
        "phone": "12125550101", "number": "T-1", "valid_until": None, "sale_date": "2025-12-01"}


def row(**changes) -> list:
    """A valid PT 12 row in HEADER order, with some cells changed (None = empty cell)."""
    values = {**GOOD, **changes}
    return [values[f] for f in FIELDS]


def write_xlsx(path: Path, header: list, rows: list[list], *, text: tuple[str, ...] = ()
               ) -> Path:
    """An .xlsx with ``header`` in row 1 and ``rows`` below; ``text`` columns get format @."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Memberships"
    ws.append(header)
    for r in rows:
        ws.append(r)
    for name in text:
        for cells in ws.iter_rows(min_row=2, min_col=header.index(name) + 1,
                                  max_col=header.index(name) + 1):
            cells[0].number_format = "@"
    wb.save(path)
    return Path(path)


def desk(capsys, *argv: str) -> tuple[int, object]:
    """Exit code and the printed JSON (or text) of one ``desk`` command."""
    code = main([str(a) for a in argv])
    out = capsys.readouterr().out
    try:
        return code, json.loads(out)
    except json.JSONDecodeError:
        return code, out


def run_import(capsys, path: Path, db: Path, *extra: str) -> tuple[int, dict]:
    return desk(capsys, "import", path, "--json", "--db", db, "--today", TODAY, *extra)


def issues(result: dict, kind: str = "errors") -> set[tuple]:
    """The (row, column, code) of every error (or warning) of an import's JSON."""
    return {(i["row"], i["column"], i["code"]) for i in result[kind]}


def query(db: Path, sql: str) -> list[tuple]:
    """Rows of an SQL query on a database file, read with plain sqlite3."""
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql).fetchall()


def count(db: Path, where: str = "1") -> int:
    """Memberships in a database file matching an SQL condition."""
    return query(db, f"SELECT count(*) FROM memberships WHERE {where}")[0][0]


def listed(capsys, db: Path) -> list[dict]:
    """`desk memberships --json` on the import day."""
    code, rows = desk(capsys, "memberships", "--json", "--db", db, "--on", TODAY)
    assert code == 0
    return rows


def memberships(capsys, db: Path) -> dict:
    """The numbered memberships of `desk memberships --json`, by number."""
    return {r["number"]: r for r in listed(capsys, db) if r["number"]}
