"""The outbox at the desk: every message to clients with its state (pending, sent, failed
with the reason and the next try), a filter by state, and "Retry now"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desk.core.dates import utc_now
from desk.core.phones import display_phone
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.notifications import deliver, outbox, retry_now
from desk.ui.layouts import ChoiceBox, list_dialog
from desk.ui.models import Column, RowsModel
from desk.ui.operations import Changed, events, run_operation
from desk.ui.tables import make_table

STATES = {"": "All messages", "pending": "Pending", "failed": "Failed", "sent": "Sent"}
KINDS = {"before_expiry": "Before expiry", "visits_left": "Visits left",
         "each_deduction": "Deduction"}


def _moment(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


OUTBOX_COLUMNS = [
    Column("Created", lambda m: _moment(m.created_at)),
    Column("Client", lambda m: m.client),
    Column("About", lambda m: KINDS.get(m.kind, m.kind)),
    Column("State", lambda m: m.status.capitalize()),
    Column("Tries", lambda m: m.attempts, align_right=True),
    Column("Next try", lambda m: _moment(m.next_try_at) if m.status != "sent" else ""),
    Column("Sent to", lambda m: f"{_recipient(m)} ({m.channel})" if m.recipient else ""),
    Column("Reason", lambda m: m.last_error),
    Column("Message", lambda m: m.body),
]


class OutboxView(QDialog):
    """The outbox dialog (Desk → Outbox…)."""

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle("Outbox — messages to clients")
        self.state = ChoiceBox()
        self.state.setAccessibleName("Show")
        for value, label in STATES.items():
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(self.refresh)
        self.model = RowsModel(OUTBOX_COLUMNS, self)
        self.table = make_table(self.model, "Outbox")
        self.counts = QLabel()
        self.retry = QPushButton("&Retry now")
        self.retry.clicked.connect(self.retry_selected)
        list_dialog(self, self.state, self.counts, self.table, self.retry)
        self.resize(1000, 480)
        events.sig_changed.connect(self._changed)  # a method: dropped with this view
        self.refresh()

    def refresh(self) -> None:
        rows = outbox(self.db, self.actor, self.state.currentData() or None)
        self.model.replace(rows)
        self.counts.setText(f"{len(rows)} message{'' if len(rows) == 1 else 's'}")

    def selected(self):
        return self.model.row_at(self.table.currentIndex().row())

    def retry_selected(self) -> None:
        """Try the chosen pending or failed message again now, off the GUI thread."""
        message = self.selected()
        if message is None or message.status == "sent":
            self.counts.setText("Choose a pending or failed message to retry.")
            return
        db, actor, message_id = self.db, self.actor, message.id

        def retry() -> object:
            retry_now(db, actor, message_id, utc_now())
            return deliver(db, utc_now())

        self.operation = run_operation(self, "Sending…", retry, cancellable=False,
                                       changes=Changed.OUTBOX, busy=[self.retry])

    def _changed(self, what: Changed | str) -> None:
        if Changed(what) & Changed.OUTBOX:
            self.refresh()


def _recipient(message) -> str:
    """A text message's phone as every list shows phones; an e-mail address as it is."""
    if message.channel == "sms":
        return display_phone(message.recipient.lstrip("+"))
    return message.recipient
