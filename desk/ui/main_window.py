"""The main window: the views, the status line, geometry remembered between runs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QRect, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

import desk.ui.freeze_reasons_settings
import desk.ui.language_settings  # noqa: F401  (registers Settings › Language)
from desk.core.errors import NotFound
from desk.core.permissions import Action, Role, allowed
from desk.services import queries
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.this_desk import usual_location
from desk.ui.booking_dialog import BookingDialog
from desk.ui.clients_controller import ClientsController
from desk.ui.clients_view import ClientsView
from desk.ui.closure_dialog import add_closure_action
from desk.ui.due_runner import add_due_actions
from desk.ui.i18n import tr
from desk.ui.import_controller import build_import_tab
from desk.ui.reports_controller import build_reports_tab
from desk.ui.sync_status import install_sync
from desk.ui.today_controller import TodayController
from desk.ui.today_view import TodayView
from desk.ui.types_controller import build_types_tab

FIRST_SHARE_OF_SCREEN = 0.85
ROOMY_WIDTH, ROOMY_HEIGHT = 1280, 800  # every column and chart label shows at this size
# a role as the status line names it
ROLE_WORDS = {Role.ADMIN: QT_TR_NOOP("admin"), Role.MANAGER: QT_TR_NOOP("manager"),
              Role.RECEPTION: QT_TR_NOOP("reception")}


def first_window_geometry(available: QRect) -> QRect:
    """Where the window opens when no size is remembered: 85 % of the screen's available
    area, at least 1280×800 where the screen has that much, never more than the screen has,
    centred on it."""
    geometry = QRect(0, 0, _first_side(available.width(), ROOMY_WIDTH),
                     _first_side(available.height(), ROOMY_HEIGHT))
    geometry.moveCenter(available.center())
    return geometry


def _first_side(available: int, roomy: int) -> int:
    return min(available, max(round(available * FIRST_SHARE_OF_SCREEN), roomy))


def at_this_desk(db: Database, actor: Actor) -> Actor:
    """``actor`` working at this desk's location (the default of every dialog), or at the
    location proposed until one is set; as given while the chain has no location."""
    if actor.location_id is not None:
        return actor
    try:
        return replace(actor, location_id=usual_location(db)[0].id)
    except NotFound:
        return actor


class MainWindow(QMainWindow):
    sig_switch_user = Signal()  # Log out / Switch user: the shift hands the desk on

    def __init__(self, db: Database, actor: Actor, db_path: Path | None = None, *,
                 remember: bool = True) -> None:
        """``remember``: restore and keep the size and the open tab of the last session (a
        person's window); the smoke test, screenshots and tests start the same every time."""
        super().__init__()
        actor = at_this_desk(db, actor)
        self.db, self.actor, self.remember = db, actor, remember
        self.setWindowTitle("Desk")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.clients_view = ClientsView()
        self.clients = ClientsController(db, self.clients_view, actor=actor)
        self.tabs.addTab(self.clients_view, tr("&Clients && memberships"))
        self.today_view = TodayView()
        self.today = TodayController(db, self.today_view, actor)
        # the receptionist's day comes first; the others start where they sell and look up
        self.tabs.insertTab(0 if actor.role is Role.RECEPTION else 1, self.today_view, tr("Toda&y"))
        self.tabs.setCurrentIndex(0)
        self.types_view = build_types_tab(db, actor)
        self.tabs.addTab(self.types_view, tr("Membership &types"))
        self.import_view = None
        if allowed(actor.role, Action.IMPORT):  # staff who may import see the import view
            self.import_view = build_import_tab(db, actor)
            self.tabs.addTab(self.import_view, tr("&Import"))
        self.reports_view = None
        if allowed(actor.role, Action.VIEW_REPORTS):  # managers' figures
            self.reports_view = build_reports_tab(db, actor)
            self.tabs.addTab(self.reports_view, tr("&Reports"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        place = next((p.name for p in queries.locations(db) if p.id == actor.location_id), None)
        who = tr("{user} ({role})").format(user=actor.username,
                                            role=tr(ROLE_WORDS.get(actor.role, actor.role.value)))
        self.statusBar().addWidget(QLabel(" · ".join(str(part) for part in (who, place, db_path)
                                                     if part)))
        self.today_view.search.textEdited.connect(self._search_from_today)
        self._menu()
        self._settings = QSettings("Desk", "Desk")
        self._place(remember)

    def _place(self, remember: bool) -> None:
        """The size, place and tab of the last session when remembered; otherwise a size
        that fits this screen (Qt's own guess is far too small for the tables)."""
        restored = remember and self.restoreGeometry(self._settings.value("main/geometry", b""))
        if not restored:
            self.setGeometry(first_window_geometry(self.screen().availableGeometry()))
        if remember:
            self.tabs.setCurrentIndex(int(self._settings.value("main/tab", 0)))
        self.resize(self.size().expandedTo(self.minimumSizeHint()))

    def _tab_shown(self, _index: int) -> None:
        if self.reports_view is not None and self.tabs.currentWidget() is self.reports_view:
            self.reports_view.refresh()  # figures as of now, after today's work

    def _menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Desk"))
        for text, shortcut, slot in (
                (tr("&Find a client"), QKeySequence.StandardKey.Find, self.focus_search),
                (tr("Check a &booking…"), QKeySequence("Ctrl+B"), self.open_booking),
                (tr("&Log out / Switch user"), QKeySequence("Ctrl+L"), self.sig_switch_user.emit)):
            action = QAction(text, self, shortcut=shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)
        add_due_actions(self, menu, self.db, self.actor)
        self.close_location_action = add_closure_action(self, menu, self.db, self.actor)
        self.sync = install_sync(self, menu, self.db, self.actor)

    def selected_client(self):
        view = self.clients_view
        return view.clients_model.row_at(view.clients.currentIndex().row())

    def open_booking(self) -> None:
        client = self.selected_client()
        if client is None:
            self.statusBar().showMessage(tr("Find and choose a client first (Ctrl+F)."), 5000)
            return
        BookingDialog(self.db, self.actor, client, parent=self).exec()

    def focus_start(self) -> None:
        """Where a shift starts: the Today tab's find-or-scan box for reception, else the
        clients' search."""
        if self.actor.role is Role.RECEPTION:
            self.tabs.setCurrentWidget(self.today_view)
            self.today_view.search.setFocus()
        else:
            self.focus_search()

    def _search_from_today(self, text: str) -> None:
        """What is typed or scanned on Today goes on in the clients' search, which finds
        it (and opens the Pay dialog on a code and Enter)."""
        self.today_view.search.clear()
        self.focus_search()
        self.clients_view.search.setText(text)
        self.clients_view.search.deselect()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.clients_view)
        self.clients_view.search.setFocus()
        self.clients_view.search.selectAll()

    def closeEvent(self, event) -> None:
        if self.remember:
            self._settings.setValue("main/geometry", self.saveGeometry())
            self._settings.setValue("main/tab", self.tabs.currentIndex())
        super().closeEvent(event)
