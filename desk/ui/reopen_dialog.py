"""Desk → Reopen a location… (managers, SPEC §3.5): the closures still running, and Reopen
today, which ends their freezes crediting only the days the location was actually closed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desk.core.errors import DeskError
from desk.services import queries
from desk.services.actor import Actor
from desk.services.closures import ClosureSummary, cancel_closure, closures
from desk.services.database import Database
from desk.ui.client_dialog import error_label
from desk.ui.formats import day, day_in_words
from desk.ui.i18n import tr
from desk.ui.layouts import after_operation, ask_first, button_row, form_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message
from desk.ui.tables import make_table


class ReopenLocationDialog(QDialog):
    """The running closures; the chosen one reopens today, after a question."""

    def __init__(self, db: Database, actor: Actor, today: date | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today or date.today()
        self.operation: Operation | None = None
        self.question = None
        self.setWindowTitle(tr("Reopen a location"))
        places = {p.id: p.name for p in queries.locations(db)}
        self.model = RowsModel((
            Column(tr("Location"), lambda c: places.get(c.location_id, c.location_id)),
            Column(tr("First closed day"), lambda c: day(c.first_day)),
            Column(tr("Reopens"), lambda c: day(c.reopens)),
            Column(tr("Still frozen"), lambda c: tr("{running} of {frozen}").format(
                running=c.running, frozen=c.frozen), align_right=True),
        ), self)
        self.table = make_table(self.model, tr("Closures still running"))
        self.note = QLabel("")
        self.message = error_label()
        self.reopen_button = QPushButton(tr("&Reopen today…"), autoDefault=False)
        self.close_button = QPushButton(tr("Close"), default=True)
        self.reopen_button.clicked.connect(self.ask)
        self.close_button.clicked.connect(self.reject)
        form_dialog(self, [], self.note, self.table, self.message,
                    button_row(self.reopen_button, self.close_button))
        self.resize(620, 320)
        self.refresh()

    def refresh(self) -> None:
        running = [c for c in closures(self.db) if c.running and c.reopens > self.today]
        self.model.replace(running)
        self.note.setText(tr("Choose a closure to end today; its memberships get back the "
                             "days not closed.") if running
                          else tr("No location is closed now."))
        self.reopen_button.setEnabled(bool(running) and self.operation is None)
        if running:
            self.table.selectRow(0)

    def chosen(self) -> ClosureSummary | None:
        return self.model.row_at(self.table.currentIndex().row())

    def ask(self) -> None:
        closure = self.chosen()
        if closure is None or self.operation is not None:
            return
        wording = tr("End the closure that began on {first} today ({today}) and unfreeze its "
                     "%n memberships?", None, closure.running)
        self.question = ask_first(
            self, tr("Reopen a location"), wording.format(
                first=day_in_words(closure.first_day), today=day_in_words(self.today)),
            lambda: self.reopen(closure), yes_text=tr("&Reopen today"))
        self.question.open()

    def reopen(self, closure: ClosureSummary) -> None:
        db, actor, today = self.db, self.actor, self.today
        self.operation = run_operation(
            self, tr("Reopening…"), lambda: cancel_closure(db, actor, closure.id, day=today),
            on_done=self._reopened, on_refused=self._refused, cancellable=False,
            changes=Changed.MEMBERSHIPS, busy=[self.reopen_button])

    def _reopened(self, count: int) -> None:
        """Done: Close is the default, so a second Enter closes rather than asks again."""
        self.message.setText("")
        self.refresh()
        self.note.setText(tr("Reopened: %n memberships unfrozen, credited the days closed.",
                             None, count))
        after_operation(self.reopen_button, self.close_button)

    def _refused(self, error: DeskError) -> None:
        self.operation = None
        self.message.setText(error_message(error))
