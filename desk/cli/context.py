"""What every command needs: the database, the acting user, the business date, output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desk.core.dates import parse_date
from desk.paths import default_db_path
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.store.uow import Database


def db_path(args) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


_opened: list[Database] = []


def open_db(args) -> Database:
    db = Database.open(db_path(args))
    _opened.append(db)
    return db


def close_all() -> None:
    """Close what the command opened, so the WAL is folded back into the file."""
    while _opened:
        _opened.pop().close()


def actor(db: Database, args) -> Actor:
    return cli_actor(db, getattr(args, "user", None) or "admin")


def business_date(args, name: str = "on") -> date:
    value = getattr(args, name, None)
    return parse_date(value, field=f"--{name.replace('_', '-')} date") if value else date.today()


def emit(args, data: dict | list, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=None) if getattr(args, "json", False)
          else text)
