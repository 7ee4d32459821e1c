"""Desk → Settings…: one tab per area. A tab is a ``SettingsPage`` (a widget with a title,
``work()`` and ``after_save()``); ``register_tab`` adds a builder so every Settings dialog
gets that tab. Save runs each tab's work through the one door, in turn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import DeskError
from desk.core.permissions import Action, allowed
from desk.services.actor import Actor
from desk.services.channel_settings import (
    ChannelForm,
    channel_form,
    save_channels,
    secrets_in_keyring,
)
from desk.services.database import Database
from desk.ui.i18n import tr
from desk.ui.operations import Changed, Operation, run_operation
from desk.ui.phrasebook import error_message

SAVED = QT_TR_NOOP("saved — type a new one to replace it")


class SettingsPage(QWidget):
    """A tab of the Settings dialog. ``work()`` reads the tab's fields (on the GUI thread)
    and returns the write that saves them, which runs off it and raises a DeskError to
    refuse; ``after_save()`` follows on the GUI thread once it succeeded."""

    title = ""  # marked QT_TR_NOOP: translated where the tab is shown
    # who sees the tab: a manager's own tab says so; None: everyone at the desk
    needs: Action | None = Action.MANAGE_SETTINGS

    def work(self) -> Callable[[], object]:
        raise NotImplementedError

    def after_save(self) -> None:
        """Show the tab as saved (a secret typed is cleared, say)."""


TabBuilder = Callable[[Database, Actor], SettingsPage]
TAB_BUILDERS: list[TabBuilder] = []


def register_tab(builder: TabBuilder, *, first: bool = False) -> TabBuilder:
    """Add a tab to every Settings dialog (usable as a class decorator); ``first``: before
    the tabs registered so far."""
    TAB_BUILDERS.insert(0 if first else len(TAB_BUILDERS), builder)
    return builder


def may_see(actor: Actor, builder: TabBuilder) -> bool:
    """Whether ``actor`` gets the tab ``builder`` makes (its page class's ``needs``)."""
    needs = getattr(builder, "needs", Action.MANAGE_SETTINGS)
    return needs is None or allowed(actor.role, needs)


def offers_settings(actor: Actor) -> bool:
    """Whether Desk → Settings… has a tab for ``actor`` (admins all, managers their own)."""
    return any(may_see(actor, builder) for builder in TAB_BUILDERS)


def _secret_field(name: str, saved: bool) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(tr(SAVED) if saved else "")
    return field


@register_tab
class MessagesTab(SettingsPage):
    """E-mail (SMTP) and SMS gateway settings for client messages."""

    title = QT_TR_NOOP("Messages")

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        form = channel_form(db, actor)
        self.smtp_host = QLineEdit(form.smtp_host)
        self.smtp_port = QSpinBox(minimum=1, maximum=65535, value=form.smtp_port)
        self.smtp_starttls = QCheckBox(tr("Use STARTTLS (encrypted)"))
        self.smtp_starttls.setChecked(form.smtp_starttls)
        self.smtp_username = QLineEdit(form.smtp_username)
        self.smtp_password = _secret_field(tr("E-mail password"), form.smtp_password_saved)
        self.smtp_sender = QLineEdit(form.smtp_sender)
        self.sms_url = QLineEdit(form.sms_url)
        self.sms_body = QLineEdit(form.sms_body)
        self.sms_token = _secret_field(tr("SMS gateway token"), form.sms_token_saved)
        note = QLabel(tr("Passwords and tokens are kept in the system keyring and never "
                         "shown again. Leave a field empty to keep the one saved. No server "
                         "set up: messages wait in the outbox.") if secrets_in_keyring() else
                      tr("Passwords and tokens are kept in this desk's database, marked secret "
                         "(this computer has no system keyring), and never shown again. Leave "
                         "a field empty to keep the one saved. No server set up: messages "
                         "wait in the outbox."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout = QFormLayout(self)
        for label, field in ((tr("E-mail server"), self.smtp_host), (tr("Port"), self.smtp_port),
                             ("", self.smtp_starttls), (tr("User name"), self.smtp_username),
                             (tr("Password"), self.smtp_password),
                             (tr("Sender address"), self.smtp_sender),
                             (tr("SMS gateway address"), self.sms_url),
                             (tr("Request body (%TO%, %MESSAGE%)"), self.sms_body),
                             (tr("Gateway token"), self.sms_token)):
            layout.addRow(label, field)
            if label and not field.accessibleName():
                field.setAccessibleName(label)
        layout.addRow(note)  # the whole width: it is read, not filled in

    def form(self) -> ChannelForm:
        return ChannelForm(
            smtp_host=self.smtp_host.text(), smtp_port=self.smtp_port.value(),
            smtp_starttls=self.smtp_starttls.isChecked(),
            smtp_username=self.smtp_username.text(),
            smtp_password=self.smtp_password.text() or None,
            smtp_sender=self.smtp_sender.text(), sms_url=self.sms_url.text(),
            sms_body=self.sms_body.text(), sms_token=self.sms_token.text() or None)

    def work(self) -> Callable[[], object]:
        db, actor, form = self.db, self.actor, self.form()
        return lambda: save_channels(db, actor, form)


class SettingsDialog(QDialog):
    """The settings of the desk, one tab per area; Save saves every tab."""

    def __init__(self, db: Database, actor: Actor, parent=None,
                 builders: list[TabBuilder] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.operation: Operation | None = None  # the tab's save running or last run
        self.tabs = QTabWidget()
        self.pages: list[SettingsPage] = []
        for builder in builders if builders is not None else TAB_BUILDERS:
            if may_see(actor, builder):
                self.add_tab(builder(db, actor))
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def add_tab(self, page: SettingsPage) -> None:
        self.pages.append(page)
        self.tabs.addTab(page, tr(page.title))

    def save(self) -> None:
        """Save each tab in turn; a refusal shows on its tab and the dialog stays open."""
        if self.operation is None or not self.operation.running:
            self._save_from(0)

    def _save_from(self, index: int) -> None:
        if index == len(self.pages):
            self.accept()
            return
        page = self.pages[index]
        self.operation = run_operation(
            self, tr("Saving {what}…").format(what=tr(page.title)) if page.title
            else tr("Saving the settings…"), page.work(),
            on_done=lambda _: self._saved(index), on_refused=lambda e: self._refused(page, e),
            cancellable=False, changes=Changed.SETTINGS, busy=[self.save_button])

    def _saved(self, index: int) -> None:
        self.pages[index].after_save()
        self._save_from(index + 1)

    def _refused(self, page: SettingsPage, error: DeskError) -> None:
        self.tabs.setCurrentWidget(page)
        self.message.setText(error_message(error))
