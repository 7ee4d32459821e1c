"""The day sheet written to the data folder while the desk is open (SPEC §11): at start-up
and every 15 minutes, off the GUI thread, replacing the file of the day, so a crash or an
outage still leaves the day on paper. A failure is logged; the desk goes on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal

from desk.files import Protected
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.day_sheet import day_sheet
from desk.services.this_desk import usual_location
from desk.support import logger
from desk.ui.day_sheet_pdf import write_day_sheet_pdf
from desk.ui.errors import error_text
from desk.ui.recurring import Recurring

EVERY_MS = 15 * 60 * 1000
log = logger("day_sheet")


def day_sheets_folder(db_path: str | Path) -> Path:
    """The day sheets live in "day-sheets" beside the database."""
    return Path(db_path).parent / "day-sheets"


def day_sheet_path(folder: Path, day: date) -> Path:
    return folder / f"day-sheet-{day.isoformat()}.pdf"


class DaySheetWriter(Recurring):
    """``location`` gives the location to print (None: the usual one), ``actor`` who is
    logged in; both are asked at each run, so a switch of user or location is followed."""

    title = QT_TR_NOOP("Writing the day sheet…")
    sig_written = Signal(object)  # the file written
    sig_failed = Signal(str)

    def __init__(self, db: Database, actor: Callable[[], Actor], folder: Path,
                 parent: QObject | None = None, *,
                 location: Callable[[], str | None] = lambda: None,
                 interval_ms: int = EVERY_MS, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, interval_ms)
        self.db, self.actor, self.folder = db, actor, folder
        self.location, self.today = location, today

    def work(self):
        db, actor, location_id, day = self.db, self.actor(), self.location(), self.today()
        target = day_sheet_path(self.folder, day)

        def write() -> Path:
            sheet = day_sheet(db, actor, location_id or usual_location(db)[0].id, day)
            target.parent.mkdir(parents=True, exist_ok=True)
            return write_day_sheet_pdf(sheet, target, protected=Protected(db.path))
        return write

    def finished(self, written: Path) -> None:
        log.info("day sheet written to %s", written)
        self.sig_written.emit(written)

    def failed(self, error: BaseException) -> None:
        text = error_text(error)  # logged for support; the desk goes on
        log.warning("day sheet not written: %s", text.splitlines()[0])
        self.sig_failed.emit(text)
