"""The type editor's visit limits (SPEC §3.10): a spin box each for a day, a week and a month,
"no limit" at their lowest; a sold type's limit may be raised, not added, and the editor
shows the refusal."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.core.visit_limits import VisitLimits
from desk.services.type_queries import list_types
from tests.ui.driving import press
from tests.ui.test_types_view import click_save, open_editor
from tests.ui.test_types_view import tab as tab  # the fixture, used by name


def limits_of(demo, name):
    return {r.name: r.type for r in list_types(demo.db)}[name].visit_limits


def test_each_limit_reads_no_limit_until_a_number_is_typed(tab, qtbot):
    editor = open_editor(tab, qtbot, "Nails split")
    assert [s.text() for s in editor.visit_limits.spins.values()] \
        == ["no limit a day", "no limit a week", "no limit a month"]
    assert editor.draft().visit_limits == VisitLimits()


def test_a_limit_typed_by_keyboard_is_saved_with_the_type(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.visit_limits.spins["per_day"]
    press(qtbot, Qt.Key.Key_Up)
    week = editor.visit_limits.spins["per_week"]
    week.selectAll()
    qtbot.keyClicks(week, "3")
    click_save(qtbot, editor)
    assert not editor.isVisible()
    assert limits_of(demo, "Nails split") == VisitLimits(per_day=1, per_week=3)


def test_a_new_limit_on_a_sold_type_is_refused_in_the_dialog_and_nothing_is_saved(
        tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Yoga 8")
    editor.visit_limits.spins["per_day"].setValue(1)
    click_save(qtbot, editor)
    assert editor.isVisible() and "can't be added or lowered" in editor.message.text()
    assert limits_of(demo, "Yoga 8") == VisitLimits()


def test_saving_a_type_keeps_the_limits_it_has(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.visit_limits.set_value(VisitLimits(per_month=8))
    click_save(qtbot, editor)
    editor = open_editor(tab, qtbot, "Nails split")
    assert editor.visit_limits.value() == VisitLimits(per_month=8)
    click_save(qtbot, editor)
    assert limits_of(demo, "Nails split") == VisitLimits(per_month=8)
