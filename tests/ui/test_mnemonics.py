"""Alt+letter does what its underline says: within one window (the menu bar, the tabs, and
the buttons, check boxes and labelled fields on screen) each letter is used once, and a
label's letter moves the focus to a field that takes it."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from desk.services.queries import client_memberships
from desk.services.type_queries import type_form_choices
from desk.ui.booking_dialog import BookingDialog
from desk.ui.client_dialog import ClientDialog
from desk.ui.closure_dialog import CloseLocationDialog
from desk.ui.conflicts_view import ConflictsView
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.history_transfer import TransferDialog
from desk.ui.login_dialog import LoginDialog
from desk.ui.outbox_view import OutboxView
from desk.ui.pay_dialog import PayDialog
from desk.ui.payments_due_view import PaymentsDueView
from desk.ui.reopen_dialog import ReopenLocationDialog
from desk.ui.sell_dialog import SellDialog
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.share_dialog import ShareDialog
from desk.ui.type_editor import TypeEditor
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import dialog_of, find_client, open_by_keys, press
from tests.ui.family import sell_family_yoga
from tests.ui.test_receptionist_flows import choose_type

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def takes_focus(buddy: QWidget | None, top: QWidget) -> bool:
    """A label's buddy takes the focus (Qt gives it only to a buddy that does, through its
    focus proxy if any) and is on screen."""
    if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    while buddy.focusProxy() is not None:
        buddy = buddy.focusProxy()
    return buddy.isVisibleTo(top)


def mnemonics(top: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """Letter -> what uses it in ``top`` as it is on screen now, and the labels whose
    letter leads nowhere."""
    used: dict[str, list[str]] = defaultdict(list)
    broken: list[str] = []

    def use(text: str, what: str) -> None:
        if key := letter(text):
            used[key].append(f"{what} {text!r}")

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            use(action.text(), "menu")
    for bar in top.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            for i in range(bar.count()):
                use(bar.tabText(i), "tab")
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and not isinstance(button.parent(), QTabBar):
            use(button.text(), type(button).__name__)
    for box in top.findChildren(QGroupBox):
        if box.isVisibleTo(top):
            use(box.title(), "group")
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not letter(label.text()) \
                or label.textFormat() == Qt.TextFormat.RichText:
            continue
        use(label.text(), "label")
        if not takes_focus(label.buddy(), top):
            broken.append(label.text())
    return used, broken


def clashes(top: QWidget) -> list[str]:
    used, broken = mnemonics(top)
    found = [f"Alt+{key.upper()}: {', '.join(whats)}" for key, whats in sorted(used.items())
             if len(whats) > 1]
    return found + [f"label {text!r} has no field to go to" for text in broken]


def menu_clashes(menu: QMenu) -> list[str]:
    """Within one open menu (and each of its submenus) each letter once."""
    used: dict[str, list[str]] = defaultdict(list)
    inner: list[str] = []
    for action in menu.actions():
        if (key := letter(action.text())) and action.isVisible():
            used[key].append(action.text())
        if action.menu():
            inner += menu_clashes(action.menu())
    return inner + [f"{menu.title()!r} Alt+{k.upper()}: {', '.join(v)}"
                    for k, v in used.items() if len(v) > 1]


def every_tab(window: QMainWindow):
    """The main window with each of its tabs (and each tab's own tabs) in front."""
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        inner = [t for t in window.tabs.currentWidget().findChildren(QTabWidget)
                 if t.isVisibleTo(window)]
        if isinstance(window.tabs.currentWidget(), QTabWidget):
            inner.insert(0, window.tabs.currentWidget())
        if not inner:
            yield window.tabs.tabText(i)
            continue
        for tabs in inner:
            for j in range(tabs.count()):
                tabs.setCurrentIndex(j)
                yield f"{window.tabs.tabText(i)} / {tabs.tabText(j)}"


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {problem}" for where, problems in found.items()
                     for problem in problems)


@pytest.fixture(params=["en", "es", "ru"])
def language(request):
    """Each language chooses its own letters: the window is read in all three."""
    from desk.ui.i18n import install_language

    install_language(request.param)
    return request.param


