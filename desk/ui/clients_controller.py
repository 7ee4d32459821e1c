"""Behaviour of the clients view: search as you type, open a client, open a membership."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer

from desk.services.database import Database
from desk.services.queries import client_memberships, membership_history, search_clients
from desk.ui.clients_view import ClientsView

SEARCH_DELAY_MS = 120  # wait for a pause in typing: one query per burst of keys


class ClientsController(QObject):
    def __init__(self, db: Database, view: ClientsView, *, region: str = "US") -> None:
        super().__init__(view)
        self.db, self.view, self.region = db, view, region
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        view.sig_search_changed.connect(lambda _: self._timer.start())
        view.sig_client_chosen.connect(self.open_client)
        view.sig_membership_chosen.connect(self.open_membership)

    def search_now(self) -> None:
        found = search_clients(self.db, self.view.search.text(), region=self.region)
        self.view.clients_model.replace(found)
        if found:
            self.view.clients.selectRow(0)
        else:
            self._show_client(None)

    def open_client(self, row: int) -> None:
        self._show_client(self.view.clients_model.row_at(row))

    def refresh(self) -> None:
        """After something changed elsewhere: show the open client again."""
        self.open_client(self.view.clients.currentIndex().row())

    def _show_client(self, client) -> None:
        view = self.view
        if client is None:
            view.client_title.setText("No client found." if view.search.text().strip()
                                      else "Type in the search box to find a client.")
            view.memberships_model.replace([])
            view.history_model.replace([])
            return
        rows = client_memberships(self.db, client.id, date.today())
        view.client_title.setText(f"{client.name} · +{client.phone} · "
                                  f"{len(rows)} membership{'s' if len(rows) != 1 else ''}")
        view.memberships_model.replace(rows)
        if rows:
            view.memberships.selectRow(0)
        else:
            view.history_model.replace([])

    def open_membership(self, row: int) -> None:
        membership = self.view.memberships_model.row_at(row)
        self.view.history_title.setText(
            f"History of {membership.number or membership.type}" if membership else "History")
        self.view.history_model.replace(
            membership_history(self.db, membership.id) if membership else [])
