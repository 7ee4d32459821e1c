"""Behaviour of the membership types view: list, create, edit, duplicate, archive, restore.
Every change goes through desk.services.types; a refusal is shown as its message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk.core.errors import DeskError
from desk.core.membership_types import MembershipType
from desk.core.permissions import Action, allowed
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.type_queries import list_types, type_form_choices
from desk.services.types import create_type, duplicate, set_archived, update_type
from desk.ui.type_editor import TypeEditor
from desk.ui.types_view import TypesView


class TypeEditorController(QObject):
    """Saves the editor's draft: closes it on success, shows the refusal otherwise."""

    sig_saved = Signal(str)  # the saved type's id

    def __init__(self, db: Database, actor: Actor, editor: TypeEditor) -> None:
        super().__init__(editor)
        self.db, self.actor, self.editor = db, actor, editor
        editor.sig_save_requested.connect(self.save)

    def save(self) -> MembershipType | None:
        try:
            draft = self.editor.draft()
            saved = (update_type if self.editor.original else create_type)(
                self.db, self.actor, draft)
        except DeskError as error:
            self.editor.show_error(str(error))
            return None
        self.editor.accept()
        self.sig_saved.emit(saved.id)
        return saved


class TypesController(QObject):
    """Fills the view from the services and performs the manager's actions."""

    sig_changed = Signal()  # a type was created or changed: other views may refresh

    def __init__(self, db: Database, actor: Actor, view: TypesView) -> None:
        super().__init__(view)
        self.db, self.actor, self.view = db, actor, view
        self.may_manage = allowed(actor.role, Action.MANAGE_TYPES)
        self.editor: TypeEditor | None = None
        view.set_manager_buttons(self.may_manage)
        view.sig_new.connect(lambda: self.open_editor(None))
        view.sig_edit.connect(self.edit_current)
        view.sig_duplicate.connect(self.duplicate_current)
        view.sig_archive.connect(lambda: self._archive_current(True))
        view.sig_restore.connect(lambda: self._archive_current(False))
        view.sig_tab_changed.connect(lambda: view.show_error(""))
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload both lists, keeping (or moving to) the chosen type."""
        chosen = self.view.current_row()
        select_id = select_id or (chosen.id if chosen else None)
        rows = list_types(self.db)
        self.view.active_model.replace([r for r in rows if not r.type.archived])
        self.view.archived_model.replace([r for r in rows if r.type.archived])
        for table in (self.view.active, self.view.archived):
            model = table.model()
            found = [i for i in range(model.rowCount()) if model.row_at(i).id == select_id]
            table.selectRow(found[0] if found else 0)

    def open_editor(self, row) -> TypeEditor | None:
        """Open the editor (window-modal, not blocking) for ``row``, or for a new type."""
        if not self.may_manage:
            return None
        self.view.show_error("")
        editor = TypeEditor(type_form_choices(self.db), row.type if row else None,
                            sold=bool(row and row.sold), parent=self.view)
        saver = TypeEditorController(self.db, self.actor, editor)
        saver.sig_saved.connect(self._saved)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def edit_current(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.open_editor(row)

    def duplicate_current(self) -> None:
        self._act(lambda row: duplicate(self.db, self.actor, row.id).id)

    def _archive_current(self, archived: bool) -> None:
        self._act(lambda row: set_archived(self.db, self.actor, row.id, archived).id)

    def _act(self, action: Callable[[object], str]) -> None:
        row = self.view.current_row()
        if row is None or not self.may_manage:
            return
        try:
            changed_id = action(row)
        except DeskError as error:
            self.view.show_error(str(error))
            return
        self.view.show_error("")
        self._saved(changed_id)

    def _saved(self, type_id: str) -> None:
        self.refresh(select_id=type_id)
        self.sig_changed.emit()


def build_types_tab(db: Database, actor: Actor) -> QWidget:
    """The types view with its controller (kept alive as ``view.controller``)."""
    view = TypesView()
    view.controller = TypesController(db, actor, view)
    return view
