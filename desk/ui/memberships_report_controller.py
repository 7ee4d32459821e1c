"""Behaviour of the memberships report page: read the filters, load pages, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desk.core.dates import parse_date
from desk.core.errors import DeskError
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.queries import locations
from desk.services.reports import (
    ReportFilters,
    currency,
    export_memberships_to,
    memberships_page,
)
from desk.ui.errors import show_error
from desk.ui.i18n import tr
from desk.ui.memberships_report_view import MembershipsReportView
from desk.ui.operations import run_operation
from desk.ui.phrasebook import error_message, translated
from desk.ui.xlsx_files import ask_xlsx_path, confirmed_xlsx_path


def _date(field: QLineEdit, name: str) -> date | None:
    text = field.text().strip()
    return parse_date(text, field=name) if text else None


def _int(field: QLineEdit) -> int | None:
    text = field.text().strip()
    return int(text) if text else None


class MembershipsReportController(QObject):
    """Shows the memberships that the view's filters match, as of ``today()``."""

    sig_exported = Signal(str)  # the workbook's path

    def __init__(self, db: Database, actor: Actor, view: MembershipsReportView,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(view)
        self.db, self.actor, self.view, self.today = db, actor, view, today
        self.ask_path: Callable[[QWidget, str, str], str] = ask_xlsx_path
        view.currency = currency(db)
        view.set_locations([(loc.id, loc.name) for loc in locations(db)])
        view.sig_show.connect(self.show)
        view.sig_clear.connect(self.clear)
        view.sig_export.connect(self.export)
        view.model.sig_loaded.connect(self._loaded)

    def filters(self) -> ReportFilters:
        """The filters as typed; a DeskError names the field that is not a date."""
        v = self.view
        return ReportFilters(
            sold_from=_date(v.sold_from, QT_TR_NOOP("first sale date")),
            sold_to=_date(v.sold_to, QT_TR_NOOP("last sale date")),
            sale_location_id=v.sale_location.currentData() or None,
            used_from=_date(v.used_from, QT_TR_NOOP("first use date")),
            used_to=_date(v.used_to, QT_TR_NOOP("last use date")),
            use_location_id=v.use_location.currentData() or None,
            number=v.number.text().strip() or None,
            phone=v.phone.text().strip() or None,
            expires_from=_date(v.expires_from, QT_TR_NOOP("first 'valid until' date")),
            expires_to=_date(v.expires_to, QT_TR_NOOP("last 'valid until' date")),
            remaining_min=_int(v.remaining_min), remaining_max=_int(v.remaining_max),
            statuses=(v.status.currentData(),) if v.status.currentData() else (),
        )

    def show(self) -> None:
        try:
            filters = self.filters()
        except DeskError as error:
            self.view.show_message(error_message(error))
            return
        self.view.show_message("")
        db, actor, day = self.db, self.actor, self.today()

        def fetch(sort: str, descending: bool, offset: int, limit: int):
            page = memberships_page(db, actor, day, filters, sort=sort, descending=descending,
                                    offset=offset, limit=limit)
            return page.total, page.rows

        self.view.model.reload(fetch)

    def clear(self) -> None:
        self.view.clear_filters()
        self.show()

    def _loaded(self, total: int) -> None:
        self.view.count.setText(tr("%n memberships", None, total))

    def export(self) -> None:
        """Every matching membership, sorted as shown, to a workbook the user names."""
        try:
            filters = self.filters()
        except DeskError as error:
            self.view.show_message(error_message(error))
            return
        day = self.today()
        chosen = self.ask_path(self.view, tr("Export the memberships report"),
                               f"memberships-{day:%Y-%m-%d}.xlsx")
        if not chosen:
            return
        path, model = confirmed_xlsx_path(self.view, chosen), self.view.model
        if path is None:
            return
        sort, descending = model.sort_key, model.descending
        run_operation(self.view, tr("Writing the memberships report…"),
                      lambda: export_memberships_to(self.db, self.actor, path, day, filters,
                                                    sort=sort, descending=descending,
                                                    force=True),
                      on_done=self._exported, on_error=self._export_failed)

    def _exported(self, path: Path) -> None:
        self.view.show_message(tr("Memberships report exported to {path}.").format(path=path))
        self.sig_exported.emit(str(path))

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, DeskError | OSError):
            reason = (error_message(error) if isinstance(error, DeskError)
                      else translated(str(error)))
            self.view.show_message(tr("Could not export the memberships report: {reason}")
                                   .format(reason=reason))
        else:
            show_error(self.view, error)
