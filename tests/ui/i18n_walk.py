"""Reading a window as a person sees it: every text a visible widget shows, and the English
texts of desk/ui that must not be among them once the window speaks another language."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desk" / "ui"
I18N = ROOT / "resources" / "i18n"
_TAGS = re.compile(r"<[^>]+>")
ROWS_READ = 30  # a table's first rows: its words (states, kinds) are what matters


def ts_messages(language: str) -> list[ET.Element]:
    return list(ET.parse(I18N / f"desk_{language}.ts").iter("message"))


def translations(language: str) -> dict[str, list[str]]:
    """English source -> its translation (the plural forms of a "%n" text)."""
    made = {}
    for message in ts_messages(language):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        made[message.findtext("source") or ""] = forms
    return made


def ui_literals() -> set[str]:
    """Every string constant written in desk/ui: any of them on screen in a Spanish or
    Russian window is English that escaped translation (wrapped in tr() or not)."""
    found = set()
    for path in UI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model's column count is not open to Python: it has one
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), ROWS_READ)):
            yield str(model.index(row, column, root).data() or "")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def shown_texts(top: QWidget) -> Iterator[str]:
    """The texts of ``top`` and its visible children, as they are drawn (rich text's tags
    left out)."""
    yield top.windowTitle()
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu())
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        yield widget.toolTip()
        if isinstance(widget, QLabel):
            yield _TAGS.sub("", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from _item_texts(widget)
