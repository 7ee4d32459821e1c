"""Freeze a membership until a date (or for a number of days, kept in step), for a reason
from the chain's list, with a preview of the freezing days left, the new expiry and the
type's fee before confirming."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
)

from desk.services import queries
from desk.services.actor import Actor
from desk.services.chain import freeze_reasons
from desk.services.database import Database
from desk.services.memberships import freeze_membership
from desk.services.previews import freeze_preview
from desk.services.views import MembershipInfo
from desk.ui.client_dialog import error_label
from desk.ui.formats import date_entry_format, day, money
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox, form_dialog
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message
from desk.ui.refusals import NEXT_STEPS, NextStep, message_row, step_button

MAX_DAYS = 3650


class FreezeDialog(QDialog):
    sig_frozen = Signal(object)  # the MembershipInfo after the freeze

    def __init__(self, db: Database, actor: Actor, membership: MembershipInfo, today: date,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.membership, self.today = db, actor, membership, today
        self.operation: Operation | None = None  # the freeze running or made
        chain = queries.chain(db)
        self.currency = chain.currency if chain else "USD"
        self.setWindowTitle(tr("Freeze {membership}").format(
            membership=membership.number or membership.type))
        self.days = QSpinBox(minimum=1, maximum=MAX_DAYS, value=7,
                             accessibleName=tr("Days frozen"))
        self.until = QDateEdit(QDate(today + timedelta(days=7)), calendarPopup=True,
                               accessibleName=tr("Unfreeze date"))
        self.until.setDisplayFormat(date_entry_format())
        self.until.setDateRange(QDate(today + timedelta(days=1)),
                                QDate(today + timedelta(days=MAX_DAYS)))
        self.reason = ChoiceBox(accessibleName=tr("Reason"))
        self.preview = QLabel("")
        self.preview.setAccessibleName(tr("What the freeze does"))
        self.message = error_label()
        self.days_left_step = step_button(tr("Freeze for the days left"))
        self.days_left_step.clicked.connect(self._freeze_days_left)
        self._days_left = 0
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.freeze_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.freeze_button.setText(tr("&Freeze"))
        self.buttons.accepted.connect(self.freeze)
        self.buttons.rejected.connect(self.reject)
        self.days.valueChanged.connect(self._days_changed)
        self.until.dateChanged.connect(self._until_changed)
        form_dialog(self, [(tr("Frozen from"), QLabel(day(today))), (tr("For &days"), self.days),
                           (tr("&Unfreeze on"), self.until), (tr("&Reason"), self.reason)],
                    self.preview, message_row(self.message, self.days_left_step), self.buttons)
        self._fill_reasons(freeze_reasons(db))
        self.reason.currentIndexChanged.connect(lambda _: self.show_preview())
        self.show_preview()

    def _fill_reasons(self, reasons: tuple[str, ...]) -> None:
        """The chain's reasons; a blank first choice unless the type requires one, where
        nothing is chosen until the receptionist picks (the preview says why Freeze waits)."""
        required = freeze_preview(self.db, self.membership.id, self.today,
                                  self.until_day()).reason_required
        if not required:
            self.reason.addItem("", "")
        for reason in reasons:
            self.reason.addItem(reason, reason)
        self.reason.setPlaceholderText(tr("Choose a reason"))
        self.reason.setCurrentIndex(-1 if required else 0)

    def reason_text(self) -> str:
        return self.reason.currentData() or ""

    def until_day(self) -> date:
        return self.until.date().toPython()

    def _days_changed(self, days: int) -> None:
        wanted = QDate(self.today + timedelta(days=days))
        if self.until.date() != wanted:
            self.until.setDate(wanted)  # its dateChanged refreshes the preview

    def _until_changed(self, _day: QDate) -> None:
        days = (self.until_day() - self.today).days
        if self.days.value() != days:
            self.days.setValue(days)
        self.show_preview()

    def show_preview(self) -> None:
        """The core rule's answer for these dates: days left and new expiry, or why not."""
        p = freeze_preview(self.db, self.membership.id, self.today, self.until_day(),
                           self.reason_text())
        self.freeze_button.setEnabled(p.allowed)
        self._days_left = p.days_left
        self.days_left_step.setText(tr("Freeze for %n days", None, p.days_left))
        self.days_left_step.setVisible(
            p.refusal is not None and p.days_left > 0
            and NEXT_STEPS.get(p.refusal.code) is NextStep.FREEZE_DAYS_LEFT)
        if not p.allowed:
            self.preview.setText(tr("Freezing days left: {days}.").format(days=p.days_left))
            self.message.setText(error_message(p.refusal) if p.refusal else "")
            return
        self.message.setText("")
        expiry = day(p.new_expiry) if p.new_expiry else tr("no expiry")
        lines = [tr("Freezing days left: {days} ({after} after this freeze).").format(
                     days=p.days_left, after=p.days_left_after),
                 tr("New expiry: {day}.").format(day=expiry)]
        if p.fee:
            lines.append(tr("A fee of {fee} will be due (in Payments due).").format(
                fee=money(p.fee, self.currency)))
        self.preview.setText("\n".join(lines))

    def _freeze_days_left(self) -> None:
        """The next step when more days are asked than are left: as many as are left."""
        self.days.setValue(self._days_left)  # its valueChanged refreshes the preview
        self.freeze_button.setFocus()

    def freeze(self) -> None:
        """Freeze through the one door (Freeze rests meanwhile: a double click freezes
        once); a refusal shows here, so the dates can be fixed."""
        if self.operation is not None and self.operation.running:
            return
        db, actor, membership_id = self.db, self.actor, self.membership.id
        until, today, reason = self.until_day(), self.today, self.reason_text()
        self.operation = run_operation(
            self, tr("Freezing…"), lambda: freeze_membership(db, actor, membership_id,
                                                         until=until, day=today,
                                                         reason=reason),
            on_done=self._frozen,
            on_refused=lambda error: self.message.setText(error_message(error)),
            cancellable=False, changes=Changed.MEMBERSHIPS | Changed.CHARGES,
            busy=[self.freeze_button])

    def _frozen(self, info: MembershipInfo) -> None:
        self.freeze_button.setEnabled(False)  # frozen: the dialog closes
        self.sig_frozen.emit(info)
        self.accept()
