"""Desk → Settings…: the Messages tab saves channels, keeps secrets hidden, refuses bad ones."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.services.channel_settings import load_channels
from desk.ui.settings_dialog import SAVED, MessagesTab, SettingsDialog, SettingsPage
from tests.ui.driving import writes_done


def dialog(demo, qtbot, builders=None) -> SettingsDialog:
    d = SettingsDialog(demo.db, demo.admin, builders=builders)
    qtbot.addWidget(d)
    return d


def messages(d: SettingsDialog) -> MessagesTab:
    return next(page for page in d.pages if isinstance(page, MessagesTab))


def test_the_messages_tab_saves_the_e_mail_server_and_password(demo, qtbot):
    d = dialog(demo, qtbot)
    tab = messages(d)
    qtbot.keyClicks(tab.smtp_host, "mail.example.com")
    qtbot.keyClicks(tab.smtp_sender, "desk@example.com")
    qtbot.keyClicks(tab.smtp_password, "pw-9")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    assert (load_channels(demo.db).smtp.host, load_channels(demo.db).smtp.password) == (
        "mail.example.com", "pw-9")


def test_a_saved_password_is_never_shown_again(demo, qtbot):
    first = dialog(demo, qtbot)
    messages(first).smtp_password.setText("pw-9")
    messages(first).smtp_host.setText("mail.example.com")
    messages(first).smtp_sender.setText("desk@example.com")
    first.save()
    writes_done(qtbot)
    again = dialog(demo, qtbot)
    field = messages(again).smtp_password
    assert field.text() == "" and field.placeholderText() == SAVED


def test_a_bad_gateway_address_is_refused_and_the_dialog_stays_open(demo, qtbot):
    d = dialog(demo, qtbot)
    d.show()
    messages(d).sms_url.setText("gateway.example.com")
    d.save()
    writes_done(qtbot)
    assert d.isVisible() and "not a web address" in d.message.text()
    assert load_channels(demo.db).sms is None


def test_another_area_adds_its_own_tab(demo, qtbot):
    class ChainTab(SettingsPage):
        title = "Chain server"

        def __init__(self, db, actor):
            super().__init__()
            self.saved = False
            QLabel("central database", self)

        def work(self):
            return lambda: setattr(self, "saved", True)

    d = dialog(demo, qtbot, builders=[ChainTab])
    d.save()
    writes_done(qtbot)
    assert d.tabs.tabText(0) == "Chain server" and d.pages[0].saved
