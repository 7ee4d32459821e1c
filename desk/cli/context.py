"""What every command needs: the database, the acting user, the business date, output."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from desk.core.dates import parse_date
from desk.core.errors import DeskError
from desk.paths import default_db_path
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.services.database import Database, open_database


def db_path(args) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


_opened: list[Database] = []


def open_db(args, *, create: bool = False) -> Database:
    """The database of ``--db`` (or the default one), brought to the current schema (an
    upgrade is said on stderr). A file that does not exist is refused
    (``database_missing``) unless the command may ``create`` it: a typo in a path must not
    quietly start an empty chain."""
    path = db_path(args)
    if not create and not path.exists():
        raise DeskError("database_missing", f"There is no database {path}.", value=str(path),
                        hint="Check the path; a new database is made by `desk demo` or by "
                             "opening the desk.")
    db = open_database(path)
    _opened.append(db)
    if db.upgraded is not None:
        print(db.upgraded, file=sys.stderr)
    return db


def close_all() -> None:
    """Close what the command opened, so the WAL is folded back into the file."""
    while _opened:
        _opened.pop().close()


def actor(db: Database, args) -> Actor:
    return cli_actor(db, getattr(args, "user", None))


def business_date(args, name: str = "on") -> date:
    value = getattr(args, name, None)
    return parse_date(value, field=f"--{name.replace('_', '-')} date") if value else date.today()


def emit(args, data: dict | list, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=None) if getattr(args, "json", False)
          else text)
