"""``desk shots DIR``: each main view rendered offscreen to DIR/<view>.png, with real data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.services.database import Database
from desk.ui.app import main_window_for

SIZE = (1280, 760)


def render_views(db: Database, out: Path, *, search: str = "Alice") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window = main_window_for(db)
    window.resize(*SIZE)
    window.show()
    written = []
    window.clients_view.search.setText(search)
    window.clients.search_now()
    QApplication.processEvents()
    path = out / "clients.png"
    window.grab().save(str(path))
    written.append(path)
    window.close()
    return written
