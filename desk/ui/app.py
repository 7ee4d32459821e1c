"""Starting the desk: the application object, first run, log-in, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from desk.core.errors import DeskError
from desk.paths import icon_files, resources_dir
from desk.services.actor import Actor
from desk.services.auth import cli_actor
from desk.services.backups import daily_backup
from desk.services.chain import start_chain
from desk.services.database import Database
from desk.services.demo import create_demo, is_empty
from desk.ui.daily_backup import DailyBackup, backups_folder
from desk.ui.day_sheet_writer import DaySheetWriter, day_sheets_folder
from desk.ui.desk_location import ask_desk_location
from desk.ui.due_runner import start_due_work
from desk.ui.errors import error_text, show_error
from desk.ui.i18n import install_language, tr, window_language
from desk.ui.main_window import MainWindow
from desk.ui.operations import run_operation, wait_for
from desk.ui.shift import Shift


def application(language: str | None = None) -> QApplication:
    """The one QApplication, styled and speaking the window's language (``--lang``, else
    the one chosen in Settings, else the system's); made on first use."""
    made = QApplication.instance()
    app = made or QApplication(sys.argv[:1])
    if made is None or language is not None:
        install_language(window_language(language))
    app.setApplicationName("Desk")
    app.setOrganizationName("Desk")
    app.setWindowIcon(app_icon())
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def app_icon() -> QIcon:
    """The window icon from the pre-rendered PNGs, so no SVG plugin is needed at run time."""
    icon = QIcon()
    for png in icon_files():
        icon.addFile(str(png))
    return icon


def run_app(db: Database, path: Path, *, smoke_test: bool = False,
            language: str | None = None) -> int:
    app = application(language)
    if smoke_test:
        _daily_backup(db, path)
        return _smoke_test(app, db, path)
    if is_empty(db) and not _first_start(db):
        return 0
    shift = Shift(db, lambda actor: desk_window(db, actor, path))
    shift.sig_started.connect(lambda window: (say_upgrade(window, db),
                                              ask_desk_location(window, db)))
    shift.begin()
    return app.exec()


def desk_window(db: Database, actor: Actor, path: Path) -> MainWindow:
    """The main window of a shift, with the work it keeps doing while open."""
    window = MainWindow(db, actor, path)
    _show_unexpected_errors_in(window)
    window.focus_start()
    window.due_runner = start_due_work(window, db, window.actor)
    window.daily_backup = DailyBackup(db, backups_folder(path), window)
    window.daily_backup.start()
    window.day_sheets = DaySheetWriter(db, lambda: window.actor, day_sheets_folder(path), window,
                                       location=lambda: window.actor.location_id)
    window.day_sheets.start()
    return window


def say_upgrade(window: MainWindow, db: Database) -> None:
    """An upgrade of the database on opening is said in the status line, with where the copy
    of the file as it was is kept."""
    upgraded = db.upgraded
    if upgraded is None:
        return
    before, after = (str(int(r)) if r and r.isdigit() else str(r)
                     for r in (upgraded.before, upgraded.after))
    text = (tr("Database upgraded from schema {before} to {after}; the previous file is kept "
               "at {backup}.").format(before=before, after=after, backup=upgraded.backup)
            if upgraded.backup else
            tr("Database upgraded from schema {before} to {after}.").format(before=before,
                                                                             after=after))
    window.statusBar().showMessage(text, 60_000)


def show_start_refusal(error: DeskError, *, wait: bool = True) -> QMessageBox:
    """A database the window can't open (from a newer Desk, on a network share...) is said
    in the one error box, for a desk started from a menu has no console to read."""
    application()
    box = show_error(None, error)
    if wait:
        box.exec()
    return box


def _show_unexpected_errors_in(window: MainWindow) -> None:
    """A fault of ours in a slot ends in the one error dialog (logged, phones masked),
    not in a traceback on a console nobody reads."""
    sys.excepthook = lambda _kind, error, _trace: show_error(window, error)


def _daily_backup(db: Database, path: Path) -> None:
    """Today's backup in the "backups" folder beside the database (the last 14 days kept);
    a failed backup must not keep the desk closed: support finds it in the crash log."""
    folder, day = backups_folder(path), date.today()
    wait_for(run_operation(None, tr("Backing up…"), lambda: daily_backup(db, folder, day),
                           on_error=error_text, cancellable=False, quiet=True))


def _first_start(db: Database) -> bool:
    """An empty database: create the demo chain, or start an empty one. False: quit."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Desk — first start"),
                      tr("This database is empty. Try Desk with the demo chain “Demo Studio”, "
                         "or start your own chain?"))
    demo = box.addButton(tr("Create demo chain"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(tr("Start empty chain"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is demo:
        if not _start(tr("Creating the demo chain…"), lambda: create_demo(db)):
            return False
        QMessageBox.information(None, "Desk",
                                tr("Demo chain created. Log in as admin / admin."))
        return True
    if box.clickedButton() is empty:
        return _start_empty(db)
    return False


def _start_empty(db: Database) -> bool:
    name, ok = QInputDialog.getText(None, tr("Desk — new chain"), tr("Name of your chain:"))
    if not ok:
        return False
    password, ok = QInputDialog.getText(None, tr("Desk — new chain"),
                                        tr("Choose the password of the user “admin”:"),
                                        QLineEdit.EchoMode.Password)
    if not ok:
        return False
    return _start(tr("Starting the chain…"), lambda: start_chain(db, name, password))


def _start(title: str, work: Callable[[], object]) -> bool:
    """Start-up work through the one door, before the window's event loop runs; a failure
    is shown in the one error box, waited on (the desk closes after it)."""
    return wait_for(run_operation(None, title, work, cancellable=False,
                                  on_error=lambda error: show_error(None, error).exec()))


def _smoke_test(app: QApplication, db: Database, path: Path) -> int:
    """Open the main window offscreen, check that it drew, and quit (for packaged builds)."""
    window = MainWindow(db, cli_actor(db), path, remember=False)
    window.resize(1000, 700)
    window.show()
    drawn = []
    QTimer.singleShot(0, lambda: (drawn.append(not window.grab().isNull()), app.quit()))
    app.exec()
    print("smoke test: the main window drew" if all(drawn) and drawn
          else "smoke test: the main window did not draw")
    return 0 if drawn and all(drawn) else 1


def main_window_for(db: Database, actor: Actor | None = None,
                    language: str | None = None) -> MainWindow:
    """A main window without the log-in (screenshots, tests), in ``language`` if given."""
    application(language)
    return MainWindow(db, actor or cli_actor(db), remember=False)
