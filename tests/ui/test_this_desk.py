"""This desk's location and idle lock in the window (SPEC §11): asked of an administrator on
a first start without one, changed in Settings › This desk, followed by the open window."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog

from desk.services.auth import cli_actor
from desk.services.this_desk import LOCATION, desk_location, idle_lock_minutes
from desk.ui.app import main_window_for
from desk.ui.desk_location import DeskLocationDialog, ask_desk_location
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.shift import Shift
from desk.ui.this_desk_settings import ThisDeskTab
from tests.ui.driving import writes_done


def forget_location(db) -> None:
    with db.write() as uow:
        uow.settings.remove(LOCATION)
        uow.commit()


def window_of(demo, qtbot, user: str):
    window = main_window_for(demo.db, cli_actor(demo.db, user))
    qtbot.addWidget(window)
    return window


def test_an_administrator_is_asked_once_and_the_first_location_that_sells_is_proposed(
        demo, qtbot):
    forget_location(demo.db)
    dialog = ask_desk_location(window_of(demo, qtbot, "admin"), demo.db)
    assert isinstance(dialog, DeskLocationDialog) and dialog.isVisible()
    assert dialog.location.currentText() == "Downtown"
    dialog.location.setCurrentIndex(dialog.location.findText("Riverside"))
    dialog.save()
    writes_done(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk_location(demo.db).name == "Riverside"
    assert ask_desk_location(window_of(demo, qtbot, "admin"), demo.db) is None  # once


def test_reception_is_not_asked_and_works_at_the_location_proposed(demo, qtbot):
    forget_location(demo.db)
    window = window_of(demo, qtbot, "reception")
    assert ask_desk_location(window, demo.db) is None
    assert window.today_view.location.currentText() == "Downtown"


def test_settings_this_desk_moves_the_desk_and_the_open_window_follows(demo, qtbot, request):
    made = Shift(demo.db, lambda actor: main_window_for(demo.db, actor), quit_desk=lambda: None)
    made._open_window(cli_actor(demo.db, "admin"))
    first = made.window
    # the shift deletes the first window once the desk moved (how soon depends on how many
    # tabs Settings saves): closed at the end only if it is still there
    request.addfinalizer(lambda: shiboken6.isValid(first) and first.close())
    settings = SettingsDialog(demo.db, first.actor, first)
    tab = next(page for page in settings.pages if isinstance(page, ThisDeskTab))
    assert settings.tabs.tabText(0) == "This desk"
    assert (tab.location.currentText(), tab.idle_lock.value()) == ("Downtown", 15)
    tab.location.setCurrentIndex(tab.location.findText("Riverside"))
    tab.idle_lock.setValue(5)
    settings.open()
    settings.save()
    writes_done(qtbot)
    qtbot.waitUntil(lambda: made.window is not first)
    qtbot.addWidget(made.window)
    assert made.window.today_view.location.currentText() == "Riverside"
    assert made.window.actor.location_id == desk_location(demo.db).id
    assert idle_lock_minutes(demo.db) == 5 and made.idle.minutes == 5
