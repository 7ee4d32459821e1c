"""``desk shots DIR``: each main view and dialog rendered offscreen to DIR/<view>.png.

The pictures show the database's real data (the demo chain reads best), for the docs,
for support, and for a person to check that nothing is clipped or misaligned.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desk.paths import samples_dir
from desk.services.database import Database
from desk.ui.app import main_window_for
from desk.ui.booking_dialog import BookingDialog
from desk.ui.closure_dialog import CloseLocationDialog
from desk.ui.day_sheet_writer import DaySheetWriter
from desk.ui.history_transfer import TransferDialog
from desk.ui.login_dialog import LoginDialog
from desk.ui.reopen_dialog import ReopenLocationDialog
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.share_dialog import ShareDialog

SIZE = (1280, 760)


def render_views(db: Database, out: Path, *, search: str = "Alice",
                 language: str | None = None,
                 on_shot: Callable[[str, QWidget], None] | None = None) -> list[Path]:
    """Render every view and dialog to ``out`` in ``language`` (default: as the window
    opens); ``on_shot(name, widget)`` sees each one as it is taken (the translation test
    reads their texts)."""
    out.mkdir(parents=True, exist_ok=True)
    window = main_window_for(db, language=language)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def save(name: str, widget: QWidget) -> None:
        _settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        if on_shot is not None:
            on_shot(name, widget)
        written.append(path)

    _shoot_today(window, save)
    clients = window.clients
    window.tabs.setCurrentWidget(window.clients_view)  # not the tab remembered from last time
    window.clients_view.search.setText(search)
    clients.search_now()
    save("clients", window)
    for name, open_dialog in (("sell", clients.sell), ("pay", clients.pay),
                              ("freeze", clients.freeze)):
        open_dialog()
        if clients.dialog is not None:
            save(name, clients.dialog)
            clients.dialog.reject()
    client = window.selected_client()
    if client is not None:
        booking = BookingDialog(db, window.actor, client, parent=window)
        booking.show()
        save("booking", booking)
        booking.close()
    _shoot_client_dialogs(db, window, save)
    window.tabs.setCurrentWidget(window.types_view)
    save("types", window)
    types = window.types_view.controller
    types.edit_current()
    if types.editor is not None:
        save("type_editor", types.editor)
        types.editor.reject()
    if window.close_location_action is not None:  # a manager's: the preview of a closure
        closing = CloseLocationDialog(db, window.actor, parent=window)
        closing.show()
        _wait(lambda: not closing.previewing.running)
        save("close_location", closing)
        closing.close()
    if window.import_view is not None:
        window.tabs.setCurrentWidget(window.import_view)
        sample = samples_dir() / "errors_values.xlsx"
        if sample.exists():
            operation = window.import_view.controller.open_file(sample)
            _wait(lambda: not operation.running)
        save("import", window)
    if window.reports_view is not None:
        _shoot_reports(window, save)
    _shoot_desk_dialogs(db, window, save)
    written += _shoot_day_sheet(db, window, out)
    window.close()
    return written


def _shoot_client_dialogs(db: Database, window, save) -> None:
    """A new client, and the chosen membership shared and given to another client."""
    clients = window.clients
    clients.new_client()
    if clients.dialog is not None:
        save("client", clients.dialog)
        clients.dialog.reject()
    membership = clients.current_membership()
    if membership is None:
        return
    for name, dialog in (("share", ShareDialog), ("transfer", TransferDialog)):
        opened = dialog(db, window.actor, membership, clients.today(), parent=window)
        opened.show()
        save(name, opened)
        opened.close()


def _shoot_desk_dialogs(db: Database, window, save) -> None:
    """Settings, one picture per tab; the reopening of a closed location; the log-in."""
    settings = SettingsDialog(db, window.actor, parent=window)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        save(f"settings_{index + 1}", settings)
    settings.close()
    if window.close_location_action is not None:
        reopening = ReopenLocationDialog(db, window.actor, parent=window)
        reopening.show()
        save("reopen_location", reopening)
        reopening.close()
    login = LoginDialog(db, parent=window)
    login.show()
    save("login", login)
    login.close()


def _shoot_today(window, save) -> None:
    """Today at the location with the busiest day (the desk's own when all are quiet)."""
    today, view = window.today, window.today_view
    busiest, most = view.location.currentIndex(), -1
    for index in range(view.location.count()):
        view.location.setCurrentIndex(index)
        day = today.day
        rows = len(day.bookings) + len(day.visits) + len(day.sales) + len(
            day.deductions_and_freezes) if day else 0
        if rows > most:
            busiest, most = index, rows
    view.location.setCurrentIndex(busiest)
    window.tabs.setCurrentWidget(view)
    save("today", window)


def _shoot_day_sheet(db: Database, window, out: Path) -> list[Path]:
    """The day sheet's first page as the printer gets it, written the way the open desk
    writes it and drawn by poppler's pdftoppm (none where it is not installed)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return []
    with tempfile.TemporaryDirectory() as folder:
        writer = DaySheetWriter(db, lambda: window.actor, Path(folder))
        sheets: list[Path] = []
        writer.sig_written.connect(sheets.append)
        writer.run_now()
        _wait(lambda: not writer.running)
        if not sheets:
            return []
        path = out / "day_sheet.png"
        subprocess.run([pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(sheets[0]), str(path.with_suffix(""))], check=True,
                       capture_output=True, timeout=60)
        return [path]


def _shoot_reports(window, save) -> None:
    """The three report pages, each once its figures have arrived."""
    reports = window.reports_view
    overview = reports.overview.controller
    overview.board = None
    window.tabs.setCurrentWidget(reports)
    _wait(lambda: overview.board is not None)
    save("reports", window)
    reports.setCurrentWidget(reports.memberships)
    _wait(lambda: reports.memberships.model.rowCount() > 0)
    save("report_memberships", window)
    reports.setCurrentWidget(reports.liability)
    _wait(lambda: reports.liability.model.rowCount() > 0)
    save("report_liability", window)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _wait(done, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
