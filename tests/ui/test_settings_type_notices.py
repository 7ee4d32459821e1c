"""A type's notification settings in the type editor: saved, previewed, limited to 255."""

from desk.core.notifications import NoticeKind
from desk.services.type_queries import list_types, type_form_choices
from desk.services.types import update_type
from desk.ui.type_editor import TypeEditor


def editor_for(demo, qtbot, name="Massage 10") -> TypeEditor:
    row = {r.name: r for r in list_types(demo.db)}[name]
    editor = TypeEditor(type_form_choices(demo.db), row.type, sold=row.sold)
    qtbot.addWidget(editor)
    return editor


def test_the_preview_fills_in_the_placeholders_as_you_type(demo, qtbot):
    editor = editor_for(demo, qtbot)
    row = editor.notices.rows[NoticeKind.VISITS_LEFT]
    row.threshold.setValue(2)
    row.template.setText("Hi %CLIENT_NAME%, %VISITS_LEFT% left on %TYPE%")
    assert editor.notices.preview.text().endswith("Hi Alice Smith, 2 left on Massage 10")


def test_the_character_count_shows_the_limit(demo, qtbot):
    editor = editor_for(demo, qtbot)
    row = editor.notices.rows[NoticeKind.EACH_DEDUCTION]
    row.template.setText("x" * 300)
    assert row.count.text() == "300/255"


def test_notices_and_auto_renewal_go_into_the_draft(demo, qtbot):
    editor = editor_for(demo, qtbot, "Yoga 8")
    editor.auto_renew.setChecked(True)
    editor.notices.rows[NoticeKind.BEFORE_EXPIRY].enabled.setChecked(True)
    draft = editor.draft()
    assert draft.auto_renew and draft.notice(NoticeKind.BEFORE_EXPIRY).enabled
    assert draft.notice(NoticeKind.BEFORE_EXPIRY).threshold == 7


def test_a_saved_template_loads_back_into_the_editor(demo, qtbot):
    editor = editor_for(demo, qtbot, "Yoga 8")
    editor.notices.rows[NoticeKind.EACH_DEDUCTION].template.setText("Thanks %CLIENT_NAME%")
    update_type(demo.db, demo.admin, editor.draft())
    again = editor_for(demo, qtbot, "Yoga 8")
    template = again.notices.rows[NoticeKind.EACH_DEDUCTION].template
    assert template.text() == "Thanks %CLIENT_NAME%"
