"""Safe keys (SPEC §11): no key press or double click pays, sells or books twice. After an
operation the dialog's default button is Close, and Enter in a combo box only picks the item."""

import ast
import re
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from desk.services import sync
from desk.services.queries import client_memberships, search_clients
from desk.services.type_queries import list_types, type_form_choices
from desk.sync.conflicts import Conflict
from desk.ui.booking_dialog import BookingDialog
from desk.ui.client_dialog import ClientDialog
from desk.ui.conflicts_view import ConflictsView
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.layouts import ChoiceBox, form_dialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.sell_dialog import SellDialog
from desk.ui.type_editor import TypeEditor
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import (
    ALT,
    CTRL,
    SHIFT,
    back_to_desk,
    click,
    close_dialog,
    dialog_of,
    double_click,
    find_client,
    press,
    shown,
    type_text,
    writes_done,
)
from tests.ui.test_booking_dialog import DEMO_MORNING

ENTER = Qt.Key.Key_Return
DESK_UI = Path(__file__).parents[2] / "desk" / "ui"


@pytest.fixture
def at_the_desk(desk, qtbot):
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    return desk


def visits_left(demo, client_name):
    return [m.remaining for m in client_memberships(demo.db, demo.client(client_name), DEMO_DAY)]


def press_enter_where_the_focus_is(desk, qtbot, dialog):
    if not dialog.isVisible():
        back_to_desk(desk, qtbot, dialog)  # as the window manager does when a dialog closes
    press(qtbot, ENTER)


def pay_dialog_for(desk, qtbot, client_name) -> PayDialog:
    find_client(desk, qtbot, client_name)
    press(qtbot, Qt.Key.Key_P, CTRL)
    return dialog_of(desk, qtbot, PayDialog)


def test_enter_pressed_five_times_after_a_payment_pays_once(at_the_desk, qtbot, demo):
    assert visits_left(demo, "Alice Smith") == [7]
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: shown(at_the_desk.clients_view.memberships_model, 3) == ["6 left"])
    for _ in range(5):
        press_enter_where_the_focus_is(at_the_desk, qtbot, pay)
    assert not pay.isVisible()
    assert visits_left(demo, "Alice Smith") == [6]


def test_after_a_payment_close_is_the_default_button_and_has_the_focus(at_the_desk, qtbot):
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    assert pay.close_button.isDefault() and not pay.pay_button.isDefault()
    assert QApplication.focusWidget() is pay.close_button
    assert not pay.pay_button.isEnabled()


def test_a_double_click_on_pay_pays_once(at_the_desk, qtbot, demo):
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    double_click(qtbot, pay.pay_button)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    assert visits_left(demo, "Alice Smith") == [6]


def test_typing_a_service_name_and_enter_in_the_service_box_pays_nothing(at_the_desk, qtbot,
                                                                          demo):
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is pay.service
    type_text(qtbot, "Sports")
    press(qtbot, ENTER)
    assert pay.service.currentText() == "Sports massage" and pay.isVisible()
    assert visits_left(demo, "Alice Smith") == [7]
    press(qtbot, Qt.Key.Key_M, ALT)  # off the combo box, on to the memberships: Enter pays
    press(qtbot, ENTER)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    assert visits_left(demo, "Alice Smith") == [6]


def test_choosing_another_service_after_a_payment_offers_pay_again(at_the_desk, qtbot):
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, ENTER)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    pay.choose(pay.service, "Sports massage")
    assert pay.pay_button.isEnabled() and pay.close_button.isDefault()


def test_undoing_the_payment_offers_pay_again(at_the_desk, qtbot):
    pay = pay_dialog_for(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, ENTER)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    press(qtbot, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(pay.pay_button.isEnabled)
    assert pay.close_button.isDefault()


def test_enter_pressed_again_after_a_sale_sells_once(at_the_desk, qtbot, demo):
    find_client(at_the_desk, qtbot, "Emma Brown")
    press(qtbot, Qt.Key.Key_N, CTRL)
    sell = dialog_of(at_the_desk, qtbot, SellDialog)
    sell.ask_path = lambda _parent, _suggested: pytest.fail("Enter asked for a receipt")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: sell.result.text().startswith("Sold"))
    assert sell.close_button.isDefault() and QApplication.focusWidget() is sell.close_button
    for _ in range(3):
        press_enter_where_the_focus_is(at_the_desk, qtbot, sell)
    assert visits_left(demo, "Emma Brown") == [10]


def test_a_double_click_on_sell_sells_once(at_the_desk, qtbot, demo):
    find_client(at_the_desk, qtbot, "Emma Brown")
    press(qtbot, Qt.Key.Key_N, CTRL)
    sell = dialog_of(at_the_desk, qtbot, SellDialog)
    double_click(qtbot, sell.sell_button)
    qtbot.waitUntil(lambda: sell.result.text().startswith("Sold"))
    assert visits_left(demo, "Emma Brown") == [10]


