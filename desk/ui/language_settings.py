"""Settings › Language: the window's language on this computer (SPEC §12), for everyone who
works at it. Kept in the computer's own settings, not in the database: the data stays as
it is, and the window speaks the language chosen from its next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel

from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.i18n import LANGUAGES, SYSTEM, save_language, saved_language, system_language, tr
from desk.ui.layouts import ChoiceBox
from desk.ui.settings_dialog import SettingsPage, register_tab


@register_tab
class LanguageTab(SettingsPage):
    title = QT_TR_NOOP("Language")
    needs = None  # everyone at the desk

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.language = ChoiceBox(accessibleName=tr("Language of the window"))
        system = LANGUAGES[system_language()]
        self.language.addItem(tr("As the system ({language})").format(language=system), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.note = QLabel(tr("Dates, times and amounts are written as the language's "
                              "country writes them. The window speaks the language chosen "
                              "from its next start; nothing in the data changes."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        layout = QFormLayout(self)
        layout.addRow(tr("&Language"), self.language)
        layout.addRow(self.note)

    def work(self) -> Callable[[], object]:
        code = self.language.currentData()
        return lambda: save_language(code)