def test_the_main_window_has_each_letter_once_on_every_tab(language, desk, qtbot):
    found = {}
    for where in every_tab(desk):
        qtbot.wait(10)
        if problems := clashes(desk):
            found[where] = problems
    assert not found, report(found)


def test_each_menu_has_each_letter_once(language, desk):
    problems = [p for action in desk.menuBar().actions() if action.menu()
                for p in menu_clashes(action.menu())]
    assert not problems, "\n".join(problems)


def dialogs(demo):
    """Every dialog of the desk, made as the window makes it, on the demo chain."""
    with demo.db.read() as uow:
        alice = uow.reference.client(demo.client("Alice Smith"))
        yoga = uow.types.by_name("Yoga 8")
        family = uow.types.by_name("Family yoga")
    [membership] = client_memberships(demo.db, alice.id, DEMO_DAY)
    shared = sell_family_yoga(demo)
    admin = demo.at("Downtown")
    return {
        "booking": lambda: BookingDialog(demo.db, admin, alice, today=DEMO_DAY),
        "new client": lambda: ClientDialog(demo.db, admin),
        "edit client": lambda: ClientDialog(demo.db, admin, alice),
        "conflicts": lambda: ConflictsView(demo.db, admin),
        "freeze": lambda: FreezeDialog(demo.db, admin, membership, DEMO_DAY),
        "freeze with a reason": lambda: FreezeDialog(demo.db, admin, shared, DEMO_DAY),
        "share": lambda: ShareDialog(demo.db, admin, shared, DEMO_DAY),
        "transfer": lambda: TransferDialog(demo.db, admin, membership, DEMO_DAY),
        "close location": lambda: CloseLocationDialog(demo.db, admin, DEMO_DAY),
        "reopen location": lambda: ReopenLocationDialog(demo.db, admin, DEMO_DAY),
        "family type editor": lambda: TypeEditor(type_form_choices(demo.db), family),
        "login": lambda: LoginDialog(demo.db),
        "outbox": lambda: OutboxView(demo.db, admin),
        "pay": lambda: PayDialog(demo.db, admin, alice, DEMO_DAY),
        "payments due": lambda: PaymentsDueView(demo.db, admin),
        "sell": lambda: SellDialog(demo.db, admin, alice, DEMO_DAY),
        "settings": lambda: SettingsDialog(demo.db, admin),
        "type editor": lambda: TypeEditor(type_form_choices(demo.db), yoga),
        "new type": lambda: TypeEditor(type_form_choices(demo.db), None),
    }


def dialog_pages(dialog):
    """The dialog, and again with each page of its tabs in front."""
    tabs = dialog.findChildren(QTabWidget)
    if not tabs:
        yield ""
        return
    for t in tabs:
        for i in range(t.count()):
            t.setCurrentIndex(i)
            yield f" / {t.tabText(i)}"


def test_every_dialog_has_each_letter_once(language, demo, desk, qtbot):
    found = {}
    for name, make in dialogs(demo).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        for page in dialog_pages(dialog):
            if problems := clashes(dialog):
                found[name + page] = problems
        dialog.close()
    assert not found, report(found)


def test_alt_g_then_enter_sells_with_a_generated_code(desk, qtbot):

    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    find_client(desk, qtbot, "Emma Brown")
    open_by_keys(desk, qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, SellDialog)
    sell = dialog_of(desk, qtbot, SellDialog)
    choose_type(qtbot, sell, "Massage 10")
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(sell.generate.isChecked)  # a mnemonic clicks after a short animation
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sell.sold is not None)
    assert sell.sold.number  # generated: Enter sold, it did not turn Generate off


@pytest.mark.parametrize(("key", "field"), [(Qt.Key.Key_P, "price"),
                                            (Qt.Key.Key_V, "validity")])
def test_the_type_editors_letters_reach_their_fields(demo, qtbot, key, field):

    editor = TypeEditor(type_form_choices(demo.db), None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.name.setFocus()
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    target = editor.price if field == "price" else editor.validity.amount
    qtbot.waitUntil(target.hasFocus)