def test_a_double_click_on_freeze_freezes_once(at_the_desk, qtbot):
    find_client(at_the_desk, qtbot, "Alice Smith")
    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    freeze = dialog_of(at_the_desk, qtbot, FreezeDialog)
    double_click(qtbot, freeze.freeze_button)
    qtbot.waitUntil(lambda: at_the_desk.clients.current_membership().status == "frozen")
    assert freeze.message.text() == "" and not freeze.isVisible()
    assert shown(at_the_desk.clients_view.history_model, 1).count("Freeze") == 1


def test_a_double_click_on_save_adds_the_client_once(at_the_desk, qtbot, demo):
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = dialog_of(at_the_desk, qtbot, ClientDialog)
    qtbot.keyClicks(dialog.name, "Frank Lee")
    qtbot.keyClicks(dialog.phone, "(212) 555-0199")
    double_click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.message.text() == ""
    assert [c.name for c in search_clients(demo.db, "Frank")] == ["Frank Lee"]


# a second payment of the same service that day ---------------------------------------------
def answer_the_question(qtbot, answer) -> list[tuple[str, str]]:
    """When the question comes, note its text and default button, then ``answer(box)``."""
    seen = []

    def when_asked() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, when_asked)
            return
        seen.append((box.text(), box.defaultButton().text()))
        answer(box)

    QTimer.singleShot(0, when_asked)
    return seen


def alice_paid_once_then_a_new_pay_dialog(desk, qtbot) -> PayDialog:
    pay = pay_dialog_for(desk, qtbot, "Alice Smith")
    press(qtbot, ENTER)
    qtbot.waitUntil(pay.undo_button.isEnabled)
    close_dialog(desk, qtbot, pay)
    press(qtbot, Qt.Key.Key_P, CTRL)
    return dialog_of(desk, qtbot, PayDialog)


@pytest.mark.parametrize("key", [ENTER, Qt.Key.Key_Escape], ids=["enter", "esc"])
def test_a_second_payment_of_the_service_that_day_asks_and_a_key_cancels(at_the_desk, qtbot,
                                                                         demo, key):
    again = alice_paid_once_then_a_new_pay_dialog(at_the_desk, qtbot)
    seen = answer_the_question(qtbot, lambda box: qtbot.keyClick(box, key))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: seen != [])
    [(question, default)] = seen
    asked = re.fullmatch(r"Alice Smith already had Classic massage today at (.+) "
                         r"\(Downtown\)\. Pay another visit\?", question)
    assert asked, question
    short_time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)  # the window's clock
    assert QTime.fromString(asked.group(1), short_time).isValid(), question
    assert default == "Cancel"
    writes_done(qtbot)
    assert visits_left(demo, "Alice Smith") == [6] and again.pay_button.isEnabled()


def test_a_second_payment_is_made_only_on_an_explicit_yes(at_the_desk, qtbot, demo):
    again = alice_paid_once_then_a_new_pay_dialog(at_the_desk, qtbot)
    seen = answer_the_question(
        qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(qtbot, ENTER)
    qtbot.waitUntil(again.undo_button.isEnabled)
    assert len(seen) == 1 and visits_left(demo, "Alice Smith") == [5]


def test_another_service_the_same_day_pays_without_asking(at_the_desk, qtbot, demo):
    again = alice_paid_once_then_a_new_pay_dialog(at_the_desk, qtbot)
    again.ask_again = lambda *_: pytest.fail("asked about another service")
    again.choose(again.service, "Sports massage")
    click(qtbot, again.pay_button)
    qtbot.waitUntil(again.undo_button.isEnabled)
    assert visits_left(demo, "Alice Smith") == [5]


# booking -----------------------------------------------------------------------------------
def bookings_of(demo, client_name):
    with demo.db.read() as uow:
        return uow.bookings.pending_for_client(demo.client(client_name))


@pytest.fixture
def booking(demo, qtbot) -> BookingDialog:
    """Bob's booking of personal training at the Airport, the service ticked by keys."""
    client = search_clients(demo.db, "Bob")[0]
    dialog = BookingDialog(demo.db, demo.admin, client, now=DEMO_MORNING)
    qtbot.addWidget(dialog)
    dialog.location.setCurrentText("Airport")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.services.setFocus()
    [item] = dialog.services.findItems("Personal training", Qt.MatchFlag.MatchExactly)
    dialog.services.setCurrentItem(item)
    press(qtbot, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    return dialog


def test_enter_twice_in_the_booking_dialog_books_once(booking, qtbot, demo):
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: booking.result.text().startswith("Booked"))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: not booking.isVisible())
    assert len(bookings_of(demo, "Bob Jones")) == 1


def test_a_double_click_on_check_and_book_books_once(booking, qtbot, demo):
    double_click(qtbot, booking.book_button)
    qtbot.waitUntil(lambda: booking.result.text().startswith("Booked"))
    assert len(bookings_of(demo, "Bob Jones")) == 1
    assert booking.close_button.isDefault()


def test_enter_in_the_location_box_of_the_booking_dialog_books_nothing(booking, qtbot, demo):
    booking.location.setFocus()
    press(qtbot, ENTER)
    assert booking.result.text() == "" and bookings_of(demo, "Bob Jones") == []


