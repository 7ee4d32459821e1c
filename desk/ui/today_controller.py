"""Behaviour of the Today tab: the day of the desk's location read again whenever something
changes (here, by sync, or at midnight), check-in of a booking through the Pay dialog with
its service chosen, and Undo of a visit paid today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from desk.core.bookings import BookingStatus
from desk.files import Protected
from desk.services import queries, reports
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.day_sheet import day_sheet
from desk.services.memberships import undo_payment
from desk.services.today import Day, DayBooking, DayVisit, today
from desk.ui.day_sheet_pdf import write_day_sheet_pdf
from desk.ui.formats import day_in_words
from desk.ui.i18n import tr
from desk.ui.layouts import ask_first
from desk.ui.operations import Changed, events, run_operation
from desk.ui.paper import ask_pdf_path
from desk.ui.pay_dialog import PayDialog
from desk.ui.phrasebook import error_message
from desk.ui.today_view import TodayView, time_text

SHOWN_KINDS = Changed.MEMBERSHIPS | Changed.CLIENTS | Changed.BOOKINGS | Changed.SETTINGS
CHECK_DAY_MS = 60_000  # a desk left open past midnight moves on to the new day


class TodayController(QObject):
    sig_day_sheet_saved = Signal(object)  # the PDF written

    def __init__(self, db: Database, view: TodayView, actor: Actor, *,
                 today_is: Callable[[], date] = date.today,
                 ask_path: Callable[..., str] = ask_pdf_path) -> None:
        super().__init__(view)
        self.db, self.view, self.actor, self.today_is = db, view, actor, today_is
        self.ask_path = ask_path  # tests answer the save dialog
        self.day: Day | None = None
        self.dialog: PayDialog | QMessageBox | None = None  # the action open now, if any
        view.currency = reports.currency(db)
        self._fill_locations()
        view.sig_location_chosen.connect(self.refresh)
        view.sig_check_in.connect(self.check_in)
        view.sig_undo_visit.connect(self.undo_visit)
        view.sig_day_sheet.connect(self.save_day_sheet)
        for table in (view.bookings, view.visits):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        events.sig_changed.connect(self._changed)
        self._day_timer = QTimer(self, interval=CHECK_DAY_MS)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start()
        self.refresh()

    def _fill_locations(self) -> None:
        box = self.view.location
        box.blockSignals(True)
        for place in queries.locations(self.db):
            box.addItem(place.name, place.id)
        box.setCurrentIndex(max(0, box.findData(self.actor.location_id)))
        box.blockSignals(False)

    def refresh(self) -> None:
        """Read the day again and show it, keeping the rows chosen where they still are."""
        location_id = self.view.location.currentData()
        if location_id is None:  # a new chain: nowhere to have a day yet
            self.view.title.setText(tr("Today · the chain has no location yet"))
            self._update_actions()
            return
        day = today(self.db, self.actor, location_id, self.today_is())
        self.day = day
        view = self.view
        view.title.setText(tr("Today at {location} · {day}").format(
            location=day.location.name, day=day_in_words(day.day, weekday=True)))
        for table, rows in ((view.bookings, day.bookings), (view.visits, day.visits),
                            (view.sales, day.sales), (view.entries, day.deductions_and_freezes)):
            row = table.currentIndex().row()
            table.model().replace(rows)
            if rows:
                table.selectRow(min(max(row, 0), len(rows) - 1))
        view.show_counts()
        self._update_actions()

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & SHOWN_KINDS:
            self.refresh()

    def _new_day(self) -> None:
        if self.day is not None and self.day.day != self.today_is():
            self.refresh()

    def chosen_booking(self) -> DayBooking | None:
        return self.view.bookings_model.row_at(self.view.bookings.currentIndex().row())

    def chosen_visit(self) -> DayVisit | None:
        return self.view.visits_model.row_at(self.view.visits.currentIndex().row())

    def _update_actions(self) -> None:
        booking = self.chosen_booking()
        self.view.check_in_button.setEnabled(
            booking is not None and booking.state == BookingStatus.BOOKED.value)
        self.view.undo_button.setEnabled(self.chosen_visit() is not None)
        self.view.day_sheet_button.setEnabled(self.day is not None)

    # acting -------------------------------------------------------------------------------
    def check_in(self) -> None:
        """The booking's client at the Pay dialog, its service and the day's location chosen:
        one more Enter pays (the dialog's own safe keys apply)."""
        booking = self.chosen_booking()
        if booking is None or booking.state != BookingStatus.BOOKED.value or self.day is None:
            return
        client = queries.client(self.db, booking.client_id)
        self._open(PayDialog(self.db, self.actor, client, self.day.day,
                             location=self.day.location.id, service_id=booking.service_id,
                             parent=self.view))

    def undo_visit(self) -> None:
        """Ask, then give the visit back (Cancel is the default: Enter alone undoes nothing)."""
        visit = self.chosen_visit()
        if visit is None or self.day is None:
            return
        question = tr("Undo the {time} {service} of {client}? The visit goes back to "
                      "{membership}.").format(
            time=time_text(visit.time), service=visit.service or tr("visit"),
            client=visit.client or tr("no client"),
            membership=visit.membership_number or tr("the membership"))
        self._open(ask_first(self.view, tr("Undo a visit"), question,
                             lambda: self._undo(visit.payment_id),
                             yes_text=tr("&Undo the visit")))

    def _undo(self, payment_id: str) -> None:
        db, actor, day = self.db, self.actor, self.today_is()
        self.view.show_error("")
        run_operation(self.view, tr("Undoing the visit…"),
                      lambda: undo_payment(db, actor, payment_id, day),
                      on_refused=lambda error: self.view.show_error(error_message(error)),
                      cancellable=False, changes=Changed.MEMBERSHIPS,
                      busy=[self.view.undo_button])

    def save_day_sheet(self) -> None:
        """The day shown as a PDF where the receptionist says (the documents folder is
        proposed): its bookings with each client's balances, to print."""
        if self.day is None:
            return
        shown = self.day
        path = self.ask_path(self.view, tr("Save the day sheet as PDF"),
                             f"day-sheet-{shown.location.name}-{shown.day.isoformat()}.pdf")
        if not path:
            return
        db, actor, protected = self.db, self.actor, Protected(self.db.path)
        self.view.show_error("")
        run_operation(self.view, tr("Writing the day sheet…"), lambda: write_day_sheet_pdf(
            day_sheet(db, actor, shown.location.id, shown.day), path, protected=protected),
            on_done=self._day_sheet_saved,
            on_refused=lambda error: self.view.show_error(error_message(error)),
            cancellable=False, busy=[self.view.day_sheet_button])

    def _day_sheet_saved(self, path) -> None:
        self.view.show_note(tr("Day sheet saved to {path}.").format(path=path))
        self.sig_day_sheet_saved.emit(path)

    def _open(self, dialog: PayDialog | QMessageBox) -> None:
        self.view.show_error("")
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: PayDialog | QMessageBox) -> None:
        if self.dialog is dialog:
            self.dialog = None
