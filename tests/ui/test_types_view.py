"""The membership types view and editor, driven like a manager would."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk.core.membership_types import BalanceMode
from desk.services.type_queries import list_types, type_form_choices
from desk.ui.formats import money
from desk.ui.models import RowsModel
from desk.ui.type_editor import LOCKED_TEXT, TypeEditor
from desk.ui.types_controller import build_types_tab
from desk.ui.types_view import TYPE_COLUMNS
from tests.ui.driving import writes_done


def shown(model, column=0):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.fixture
def tab(demo, qtbot):
    view = build_types_tab(demo.db, demo.admin)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    return view


def choose(view, name, *, archived=None):
    """Select the type ``name`` in the tab that lists it (or the one asked for)."""
    tables = {None: (view.active, view.archived), True: (view.archived,), False: (view.active,)}
    for table in tables[archived]:
        names = shown(table.model())
        if name in names:
            view.tabs.setCurrentWidget(table)
            table.selectRow(names.index(name))
            return
    raise AssertionError(f"{name} is not listed")


def open_editor(view, qtbot, name=None):
    if name is None:
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    else:
        choose(view, name)
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.controller.editor
    qtbot.waitExposed(editor)
    return editor


def click_save(qtbot, editor):
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    writes_done(qtbot)


def test_active_types_are_listed_and_old_promo_is_archived(tab):
    assert shown(tab.active_model) == ["Family yoga", "Massage 10", "Nails split", "PT 12",
                                       "Yoga 8"]
    assert shown(tab.archived_model) == ["Old promo"]
    assert shown(tab.active_model, 6) == ["no", "yes", "no", "yes", "yes"]


def test_a_sold_types_price_is_locked_and_the_editor_says_why(tab, qtbot):
    editor = open_editor(tab, qtbot, "Massage 10")
    assert not editor.price.isEnabled() and not editor.mode.isEnabled()
    assert not editor.sale_without_code.isEnabled() and not editor.validity.amount.isEnabled()
    assert editor.locked.isVisible() and editor.locked.text() == LOCKED_TEXT


def test_an_unsold_type_is_not_locked(tab, qtbot):
    editor = open_editor(tab, qtbot, "Nails split")
    assert editor.price.isEnabled() and not editor.locked.isVisible()


def test_editing_an_unsold_types_price_saves_it(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.price.selectAll()
    qtbot.keyClicks(editor.price, "260")
    click_save(qtbot, editor)
    assert not editor.isVisible() and editor.message.text() == ""
    assert {r.name: r.type.price for r in list_types(demo.db)}["Nails split"] == Decimal("260")
    assert money(Decimal("260"), "USD") in shown(tab.active_model, 3)


def test_an_overall_type_without_services_is_refused_in_the_dialog(tab, qtbot):
    editor = open_editor(tab, qtbot)
    qtbot.keyClicks(editor.name, "Empty")
    qtbot.keyClicks(editor.price, "100")
    editor.locations.set_checked_by_name("Downtown")
    click_save(qtbot, editor)
    assert editor.isVisible() and "includes no service" in editor.message.text()
    assert editor.message.property("role") == "error"


def test_a_taken_name_is_refused_and_nothing_closes(tab, qtbot):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.name.clear()
    qtbot.keyClicks(editor.name, " pt 12 ")
    click_save(qtbot, editor)
    assert editor.isVisible() and "already named" in editor.message.text()
    assert shown(tab.active_model).count("Nails split") == 1


def test_a_new_split_type_is_created_with_visits_per_service(tab, qtbot, demo):
    editor = open_editor(tab, qtbot)
    qtbot.keyClicks(editor.name, "Nails & massage")
    editor.mode.setCurrentIndex(editor.mode.findData(BalanceMode.SPLIT.value))
    editor.services.check("Manicure")
    editor.services.spins[demo.service("Manicure")].setValue(4)
    qtbot.keyClicks(editor.price, "150")
    editor.locations.set_checked_by_name("Riverside")
    click_save(qtbot, editor)
    assert not editor.isVisible(), editor.message.text()
    created = {r.name: r for r in list_types(demo.db)}["Nails & massage"]
    assert dict(created.type.visits) == {demo.service("Manicure"): 4}
    assert created.locations == "Riverside"


def test_duplicate_lists_the_copy(tab, qtbot):
    choose(tab, "Massage 10")
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert "Massage 10 (2)" in shown(tab.active_model)
    assert tab.current_row().name == "Massage 10 (2)" and not tab.current_row().sold


def test_archive_moves_a_type_to_archived_and_restore_brings_it_back(tab, qtbot):
    choose(tab, "PT 12")
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert "PT 12" not in shown(tab.active_model) and "PT 12" in shown(tab.archived_model)
    choose(tab, "PT 12")
    assert tab.restore_button.isVisible() and not tab.archive_button.isVisible()
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert "PT 12" in shown(tab.active_model) and "PT 12" not in shown(tab.archived_model)


def test_restoring_under_a_taken_name_shows_the_refusal(tab, qtbot, demo):
    editor = open_editor(tab, qtbot, "Nails split")
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Old promo")
    click_save(qtbot, editor)
    choose(tab, "Old promo", archived=True)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert "already named" in tab.message.text()
    assert shown(tab.archived_model) == ["Old promo"]


def test_a_receptionist_sees_the_types_but_no_edit_buttons(demo, qtbot):
    view = build_types_tab(demo.db, demo.reception)
    qtbot.addWidget(view)
    view.show()
    assert view.active_model.rowCount() == 5  # the five active types of the demo (SPEC §9)
    buttons = (view.new_button, view.edit_button, view.duplicate_button, view.archive_button,
               view.restore_button)
    assert not any(b.isVisible() for b in buttons)
    view.sig_edit.emit()
    assert view.controller.editor is None


def test_auto_activation_is_offered_only_when_counted_from_the_first_visit(demo, qtbot):
    rows = {r.name: r for r in list_types(demo.db)}
    yoga = TypeEditor(type_form_choices(demo.db), rows["Yoga 8"].type)
    nails = TypeEditor(type_form_choices(demo.db), rows["Nails split"].type)
    for editor in (yoga, nails):
        qtbot.addWidget(editor)
    assert yoga.auto_activate.isEnabled() and yoga.auto_days.value() == 14
    assert not nails.auto_activate.isEnabled()


def test_an_unchanged_type_reads_back_as_it_was(demo, qtbot):
    for row in list_types(demo.db):
        editor = TypeEditor(type_form_choices(demo.db), row.type, sold=row.sold)
        qtbot.addWidget(editor)
        assert editor.draft() == row.type


def test_the_types_model_passes_the_model_tester(demo, qtmodeltester):
    model = RowsModel(TYPE_COLUMNS)
    model.replace(list_types(demo.db))
    qtmodeltester.check(model)


def test_enter_on_a_type_opens_its_editor(tab, qtbot):
    choose(tab, "PT 12")
    tab.active.setFocus()
    qtbot.keyClick(tab.active, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.controller.editor is not None)
    assert tab.controller.editor.name.text() == "PT 12"
