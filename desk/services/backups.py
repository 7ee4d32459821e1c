"""Backups a desk can trust: taken while the desk works, kept daily, restored only when sound.

A restore never touches the current database until the backup has passed every check
(SQLite's integrity and foreign keys, the schema, each cached balance equal to its ledger),
and it keeps the current database next to it first, so a restore can itself be undone.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desk.core.errors import DeskError
from desk.core.permissions import Action
from desk.files import Protected, output_file
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.store.backup import backup_to, copy_database
from desk.store.uow import Database

KEEP_DAILY = 14


def backup_now(db: Database, actor: Actor, out: str | Path, *, force: bool = False) -> Path:
    """A consistent copy of the live database at ``out`` (writers may go on meanwhile); an
    existing file only with ``force``, never the database or its backups (desk/files.py)."""
    actor.require(Action.BACKUP)
    Path(out).parent.mkdir(parents=True, exist_ok=True)  # a backup folder named is made
    with output_file(out, force=force, protected=Protected(db.path), what="backup") as partial:
        backup_to(db.engine, partial)
    return Path(out)


def daily_backup(db: Database, folder: str | Path, today: date,
                 keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup in ``folder``, named after the database it copies
    (``<stem>-YYYY-MM-DD.sqlite``, so two databases in one folder each get theirs), keeping
    that database's newest ``keep``.

    Idempotent per day: when today's file exists it returns None and writes nothing, so the
    desk can call it at every start-up. Only this database's daily backups are pruned.
    """
    folder, stem = Path(folder), db.path.stem if db.path else "desk"
    target = folder / f"{stem}-{today.isoformat()}.sqlite"
    made = None
    folder.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        with output_file(target, what="daily backup") as partial:
            backup_to(db.engine, partial)
        made = target
    daily = re.compile(rf"^{re.escape(stem)}-\d{{4}}-\d{{2}}-\d{{2}}\.sqlite$")
    dailies = sorted(p for p in folder.iterdir() if daily.match(p.name))
    for old in dailies[:-keep] if keep > 0 else []:
        old.unlink()
    return made


def ledger_disagreements(db: Database) -> list[str]:
    """What differs between the cached membership columns and balances (and the sales'
    facts) and what their ledgers say; empty when every cache is right."""
    with db.read() as uow:
        return [str(d) for d in uow.audit.cache_disagreements()]


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file restored, and where the replaced database was kept."""

    source: Path
    kept: Path | None


def restore_backup(target: str | Path, source: str | Path, username: str | None = None,
                   now: datetime | None = None) -> Restored:
    """Replace the database at ``target`` with the backup ``source`` after checking it.

    Refuses (``restore_refused``, nothing changed) a missing file, a file that is not a
    desk database, one that fails SQLite's checks, one from a newer version of Desk, or one
    whose cached balances disagree with its ledger. The current database is first copied to
    ``<name>.before-restore-<time>.sqlite`` next to it.
    """
    target, source = Path(target), Path(source)
    checked_here = _require_restore_on(target, username)
    staged = target.with_name(f"{target.stem}.restoring.sqlite")
    _remove_database(staged)
    try:
        _stage(source, staged)
        _check_staged(source, staged, username, check_user=not checked_here)
        kept = _keep_current(target, now or datetime.now()) if target.exists() else None
        _replace(target, staged)
    finally:
        _remove_database(staged)
    _renew_device(target)
    return Restored(source, kept)


def _renew_device(target: Path) -> None:
    """The restored file is the desk's again but its data an older one's (or another
    desk's): it writes under a new device id from now on, so that what it writes never
    takes numbers its device already used in the audit chains or on the chain server."""
    db = Database.open(target)
    try:
        if not db.renewed:  # (opening the replaced file may have seen a copy already)
            db.take_new_device_id()
    finally:
        db.close()


def _require_restore_on(target: Path, username: str | None) -> bool:
    """The user must be allowed to restore on the database being replaced; True when that
    was checked. A missing or unreadable one can't say, so the backup's users decide."""
    if not target.exists():
        return False
    try:
        db = Database.open(target)
    except Exception:  # damaged or foreign: exactly when a restore is wanted
        return False
    try:
        cli_actor(db, username).require(Action.RESTORE)
    finally:
        db.close()
    return True


def _refusal(source: Path, why: str) -> DeskError:
    return DeskError("restore_refused", f"The backup {source} can't be restored: {why} "
                     "Nothing was changed.", value=str(source),
                     hint="Choose another backup (daily backups are in the 'backups' folder "
                          "next to the database).")


def _stage(source: Path, staged: Path) -> None:
    if not source.is_file():
        raise _refusal(source, "there is no such file.")
    try:
        copy_database(source, staged, read_only=True)
        verdict, broken_keys = _sqlite_checks(staged)
    except sqlite3.DatabaseError as error:
        raise _refusal(source, f"it is not a readable database ({error}).") from None
    if verdict != "ok":
        raise _refusal(source, f"it is damaged (SQLite's integrity check says: {verdict}).")
    if broken_keys:
        raise _refusal(source, f"{len(broken_keys)} rows refer to rows that don't exist.")


def _check_staged(source: Path, staged: Path, username: str | None, *,
                  check_user: bool) -> None:
    try:
        db = Database.open(staged)
    except DeskError:
        raise
    except Exception as error:  # an unknown schema revision, a foreign file: not ours
        raise _refusal(source, f"it is not a Desk database of this version ({error}).") from None
    try:
        wrong = ledger_disagreements(db)
        if wrong:
            raise _refusal(source, f"{len(wrong)} of its cached values disagree with its "
                                   f"ledger (first: {wrong[0]}).")
        if check_user:
            cli_actor(db, username).require(Action.RESTORE)
    finally:
        db.close()


def _keep_current(target: Path, now: datetime) -> Path:
    kept = target.with_name(f"{target.stem}.before-restore-{now:%Y%m%d-%H%M%S}.sqlite")
    try:
        copy_database(target, kept)
    except sqlite3.DatabaseError:  # the current file is damaged: keep its bytes as they are
        _remove_database(kept)
        for suffix in ("", "-wal"):
            if Path(f"{target}{suffix}").exists():
                shutil.copyfile(f"{target}{suffix}", f"{kept}{suffix}")
    return kept


def _replace(target: Path, staged: Path) -> None:
    try:  # through SQLite, so a desk that has the file open sees the restored data
        copy_database(staged, target)
    except sqlite3.DatabaseError:  # the current file is not a database: swap the files
        _remove_database(target)
        shutil.copyfile(staged, target)


def _sqlite_checks(path: Path) -> tuple[str, list]:
    with closing(sqlite3.connect(path)) as con:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("PRAGMA foreign_key_check").fetchall())


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
