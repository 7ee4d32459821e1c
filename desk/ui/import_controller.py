"""Behaviour of the import view: preview off the GUI thread, jump to issues, commit all or
nothing, write the error workbook and the template (SPEC §7).

Whatever reads the chosen file (the preview, the commit, the error workbook) runs in a
child process (``import_child``): a file that makes the reader abort ends the child, and
the window shows it as a file that can't be read."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.import_preview import (
    ImportPreview,
    commit_import,
    preview_import,
    save_error_workbook,
    save_template,
)
from desk.services.imports import ImportResult
from desk.ui.errors import show_error
from desk.ui.i18n import tr
from desk.ui.import_child import (
    ChildDied,
    ChildRun,
    commit_in_child,
    errors_in_child,
    preview_in_child,
    refused_preview,
)
from desk.ui.import_view import ERROR, WARNING, CodeCount, ImportView, IssueLine
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.xlsx_files import ask_xlsx_path, xlsx_filter

IMPORT_CHANGES = Changed.MEMBERSHIPS | Changed.CLIENTS  # an import adds clients too


class ImportController(QObject):
    sig_previewed = Signal(object)  # the ImportPreview now shown
    sig_committed = Signal(int)  # how many memberships were imported
    sig_written = Signal(str)  # the path of a template or error workbook just written

    def __init__(self, db: Database, actor: Actor, view: ImportView, *,
                 today: date | None = None) -> None:
        super().__init__(view)
        self.db, self.actor, self.view, self.today = db, actor, view, today
        self.preview: ImportPreview | None = None
        self.operation: Operation | None = None  # the last one started (tests wait on it)
        view.sig_choose_file.connect(self.choose_file)
        view.sig_download_template.connect(self.download_template)
        view.sig_save_errors.connect(self.save_errors)
        view.sig_commit.connect(self.ask_commit)

    # --- choosing and checking a file

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, tr("Choose the file to import"), "",
                                              xlsx_filter())
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> Operation:
        """Check ``path`` (nothing is written) and show its rows and issues."""
        db, actor, today = self.db, self.actor, self.today
        self.view.file_label.setText(Path(path).name)
        self.view.file_label.setToolTip(str(path))
        child = ChildRun()

        def check() -> ImportPreview:
            try:
                return self._file_work(child, preview_in_child, path, today, in_process=lambda:
                                       preview_import(db, actor, path, today=today))
            except ChildDied as died:
                return refused_preview(path, died)

        self.operation = run_operation(self.view,
                                       tr("Checking {file}…").format(file=Path(path).name), check,
                                       on_done=self.show_preview)
        return self._stops(child)

    def show_preview(self, preview: ImportPreview | None) -> None:
        view, self.preview = self.view, preview
        view.cells_model.show(preview)
        result = preview.result if preview else None
        lines = [] if result is None else [
            *(IssueLine(ERROR, *_fields(i)) for i in result.errors),
            *(IssueLine(WARNING, *_fields(i)) for i in result.warnings)]
        view.issues_model.replace(lines)
        counts = Counter((line.kind, line.code) for line in lines)
        view.counts_model.replace([CodeCount(kind, code, n)
                                   for (kind, code), n in sorted(counts.items())])
        view.summary.setText(_summary(result))
        view.commit_button.setEnabled(bool(result and result.valid and result.rows))
        view.save_errors_button.setEnabled(bool(result and result.errors and not result.refused))
        if preview is not None:
            self.sig_previewed.emit(preview)

    # --- committing

    def ask_commit(self) -> QMessageBox | None:
        """Say what the commit will add, and how many arrive already expired, then import
        on Import; Cancel (the default: Enter must not import by accident) keeps the file."""
        preview = self.preview
        if preview is None or not preview.result.valid:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import memberships"),
                          commit_question(preview), QMessageBox.StandardButton.Cancel,
                          self.view)
        box.setObjectName("commit_box")
        go = box.addButton(tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: box.clickedButton() is go and self.commit())
        box.open()
        return box

    def commit(self) -> Operation | None:
        """Import the previewed file: it is checked again and written all or nothing."""
        preview = self.preview
        if preview is None or not preview.result.valid:
            return None
        db, actor, today, path = self.db, self.actor, self.today, preview.path
        self.view.commit_button.setEnabled(False)  # never import the same file twice
        child = ChildRun()  # not cancellable: a commit is all or nothing, and quick
        self.operation = run_operation(
            self.view, tr("Importing {file}…").format(file=path.name),
            lambda: self._file_work(child, commit_in_child, path, today, in_process=lambda:
                                    commit_import(db, actor, path, today=today)),
            on_done=self._committed, cancellable=False, on_error=self._commit_failed,
            changes=lambda result: IMPORT_CHANGES if result.valid else Changed.NOTHING)
        return self.operation

    def _committed(self, result: ImportResult) -> None:
        if not result.valid:  # the file or the database changed since the preview
            assert self.preview is not None
            self.open_file(self.preview.path)
            return
        done = (tr("Imported %n memberships from {file}.", None, result.committed).format(
                    file=self.preview.path.name) if self.preview
                else tr("Imported %n memberships.", None, result.committed))
        self.view.summary.setText(_with_note(done, _expired_note(result.expired, done=True)))
        box = QMessageBox(QMessageBox.Icon.Information, "Desk",
                          tr("Imported %n memberships.", None, result.committed),
                          QMessageBox.StandardButton.Ok, self.view)
        box.setObjectName("imported_box")
        box.open()
        self.sig_committed.emit(result.committed)

    def _commit_failed(self, error: BaseException) -> None:
        self.view.commit_button.setEnabled(bool(self.preview and self.preview.result.valid))
        show_error(self.view, error)

    # --- files written for the user

    def save_errors(self, out: str | Path | None = None) -> Operation | None:
        """Write a copy of the file with each bad cell red and its message as a comment."""
        preview = self.preview
        if preview is None or not preview.result.errors or preview.result.refused:
            return None
        if out is None:
            suggested = preview.path.with_name(f"{preview.path.stem}.errors.xlsx")
            out = self._save_path(tr("Save the file with its errors marked"), suggested)
            if not out:
                return None
        errors, source, child = list(preview.result.errors), preview.path, ChildRun()
        self.operation = run_operation(
            self.view, tr("Marking the errors…"),
            lambda: self._file_work(child, errors_in_child, source, out, errors,
                                    in_process=lambda: save_error_workbook(
                                        source, out, errors, force=True,
                                        database=self.db.path)),
            on_done=self._written)
        return self._stops(child)

    def download_template(self, out: str | Path | None = None) -> Operation | None:
        """Write an empty import file with this chain's locations and types as dropdowns."""
        if out is None:
            out = self._save_path(tr("Save the import template"),
                                  Path.home() / "desk-import-template.xlsx")
            if not out:
                return None
        db = self.db
        # the save dialog asked before replacing a file
        self.operation = run_operation(self.view, tr("Writing the template…"),
                                       lambda: save_template(db, out, force=True),
                                       on_done=self._written)
        return self.operation

    def _written(self, path: Path) -> None:
        self.view.summary.setText(tr("Saved {path}.").format(path=path))
        self.sig_written.emit(str(path))

    def _save_path(self, title: str, suggested: Path) -> str:
        return ask_xlsx_path(self.view, title, str(suggested))

    def _file_work(self, child: ChildRun, work, path: str | Path, *rest, in_process):
        """``work`` in a child process; in this one only for a database without a file
        (a child can't open an in-memory database)."""
        if self.db.path is None:
            return in_process()
        return child(work, self.db.path, self.actor, path, *rest)

    def _stops(self, child: ChildRun) -> Operation:
        """Cancel stops the child too, not only the waiting."""
        assert self.operation is not None
        self.operation.sig_cancelled.connect(child.stop)
        return self.operation


