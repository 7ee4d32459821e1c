"""Files Desk writes for people (exports, templates, error workbooks, backups, receipts):
never over a file that was not meant to go, never over the database, whole or not at all.

* An existing file is replaced only when the person said so (``--force``; the window asks
  first): ``file_exists`` otherwise.
* The open database, its WAL and shared-memory files, its daily backups and the copies kept
  before a restore, an upgrade or a new demo are never written over, whatever was said
  (``file_protected``): a mistyped output name must not destroy the data.
* The new file is written beside the target under a temporary name and renamed into place
  once complete, so a crash or a full disk leaves the old file or the new one, never half.
* What Desk creates is for its user alone (files 0600, folders 0700: ``private_umask``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desk.core.errors import DeskError, file_unwritable

PRIVATE_UMASK = 0o077  # rw------- files, rwx------ folders
BACKUPS_FOLDER = "backups"  # the daily backups, beside the database


def private_umask() -> None:
    """From now on this process creates files and folders only their user can read (on
    Windows a user's profile folders are already the user's own: the mask changes nothing
    there)."""
    os.umask(PRIVATE_UMASK)


@dataclass(frozen=True)
class Protected:
    """The files of one database that no output may replace."""

    database: Path | None

    def covers(self, path: Path) -> bool:
        if self.database is None:
            return False
        target, db = _resolved(path), _resolved(self.database)
        if target.parent == db.parent and target.name in {
                db.name, f"{db.name}-wal", f"{db.name}-shm", f"{db.name}-journal"}:
            return True
        if target.parent == db.parent and target.name.startswith(f"{db.stem}.before-"):
            return True  # kept before a restore, an upgrade or a demo
        return target.parent == db.parent / BACKUPS_FOLDER


NOTHING_PROTECTED = Protected(None)  # for files that are no database's


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


def check_output(path: str | Path, *, force: bool, protected: Protected,
                 what: str = "file") -> Path:
    """Refuse ``path`` as an output (``file_protected``, ``file_exists``, or a folder),
    before any work is done for it."""
    path = Path(path)
    if protected.covers(path):
        raise DeskError("file_protected", f"{path} is the database or one of its backups: "
                        f"the {what} can't be written over it.", value=str(path),
                        hint="Choose another file name.")
    if path.is_dir():
        raise DeskError("file_exists", f"{path} is a folder, not a file.", value=str(path),
                        hint="Add a file name to the path.")
    if path.exists() and not force:
        raise DeskError("file_exists", f"{path} already exists.", value=str(path),
                        hint="Choose a new file name, or add --force to replace it.")
    return path


@contextlib.contextmanager
def output_file(path: str | Path, *, force: bool = False,
                protected: Protected = NOTHING_PROTECTED, what: str = "file") -> Iterator[Path]:
    """``with output_file(out) as partial: write(partial)``: the temporary file to write,
    renamed to ``path`` when the block ends without an error (removed if it fails).

    Refuses like ``check_output``; a folder that can't be written is ``file_unwritable``."""
    path = check_output(path, force=force, protected=protected, what=what)
    try:  # in the folder named, which must exist: a mistyped folder is not made
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial",
                                        dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise file_unwritable(what, path, error) from None
    partial = Path(name)
    try:
        yield partial
        _flush_to_disk(partial)
        os.replace(partial, path)
    except OSError as error:
        raise file_unwritable(what, path, error) from None
    finally:
        partial.unlink(missing_ok=True)


def _flush_to_disk(path: Path) -> None:
    """The file's bytes on the disk before the rename makes it the file people open."""
    with open(path, "rb+") as done:
        os.fsync(done.fileno())
