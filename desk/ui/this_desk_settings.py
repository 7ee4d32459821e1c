"""Settings › This desk: where this installation works and when it locks (SPEC §11). Kept
in this desk's own settings: a chain's desks each have their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox

from desk.services import queries
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.this_desk import (
    MAX_IDLE_LOCK_MINUTES,
    idle_lock_minutes,
    set_desk_location,
    set_idle_lock_minutes,
    usual_location,
)
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox
from desk.ui.settings_dialog import SettingsPage, register_tab


def location_choice(db: Database) -> ChoiceBox:
    """The chain's locations, this desk's (or the one proposed for it) chosen."""
    box = ChoiceBox(accessibleName=tr("This desk's location"))
    for place in queries.locations(db):
        box.addItem(place.name, place.id)
    if box.count():
        box.setCurrentIndex(max(0, box.findData(usual_location(db)[0].id)))
    return box


class ThisDeskTab(SettingsPage):
    title = QT_TR_NOOP("This desk")

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.location = location_choice(db)
        self.idle_lock = QSpinBox(minimum=0, maximum=MAX_IDLE_LOCK_MINUTES,
                                  value=idle_lock_minutes(db), suffix=tr(" min"),
                                  accessibleName=tr("Lock after idle minutes"))
        self.idle_lock.setSpecialValueText(tr("never"))
        note = QLabel(tr("The location is the default for selling, paying, booking and the "
                         "Today tab. After the idle minutes without a key press or a click the "
                         "window locks and asks for a password (0: never)."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout = QFormLayout(self)
        layout.addRow(tr("Lo&cation"), self.location)
        layout.addRow(tr("Lock after i&dle"), self.idle_lock)
        layout.addRow(note)

    def work(self) -> Callable[[], object]:
        db, actor = self.db, self.actor
        location_id, minutes = self.location.currentData(), self.idle_lock.value()

        def save() -> None:
            if location_id is not None:
                set_desk_location(db, actor, location_id)
            set_idle_lock_minutes(db, actor, minutes)
        return save


register_tab(ThisDeskTab, first=True)
