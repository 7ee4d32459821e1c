"""Desk → Close a location… and Reopen a location… (managers, SPEC §3.5): a location closed
for some days freezes every membership that can't be used elsewhere meanwhile. The preview
lists each one with its new expiry (or why it is left as it is); Close location asks first,
then freezes them all in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QMainWindow, QMenu, QPushButton

from desk.core.dates import Period, PeriodUnit
from desk.core.errors import DeskError
from desk.core.permissions import Action, allowed
from desk.services import queries
from desk.services.actor import Actor
from desk.services.closures import ClosureLine, ClosurePlan, close_location
from desk.services.database import Database
from desk.ui.client_dialog import error_label
from desk.ui.formats import date_entry_format, day, day_in_words
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox, after_operation, ask_first, button_row, form_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message, translated
from desk.ui.reopen_dialog import ReopenLocationDialog
from desk.ui.tables import make_table
from desk.ui.types_view import period_text

SKIPPED = {"membership_frozen": QT_TR_NOOP("already frozen then"),
           "freeze_overlaps": QT_TR_NOOP("already frozen then"),
           "freeze_overlaps_visit": QT_TR_NOOP("a visit inside the days")}


def _outcome(line: ClosureLine) -> str:
    if line.skipped is not None:
        why = (tr(SKIPPED[line.skipped]) if line.skipped in SKIPPED
               else translated(line.skipped.replace("_", " ")))
        return tr("left as it is: {why}").format(why=why)
    return day(line.new_expiry) if line.new_expiry else tr("no expiry")


CLOSURE_COLUMNS = (Column(QT_TR_NOOP("Number"), lambda line: line.number or tr("no code")),
                   Column(QT_TR_NOOP("Client"), lambda line: line.client or ""),
                   Column(QT_TR_NOOP("Type"), lambda line: line.type),
                   Column(QT_TR_NOOP("Valid until"),
                          lambda line: day(line.expires) if line.expires else tr("unlimited")),
                   Column(QT_TR_NOOP("New expiry"), _outcome))


def _days(first: date, last: date) -> str:
    """How many days from ``first`` to ``last``, both counted: "10 days"."""
    return period_text(Period((last - first).days + 1, PeriodUnit.DAY))


def _date_field(day: date, name: str) -> QDateEdit:
    field = QDateEdit(QDate(day), calendarPopup=True, accessibleName=name)
    field.setDisplayFormat(date_entry_format())
    return field


class CloseLocationDialog(QDialog):
    """The location, its first and last closed day, the preview, then Close location."""

    def __init__(self, db: Database, actor: Actor, today: date | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today or date.today()
        self.operation: Operation | None = None
        self.plan: ClosurePlan | None = None
        self.question = None  # the ask-first box, once Close location is pressed
        self.previewing: Operation | None = None  # the latest preview, running or done
        self._previews = 0  # how many were asked: an answer to an older one is dropped
        self.setWindowTitle(tr("Close a location"))
        self.location = ChoiceBox(accessibleName=tr("Location closed"))
        for place in queries.locations(db):
            self.location.addItem(place.name, place.id)
        self.location.setCurrentIndex(max(0, self.location.findData(actor.location_id)))
        self.first_day = _date_field(self.today, tr("First closed day"))
        self.last_day = _date_field(self.today + timedelta(days=6), tr("Last closed day"))
        self.model = RowsModel(CLOSURE_COLUMNS, self)
        self.table = make_table(self.model, tr("Memberships the closure freezes"))
        self.summary = QLabel("")
        self.message = error_label()
        self.close_location_button = QPushButton(tr("&Close location…"), autoDefault=False)
        self.close_button = QPushButton(tr("Close"), default=True)
        self.close_location_button.clicked.connect(self.ask)
        self.close_button.clicked.connect(self.reject)
        for field in (self.first_day, self.last_day):
            field.dateChanged.connect(lambda _: self.preview())
        self.location.currentIndexChanged.connect(lambda _: self.preview())
        form_dialog(self, [(tr("&Location"), self.location),
                           (tr("&First closed day"), self.first_day),
                           (tr("Las&t closed day"), self.last_day)],
                    self.summary, self.table, self.message,
                    button_row(self.close_location_button, self.close_button))
        self.resize(760, 460)
        self.preview()

    def _asked(self) -> tuple[str, date, date]:
        return (self.location.currentData(), self.first_day.date().toPython(),
                self.last_day.date().toPython())

    def preview(self) -> None:
        """What closing would do now, worked out behind the door (it reads every membership
        valid there) and written nowhere; a refusal (the days) shows here. Only the latest
        preview is shown: dates changed meanwhile make the earlier answers stale."""
        location_id, first, last = self._asked()
        db, actor, today = self.db, self.actor, self.today
        self._previews += 1
        number = self._previews
        self.close_location_button.setEnabled(False)  # until this preview's answer
        self.previewing = run_operation(
            self, tr("Finding the memberships…"), lambda: close_location(
                db, actor, location_id, first_day=first, last_day=last, today=today),
            on_done=lambda plan: number == self._previews and self._show_plan(plan),
            on_refused=lambda error: number == self._previews and self._no_plan(error),
            quiet=True)

    def _show_plan(self, plan: ClosurePlan) -> None:
        self.plan = plan
        self.message.setText("")
        self.model.replace(plan.lines)
        frozen = len(plan.frozen)
        wording = tr("%n memberships frozen for {days}; expiries move by as many.", None, frozen)
        self.summary.setText(wording.format(days=_days(plan.first_day, plan.last_day)))
        self.close_location_button.setEnabled(frozen > 0 and self.operation is None)

    def _no_plan(self, refusal: DeskError) -> None:
        self.plan = None
        self.model.replace([])
        self.summary.setText("")
        self.message.setText(error_message(refusal))

    def ask(self) -> None:
        if self.plan is None or self.operation is not None:
            return
        frozen = len(self.plan.frozen)
        wording = tr("Close {location} from {first} to {last} and freeze %n memberships?",
                     None, frozen)
        self.question = ask_first(
            self, tr("Close location"), wording.format(
                location=self.plan.location, first=day_in_words(self.plan.first_day),
                last=day_in_words(self.plan.last_day)),
            self.commit, yes_text=tr("&Close location"))
        self.question.open()

    def commit(self) -> None:
        """Freeze them all through the one door: all or none."""
        location_id, first, last = self._asked()
        db, actor, today = self.db, self.actor, self.today
        self.operation = run_operation(
            self, tr("Closing the location…"), lambda: close_location(
                db, actor, location_id, first_day=first, last_day=last, commit=True,
                today=today),
            on_done=self._closed, on_refused=self._refused, cancellable=False,
            changes=Changed.MEMBERSHIPS, busy=[self.close_location_button])

    def _closed(self, plan: ClosurePlan) -> None:
        """Done: the lines as committed; Close is the default, so Enter can't close twice."""
        self.plan = plan
        self.model.replace(plan.lines)
        frozen = len(plan.frozen)
        wording = tr("{location} is closed from {first} to {last}: %n memberships frozen.",
                     None, frozen)
        self.summary.setText(wording.format(location=plan.location,
                                            first=day_in_words(plan.first_day),
                                            last=day_in_words(plan.last_day)))
        for field in (self.location, self.first_day, self.last_day):
            field.setEnabled(False)
        after_operation(self.close_location_button, self.close_button)

    def _refused(self, error: DeskError) -> None:
        self.operation = None
        self.message.setText(error_message(error))


def add_closure_action(window: QMainWindow, menu: QMenu, db: Database, actor: Actor,
                       today: Callable[[], date] = date.today) -> QAction | None:
    """Desk → Close a location… for those who may close one."""
    if not allowed(actor.role, Action.CLOSE_LOCATION):
        return None
    action = QAction(tr("Clos&e a location…"), window)
    action.triggered.connect(lambda: CloseLocationDialog(db, actor, today(), window).exec())
    menu.addAction(action)
    reopen = QAction(tr("&Reopen a location…"), window)
    reopen.triggered.connect(lambda: ReopenLocationDialog(db, actor, today(), window).exec())
    menu.addAction(reopen)
    return action
