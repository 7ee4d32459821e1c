"""Today's backup while the desk is open: right after start-up and then every hour, off
the GUI thread, so a desk left open for days still gets one backup a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal

from desk.services.backups import daily_backup
from desk.services.database import Database
from desk.support import logger
from desk.ui.errors import error_text
from desk.ui.recurring import Recurring

EVERY_MS = 60 * 60 * 1000
log = logger("backup")


def backups_folder(db_path: str | Path) -> Path:
    """The daily backups live in "backups" beside the database."""
    return Path(db_path).parent / "backups"


class DailyBackup(Recurring):
    title = QT_TR_NOOP("Backing up…")
    sig_checked = Signal(object)  # the backup made, or None when today's existed already
    sig_failed = Signal(str)

    def __init__(self, db: Database, folder: Path, parent: QObject | None = None, *,
                 interval_ms: int = EVERY_MS, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, interval_ms)
        self.db, self.folder, self.today = db, folder, today

    def work(self):
        day = self.today()
        return lambda: daily_backup(self.db, self.folder, day)

    def finished(self, made: Path | None) -> None:
        if made is not None:
            log.info("daily backup written to %s", made)
        self.sig_checked.emit(made)

    def failed(self, error: BaseException) -> None:
        text = error_text(error)  # logged for support; the desk goes on
        log.warning("daily backup failed: %s", text.splitlines()[0])
        self.sig_failed.emit(text)
