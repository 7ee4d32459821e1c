"""The type editor's freeze policy, transfer and sharing settings (SPEC §3.5, §3.11): shown
as saved, saved as typed, "any" at their lowest; a sold type's share limit can't be lowered."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.core.freeze_policy import FreezePolicy
from desk.core.membership_types import Transferable
from desk.services.type_queries import list_types
from tests.ui.driving import press
from tests.ui.family import sell_family_yoga
from tests.ui.test_types_view import click_save, open_editor
from tests.ui.test_types_view import tab as tab  # the fixture, used by name


def type_named(demo, name):
    return {r.name: r.type for r in list_types(demo.db)}[name]


def test_family_yogas_policy_transfer_and_sharing_are_shown_as_saved(tab, qtbot):
    editor = open_editor(tab, qtbot, "Family yoga")
    assert editor.freeze_policy.value() == FreezePolicy(7, 21, 2, Decimal("10.00"), True)
    assert editor.transferable.currentText() == "Reception"
    assert editor.share_limit.value() == 2


def test_an_unset_policy_reads_any_and_saves_as_none(tab, qtbot):
    editor = open_editor(tab, qtbot, "Nails split")
    policy = editor.freeze_policy
    assert [policy.min_days.text(), policy.max_days.text(), policy.max_count.text()] == [
        "any shortest", "any longest", "any number"]
    assert editor.draft().freeze_policy == FreezePolicy()
    assert editor.share_limit.text() == "not shared"


def test_a_policy_typed_by_keyboard_is_saved_with_the_type(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.freeze_allowed.setChecked(True)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.freeze_policy.min_days
    editor.freeze_policy.min_days.setValue(3)
    editor.freeze_policy.max_count.setValue(4)
    editor.freeze_policy.fee.setText("5")
    editor.freeze_policy.reason_required.setChecked(True)
    editor.transferable.setCurrentIndex(editor.transferable.findText("No"))
    editor.share_limit.setValue(3)
    click_save(qtbot, editor)
    assert not editor.isVisible()
    saved = type_named(demo, "Nails split")
    assert saved.freeze_policy == FreezePolicy(3, None, 4, Decimal("5.00"), True)
    assert (saved.transferable, saved.share_limit) == (Transferable.NO, 3)


def test_a_fee_that_is_not_an_amount_is_refused_in_the_dialog(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.freeze_policy.fee.setText("ten")
    click_save(qtbot, editor)
    assert editor.isVisible() and "freeze fee" in editor.message.text()


def test_the_policy_waits_until_freezing_is_allowed(tab, qtbot):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.freeze_allowed.setChecked(False)
    assert not editor.freeze_policy.min_days.isEnabled()
    editor.freeze_allowed.setChecked(True)
    assert editor.freeze_policy.fee.isEnabled()


def test_a_sold_shared_types_limit_goes_no_lower_than_sold(tab, qtbot, demo):
    sell_family_yoga(demo)
    tab.controller.refresh()  # the tab learns of the sale
    editor = open_editor(tab, qtbot, "Family yoga")
    editor.share_limit.setValue(0)
    assert editor.share_limit.value() == 2
    editor.share_limit.setValue(5)
    assert editor.draft().share_limit == 5
