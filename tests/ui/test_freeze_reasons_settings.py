"""Settings › Freeze reasons (SPEC §3.5): managers edit the chain's list; Save saves it,
with a reason still typed in the field; managers see this tab and not the admins' ones."""

from PySide6.QtCore import Qt

import desk.ui.language_settings  # noqa: F401  (registers Settings › Language, as the window does)
from desk.core.permissions import Role
from desk.services.chain import freeze_reasons
from desk.ui.freeze_reasons_settings import FreezeReasonsTab
from desk.ui.settings_dialog import SettingsDialog, offers_settings
from tests.ui.driving import click, writes_done


def settings(demo, qtbot, role=Role.MANAGER):
    d = SettingsDialog(demo.db, demo.at("Downtown", role))
    qtbot.addWidget(d)
    d.show()
    return d


def tab(d) -> FreezeReasonsTab:
    return next(page for page in d.pages if isinstance(page, FreezeReasonsTab))


def test_a_manager_sees_the_freeze_reasons_and_the_language_a_receptionist_the_language(
        demo, qtbot):
    d = settings(demo, qtbot)
    assert {page.title for page in d.pages} == {"Freeze reasons", "Language"}
    reception = SettingsDialog(demo.db, demo.at("Downtown", Role.RECEPTION))
    qtbot.addWidget(reception)
    assert [page.title for page in reception.pages] == ["Language"]
    assert offers_settings(demo.at("Downtown", Role.MANAGER))
    assert offers_settings(demo.at("Downtown", Role.RECEPTION))


def test_a_reason_added_and_one_removed_are_saved(demo, qtbot):
    d = settings(demo, qtbot)
    page = tab(d)
    assert page.listed() == ["Illness", "Travel", "Other"]
    page.reasons.setCurrentRow(1)
    click(qtbot, page.remove_button)
    page.new_reason.setText("Pregnancy")
    click(qtbot, page.add_button)
    click(qtbot, d.save_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert freeze_reasons(demo.db) == ("Illness", "Other", "Pregnancy")


def test_enter_in_the_new_reason_saves_it_with_the_list(demo, qtbot):
    d = settings(demo, qtbot)
    page = tab(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    page.new_reason.setFocus()
    qtbot.keyClicks(page.new_reason, "Injury")
    qtbot.keyClick(page.new_reason, Qt.Key.Key_Return)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert freeze_reasons(demo.db) == ("Illness", "Travel", "Other", "Injury")


def test_a_reason_too_long_is_refused_on_its_tab(demo, qtbot):
    d = settings(demo, qtbot)
    tab(d).new_reason.setText("x" * 61)
    click(qtbot, d.save_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: "longer than 60 characters" in d.message.text())
    assert d.isVisible()
