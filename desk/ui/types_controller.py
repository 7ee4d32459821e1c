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
from desk.ui.i18n import tr
from desk.ui.operations import Changed, Operation, events, run_operation
from desk.ui.phrasebook import error_message
from desk.ui.type_editor import TypeEditor
from desk.ui.types_view import TypesView


class TypeEditorController(QObject):
    """Saves the editor's draft through the one door: closes it on success, shows the
    refusal in it otherwise."""

    sig_saved = Signal(str)  # the saved type's id

    def __init__(self, db: Database, actor: Actor, editor: TypeEditor) -> None:
        super().__init__(editor)
        self.db, self.actor, self.editor = db, actor, editor
        self.operation: Operation | None = None  # the save running or made
        editor.sig_save_requested.connect(self.save)

    def save(self) -> Operation | None:
        if self.operation is not None and self.operation.running:
            return None
        try:
            draft = self.editor.draft()  # read on the GUI thread; a price that isn't one
        except DeskError as error:  # is refused before anything is written
            self.editor.show_error(error_message(error))
            return None
        db, actor, new = self.db, self.actor, self.editor.original is None
        self.operation = run_operation(
            self.editor, tr("Saving the type…"),
            lambda: create_type(db, actor, draft) if new else update_type(db, actor, draft),
            on_done=self._saved,
            on_refused=lambda error: self.editor.show_error(error_message(error)),
            cancellable=False, changes=Changed.TYPES, busy=[self.editor.save_button])
        return self.operation

    def _saved(self, saved: MembershipType) -> None:
        self.editor.accept()
        self.sig_saved.emit(saved.id)


class TypesController(QObject):
    """Fills the view from the services and performs the manager's actions; refreshes
    when types changed (``Changed.TYPES``), here or elsewhere."""

    def __init__(self, db: Database, actor: Actor, view: TypesView) -> None:
        super().__init__(view)
        self.db, self.actor, self.view = db, actor, view
        self.may_manage = allowed(actor.role, Action.MANAGE_TYPES)
        self.editor: TypeEditor | None = None
        self._closed_editor: TypeEditor | None = None
        view.set_manager_buttons(self.may_manage)
        view.sig_new.connect(lambda: self.open_editor(None))
        view.sig_edit.connect(self.edit_current)
        view.sig_duplicate.connect(self.duplicate_current)
        view.sig_archive.connect(lambda: self._archive_current(True))
        view.sig_restore.connect(lambda: self._archive_current(False))
        view.sig_tab_changed.connect(lambda: view.show_error(""))
        self._select: str | None = None  # the type the next refresh moves to
        events.sig_changed.connect(self._changed)
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
        """The closed editor is deleted when the next one closes, not now: the save that
        closed it is still delivering its outcome to it (and to whoever reads it)."""
        if self._closed_editor is not None:
            self._closed_editor.deleteLater()
        self._closed_editor, self.editor = self.editor, None

    def edit_current(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.open_editor(row)

    def duplicate_current(self) -> None:
        row, db, actor = self.view.current_row(), self.db, self.actor
        if row is not None:
            self._act(tr("Duplicating…"), lambda: duplicate(db, actor, row.id).id)

    def _archive_current(self, archived: bool) -> None:
        row, db, actor = self.view.current_row(), self.db, self.actor
        if row is not None:
            self._act(tr("Archiving…") if archived else tr("Restoring…"),
                      lambda: set_archived(db, actor, row.id, archived).id)

    def _act(self, title: str, work: Callable[[], str]) -> None:
        """A manager's action on the chosen type (``work`` returns its id), through the
        one door; a refusal shows in the view."""
        if not self.may_manage:
            return
        self.view.show_error("")
        run_operation(self.view, title, work, on_done=self._saved,
                      on_refused=lambda error: self.view.show_error(error_message(error)),
                      cancellable=False, changes=Changed.TYPES)

    def _saved(self, type_id: str) -> None:
        self._select = type_id  # the door's announcement refreshes the lists

    def _changed(self, what: Changed | str) -> None:
        select, self._select = self._select, None
        if Changed(what) & Changed.TYPES:
            self.refresh(select_id=select)


def build_types_tab(db: Database, actor: Actor) -> QWidget:
    """The types view with its controller (kept alive as ``view.controller``)."""
    view = TypesView()
    view.controller = TypesController(db, actor, view)
    return view