def commit_question(preview: ImportPreview) -> str:
    """"Import 20 rows as 20 memberships of 5 clients? ..." with what arrives expired."""
    result, name = preview.result, preview.path.name
    if result.clients:
        question = tr("Import %n rows of {file} as %n memberships {of_clients}?", None,
                      result.rows).format(file=name, of_clients=tr("of %n clients", None,
                                                                   result.clients))
    else:
        question = tr("Import %n rows of {file} as %n memberships?", None,
                      result.rows).format(file=name)
    question += " " + tr("No new clients are added: every phone is a client of Desk already.")
    return _with_note(question, _expired_note(result.expired, done=False))


def _with_note(text: str, note: str) -> str:
    return f"{text} {note}" if note else text


def _expired_note(expired: int, *, done: bool) -> str:
    """Memberships that arrive expired with visits left: the due work writes those off."""
    if not expired:
        return ""
    if done:
        return tr("%n of them had already expired; the desk writes off their remaining "
                  "visits.", None, expired)
    return tr("%n of them have already expired: their remaining visits will be written off.",
              None, expired)


def _fields(issue) -> tuple:
    return issue.row, issue.column, issue.code, issue.message


def _summary(result: ImportResult | None) -> str:
    if result is None:
        return ""
    if result.refused:
        return tr("The file can't be read; nothing can be imported from it.")
    rows = tr("%n rows", None, result.rows)
    warnings = tr("%n warnings", None, len(result.warnings)) if result.warnings else ""
    if result.errors:
        counts = ", ".join(part for part in (rows, tr("%n errors", None, len(result.errors)),
                                             warnings) if part)
        return tr("{counts}: nothing can be imported until every error is fixed. Fix the file "
                  "and choose it again.").format(counts=counts)
    if warnings:
        return tr("{rows}, no errors, {warnings}. Commit to import them.").format(
            rows=rows, warnings=warnings)
    return tr("{rows}, no errors. Commit to import them.").format(rows=rows)


def build_import_tab(db: Database, actor: Actor, *, today: date | None = None) -> QWidget:
    """The import view with its controller (kept alive as ``view.controller``)."""
    view = ImportView()
    view.controller = ImportController(db, actor, view, today=today)
    return view
