"""Behaviour of the liability page: read the period, work out the roll-forward, export it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk.core.dates import check_period, parse_date
from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.reports import RollForward, currency, export_liability_to, liability
from desk.ui.errors import show_error
from desk.ui.i18n import tr
from desk.ui.liability_view import LiabilityView
from desk.ui.operations import run_operation
from desk.ui.phrasebook import error_message, translated
from desk.ui.xlsx_files import ask_xlsx_path, confirmed_xlsx_path


class LiabilityController(QObject):
    """The period defaults to this month up to today."""

    sig_shown = Signal(object)  # the RollForward on screen
    sig_exported = Signal(str)  # the workbook's path

    def __init__(self, db: Database, actor: Actor, view: LiabilityView,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(view)
        self.db, self.actor, self.view, self.today = db, actor, view, today
        self.ask_path: Callable[[QWidget, str, str], str] = ask_xlsx_path
        view.currency = currency(db)
        day = today()
        view.start.setText(day.replace(day=1).isoformat())
        view.end.setText(day.isoformat())
        view.sig_show.connect(self.show)
        view.sig_export.connect(self.export)

    def period(self) -> tuple[date, date]:
        """[start, end) from the fields (the end field is the last day, inclusive)."""
        start = parse_date(self.view.start.text(), field=QT_TR_NOOP("first day"))
        last = parse_date(self.view.end.text(), field=QT_TR_NOOP("last day"))
        check_period(start, last)
        return start, last + timedelta(days=1)

    def _period_or_say(self) -> tuple[date, date] | None:
        """The period typed, or None once the view says what is wrong with it."""
        try:
            period = self.period()
        except DeskError as error:
            self.view.show_message(error_message(error))
            return None
        self.view.show_message("")
        return period

    def _run(self, title: str, work: Callable[[], object],
             on_done: Callable[[object], None]) -> None:
        run_operation(self.view, title, work, on_done=on_done, on_error=self._failed)

    def show(self) -> None:
        period, db, actor = self._period_or_say(), self.db, self.actor
        if period is not None:
            self._run(tr("Working out the roll-forward…"),
                      lambda: liability(db, actor, *period), self._shown)

    def _shown(self, result: RollForward) -> None:
        self.view.model.replace([*result.rows, *([result.total] if result.total else [])])
        self.sig_shown.emit(result)

    def export(self) -> None:
        chosen = self.ask_path(self.view, tr("Export the liability roll-forward"),
                               f"liability-{self.today():%Y-%m-%d}.xlsx")
        if not chosen:
            return
        path = confirmed_xlsx_path(self.view, chosen)
        if path is None:
            return
        period, db, actor = self._period_or_say(), self.db, self.actor
        if period is not None:
            self._run(tr("Writing the roll-forward…"),
                      lambda: export_liability_to(db, actor, path, *period, force=True),
                      self._exported)

    def _exported(self, path: Path) -> None:
        self.view.show_message(tr("Liability roll-forward exported to {path}.").format(path=path))
        self.sig_exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DeskError):
            self.view.show_message(error_message(error))
        elif isinstance(error, OSError):
            self.view.show_message(translated(str(error)))
        else:
            show_error(self.view, error)