# combo boxes -------------------------------------------------------------------------------
@pytest.fixture
def dialog_with_a_default_button(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.box = ChoiceBox(editable=True)
    dialog.box.addItems(["Classic massage", "Manicure", "Sports massage"])
    dialog.pay = QPushButton("Pay", default=True)
    dialog.clicks = []
    dialog.pay.clicked.connect(lambda: dialog.clicks.append("pay"))
    form_dialog(dialog, [("Service", dialog.box)], dialog.pay)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.box.setFocus()
    return dialog


@pytest.mark.parametrize(("typed", "picked"), [
    ("Sports", "Sports massage"),  # completed as typed
    ("Manicure", "Manicure"),
    ("Pedicure", "Classic massage"),  # no such item: none is added, the choice stays
])
def test_enter_in_an_editable_combo_box_picks_the_typed_item_and_clicks_nothing(
        dialog_with_a_default_button, qtbot, typed, picked):
    dialog = dialog_with_a_default_button
    dialog.box.lineEdit().clear()
    qtbot.keyClicks(dialog.box, typed)
    qtbot.keyClick(dialog.box, ENTER)
    box = dialog.box
    assert (box.itemText(box.currentIndex()), box.count(), dialog.clicks) == (picked, 3, [])
    qtbot.keyClick(dialog.pay, ENTER)  # the focus on the button: Enter is the dialog's again
    assert dialog.clicks == ["pay"]


def test_every_combo_box_of_the_desk_is_one_where_enter_only_picks():
    """A plain QComboBox passes Enter on to the dialog's default button."""
    plain = [f"{path.name}:{node.lineno}" for path in sorted(DESK_UI.glob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QComboBox"]
    assert plain == []


def shown_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def alice_of(demo):
    return search_clients(demo.db, "Alice")[0]


def nothing_written(demo) -> bool:
    return visits_left(demo, "Alice Smith") == [7] and bookings_of(demo, "Alice Smith") == []


# (dialog, its combo box, what is typed there, the item that is then chosen)
COMBO_BOXES = [
    ("pay", "service", "Sports", "Sports massage"),
    ("pay", "location", "Riv", "Riverside"),
    ("sell", "location", "Air", "Airport"),
    ("sell", "method", "tr", "transfer"),
    ("booking", "location", "Air", "Airport"),
    ("type_editor", "mode", "Sp", "Split — visits counted separately for each service"),
]
OPEN = {
    "pay": lambda demo: PayDialog(demo.db, demo.admin, alice_of(demo), DEMO_DAY,
                                  location="Downtown"),
    "sell": lambda demo: SellDialog(demo.db, demo.admin, alice_of(demo), DEMO_DAY),
    "booking": lambda demo: BookingDialog(demo.db, demo.admin, alice_of(demo),
                                          now=DEMO_MORNING),
    "type_editor": lambda demo: TypeEditor(type_form_choices(demo.db),
                                           list_types(demo.db)[0].type),
}


@pytest.mark.parametrize(("kind", "box", "typed", "picked"), COMBO_BOXES,
                         ids=[f"{k}-{b}" for k, b, *_ in COMBO_BOXES])
def test_typing_into_a_combo_box_and_enter_only_picks_the_item(demo, qtbot, kind, box, typed,
                                                               picked):
    dialog = shown_dialog(qtbot, OPEN[kind](demo))
    if kind == "booking":  # a service ticked: Enter on the default button would book it
        dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    clicked = []
    for button in dialog.findChildren(QPushButton):
        button.clicked.connect(lambda *_, b=button: clicked.append(b.text()))
    combo = getattr(dialog, box)
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    qtbot.keyClick(combo, ENTER)
    writes_done(qtbot)
    assert (combo.currentText(), clicked) == (picked, []) and dialog.isVisible()
    assert QApplication.focusWidget() is combo and nothing_written(demo)
    assert kind != "sell" or dialog.sold is None


# sync conflicts ----------------------------------------------------------------------------
def test_a_double_click_on_charge_resolves_the_overdraft_once(demo, qtbot, monkeypatch):
    open_conflicts = [Conflict("overdraft", ("membership-1",), "EMMA-1", "2 visits, 1 left")]
    resolved, resolving = [], threading.Event()

    def resolve(_db, _actor, membership_id, how, amount=None):
        resolving.wait(5)  # the work takes a moment: the second click comes meanwhile
        resolved.append((membership_id, how))
        open_conflicts.clear()

    monkeypatch.setattr(sync, "conflicts", lambda _db: list(open_conflicts))
    monkeypatch.setattr(sync, "overdraft_amount", lambda _db, _m, _how: Decimal("80.00"))
    monkeypatch.setattr(sync, "resolve_overdraft", resolve)
    view = ConflictsView(demo.db, demo.admin)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    double_click(qtbot, view.buttons["charge"])
    resolving.set()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert resolved == [("membership-1", "charge")]
