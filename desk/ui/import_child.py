"""The import's file work in a child process, so that nothing a file does can take the
window down.

Reading a spreadsheet runs a parser written in Rust: a file that makes it ask for more
memory than there is ends the process with an abort no ``except`` can catch, and the
window with it. So the window checks, commits and marks files in a child process (spawned,
the way every system starts one, and a frozen build too: ``desk/__main__.py`` calls
``multiprocessing.freeze_support``); if the child dies, the window says the file could not
be read and carries on.

No Qt here: the child imports this module, and it should start in a fraction of a second.
"""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from desk.core.errors import DeskError, quoted
from desk.services.actor import Actor
from desk.services.database import Database, open_database
from desk.services.import_preview import (
    ImportPreview,
    commit_import,
    preview_import,
    save_error_workbook,
)
from desk.services.imports import ImportResult, Issue


class ChildDied(DeskError):
    """The child process ended without an answer: killed, out of memory, or aborted."""

    def __init__(self, path: str | Path, exitcode: int | None) -> None:
        from desk.ui.i18n import tr  # raised in the window's process only: Qt is there

        how = (tr("it was stopped by signal {signal}").format(signal=-exitcode)
               if exitcode is not None and exitcode < 0
               else tr("it ended with code {code}").format(code=exitcode))
        super().__init__("file_unreadable", tr(
            "Desk's file reader stopped while reading {file} ({how}): the file is damaged, or "
            "built to exhaust the computer's memory. Nothing was imported.").format(
                file=quoted(Path(path).name), how=how),
            value=str(path), hint=tr("Open it in Excel and save it again as an Excel Workbook "
                                     "(.xlsx); if it still fails, split it."))


class ChildRun:
    """One piece of file work in a child process; ``stop`` (from the GUI thread, on
    Cancel) kills the child, so a cancelled check doesn't go on eating memory."""

    def __init__(self) -> None:
        self._process: multiprocessing.Process | None = None
        self._lock = threading.Lock()
        self.stopped = False

    def __call__(self, work: Callable[..., Any], db_path: Path, actor: Actor,
                 path: str | Path, *rest: Any) -> Any:
        """``work(db_path, actor, path, *rest)`` in a child; its result, or its exception
        raised here; ``ChildDied`` when the child ends without an answer."""
        context = multiprocessing.get_context("spawn")
        answers, child_end = context.Pipe(duplex=False)
        process = context.Process(target=_answer, daemon=True, name="desk-import-file",
                                  args=(child_end, work, (db_path, actor, path, *rest)))
        with self._lock:
            if self.stopped:
                from desk.ui.i18n import tr

                raise DeskError("cancelled", tr("The check was cancelled."))
            self._process = process
            process.start()
        child_end.close()  # the child holds the only writing end: its death ends recv()
        try:
            ok, value = answers.recv()
        except EOFError:
            process.join()
            raise ChildDied(path, process.exitcode) from None
        finally:
            answers.close()
        process.join()
        if not ok:
            if isinstance(value, str):  # an error the child could not send: its name
                from desk.ui.i18n import tr

                raise DeskError("unexpected", tr("Checking the file failed ({error}).")
                                .format(error=value))
            raise value
        return value

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._process is not None and self._process.is_alive():
                self._process.kill()


def _answer(connection, work: Callable[..., Any], args: tuple) -> None:
    """In the child: run the work and send back (True, result) or (False, exception)."""
    try:
        outcome = (True, work(*args))
    except Exception as error:  # the parent raises it again, and shows it the usual way
        outcome = (False, error if _picklable(error) else type(error).__name__)
    connection.send(outcome)
    connection.close()


def _picklable(error: Exception) -> bool:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return False
    return True


# --- the work, as top-level functions a spawned child can import


def preview_in_child(db_path: Path, actor: Actor, path: str | Path, today: date | None
                     ) -> ImportPreview:
    with _database(db_path) as db:
        preview = preview_import(db, actor, path, today=today)
    preview.result.sheet = None  # the window shows preview.rows; the sheet needn't travel
    return preview


def commit_in_child(db_path: Path, actor: Actor, path: str | Path, today: date | None
                    ) -> ImportResult:
    with _database(db_path) as db:
        return commit_import(db, actor, path, today=today)


def errors_in_child(db_path: Path, _actor: Actor, path: str | Path, out: str | Path,
                    errors: list) -> Path:
    # the save dialog asked before replacing a file; the database is never one to replace
    return save_error_workbook(path, out, errors, force=True, database=db_path)


@contextmanager
def _database(path: Path) -> Iterator[Database]:
    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def refused_preview(path: str | Path, error: DeskError) -> ImportPreview:
    """What the window shows when the child could not read the file: a refusal, as for any
    file that can't be read."""
    return ImportPreview(Path(path), ImportResult(
        False, 0, errors=[Issue(None, None, error.code, str(error))], refused=True))
