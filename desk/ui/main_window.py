"""The main window: the views, the status line, geometry remembered between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from desk.services.actor import Actor
from desk.services.database import Database
from desk.ui.clients_controller import ClientsController
from desk.ui.clients_view import ClientsView


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, db_path: Path | None = None) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.setWindowTitle("Desk")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.clients_view = ClientsView()
        self.clients = ClientsController(db, self.clients_view)
        self.tabs.addTab(self.clients_view, "Clients && memberships")
        self.setCentralWidget(self.tabs)
        where = f" · {db_path}" if db_path else ""
        self.statusBar().addWidget(QLabel(f"{actor.username} ({actor.role.value}){where}"))
        find = QAction("Find a client", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self._settings = QSettings("Desk", "Desk")
        self.restoreGeometry(self._settings.value("main/geometry", b""))
        self.tabs.setCurrentIndex(int(self._settings.value("main/tab", 0)))
        self.resize(self.size().expandedTo(self.minimumSizeHint()))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.clients_view)
        self.clients_view.search.setFocus()
        self.clients_view.search.selectAll()

    def closeEvent(self, event) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/tab", self.tabs.currentIndex())
        super().closeEvent(event)
