"""The outbox at the desk: every message to clients with its state (pending, sent, failed
with the reason and the next try), a filter by state, and "Retry now"."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desk.core.dates import utc_now
from desk.core.phones import display_phone
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.notifications import deliver, outbox, retry_now
from desk.ui.formats import moment
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox, list_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, events, run_operation
from desk.ui.phrasebook import translated
from desk.ui.tables import make_table

STATES = {"": QT_TR_NOOP("All messages"), "pending": QT_TR_NOOP("Pending"),
          "failed": QT_TR_NOOP("Failed"), "sent": QT_TR_NOOP("Sent")}
KINDS = {"before_expiry": QT_TR_NOOP("Before expiry"), "visits_left": QT_TR_NOOP("Visits left"),
         "each_deduction": QT_TR_NOOP("Deduction")}
CHANNELS = {"sms": QT_TR_NOOP("sms"), "email": QT_TR_NOOP("email")}  # as a recipient's channel


def _moment(value) -> str:
    return moment(value.astimezone()) if value else ""


def _word(words: dict[str, str], key: str) -> str:
    """A word the services name by a key, in the window's language (an unknown key as it is)."""
    return tr(words[key]) if key in words else key


OUTBOX_COLUMNS = [
    Column(QT_TR_NOOP("Created"), lambda m: _moment(m.created_at)),
    Column(QT_TR_NOOP("Client"), lambda m: m.client),
    Column(QT_TR_NOOP("About"), lambda m: _word(KINDS, m.kind)),
    Column(QT_TR_NOOP("State"), lambda m: _word(STATES, m.status) if m.status
           else m.status),
    Column(QT_TR_NOOP("Tries"), lambda m: m.attempts, align_right=True),
    Column(QT_TR_NOOP("Next try"), lambda m: _moment(m.next_try_at) if m.status != "sent"
           else ""),
    Column(QT_TR_NOOP("Sent to"), lambda m: f"{_recipient(m)} ({_word(CHANNELS, m.channel)})"
           if m.recipient else ""),
    Column(QT_TR_NOOP("Reason"), lambda m: translated(m.last_error or "")),
    Column(QT_TR_NOOP("Message"), lambda m: m.body),
]


class OutboxView(QDialog):
    """The outbox dialog (Desk → Outbox…)."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(tr("Outbox — messages to clients"))
        self.state = ChoiceBox()
        self.state.setAccessibleName(tr("Show"))
        for value, label in STATES.items():
            self.state.addItem(tr(label), value)
        self.state.currentIndexChanged.connect(self.refresh)
        self.model = RowsModel(OUTBOX_COLUMNS, self)
        self.table = make_table(self.model, tr("Outbox"))
        self.counts = QLabel()
        self.retry = QPushButton(tr("&Retry now"))
        self.retry.clicked.connect(self.retry_selected)
        list_dialog(self, self.state, self.counts, self.table, self.retry)
        self.resize(1000, 480)
        events.sig_changed.connect(self._changed)  # a method: dropped with this view
        self.refresh()

    def refresh(self) -> None:
        rows = outbox(self.db, self.actor, self.state.currentData() or None)
        self.model.replace(rows)
        self.counts.setText(tr("%n messages", None, len(rows)))

    def selected(self):
        return self.model.row_at(self.table.currentIndex().row())

    def retry_selected(self) -> None:
        """Try the chosen pending or failed message again now, off the GUI thread."""
        message = self.selected()
        if message is None or message.status == "sent":
            self.counts.setText(tr("Choose a pending or failed message to retry."))
            return
        db, actor, message_id = self.db, self.actor, message.id

        def retry() -> object:
            retry_now(db, actor, message_id, utc_now())
            return deliver(db, utc_now())

        self.operation = run_operation(self, tr("Sending…"), retry, cancellable=False,
                                       changes=Changed.OUTBOX, busy=[self.retry])

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & Changed.OUTBOX:
            self.refresh()


def _recipient(message) -> str:
    """A text message's phone as every list shows phones; an e-mail address as it is."""
    if message.channel == "sms":
        return display_phone(message.recipient.lstrip("+"))
    return message.recipient
