"""Void a sale and refund a membership from under its history (SPEC §3.11): each asks
first, Cancel by default; a correction the rules refuse says why."""

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.core.permissions import Role
from desk.ui.history_corrections import RefundDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, dialog_of, find_client, writes_done


def buttons(desk):
    return desk.clients.history_corrections


def test_voiding_the_days_sale_asks_then_cancels_it(desk, qtbot, demo):
    find_client(desk, qtbot, "Bob Jones")  # his PT 12 was sold on the demo's day
    qtbot.waitUntil(buttons(desk).void_button.isEnabled)
    click(qtbot, buttons(desk).void_button)
    box = dialog_of(desk, qtbot, QMessageBox)
    assert box.text().startswith("Void the sale of DS-0002?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: demo.membership("DS-0002").status_on(DEMO_DAY).value == "cancelled")
    qtbot.waitUntil(lambda: not buttons(desk).void_button.isEnabled())
    assert not buttons(desk).refund_button.isEnabled()


def test_voiding_an_earlier_days_sale_says_why_and_asks_nothing(desk, qtbot, demo):
    find_client(desk, qtbot, "Alice Smith")
    qtbot.waitUntil(buttons(desk).void_button.isEnabled)
    click(qtbot, buttons(desk).void_button)
    message = desk.clients_view.action_message
    qtbot.waitUntil(message.isVisible)
    assert "voided only the same business day" in message.text()
    assert desk.clients.dialog is None or not desk.clients.dialog.isVisible()


def open_refund(desk, qtbot) -> RefundDialog:
    find_client(desk, qtbot, "Alice Smith")
    qtbot.waitUntil(buttons(desk).refund_button.isEnabled)
    click(qtbot, buttons(desk).refund_button)
    return dialog_of(desk, qtbot, RefundDialog)


def test_the_refund_offers_what_is_owed_and_pays_back_a_lower_amount(desk, qtbot, demo):
    dialog = open_refund(desk, qtbot)
    assert dialog.amount.text() == "560.00"  # 7 of Massage 10's 10 visits of 800.00 left
    dialog.amount.setText("100")
    dialog.reason.setText("moved away")
    click(qtbot, dialog.refund_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    refund = demo.membership("DS-0001").entries[-1]
    assert (refund.kind.value, refund.amount, refund.reason) == (
        "refund", Decimal("100.00"), "moved away")


@pytest.mark.parametrize(("amount", "reason", "says"), [
    ("999", "moved away", "more than the 560.00 still owed"),
    ("560", "", "Say why the membership is refunded")])
def test_a_refused_refund_says_why_in_the_dialog_which_stays_open(desk, qtbot, demo, amount,
                                                                  reason, says):
    dialog = open_refund(desk, qtbot)
    dialog.amount.setText(amount)
    dialog.reason.setText(reason)
    click(qtbot, dialog.refund_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: says in dialog.message.text())
    assert dialog.isVisible() and demo.membership("DS-0001").closed_as is None


def test_reception_may_void_but_is_not_offered_the_refund(demo, qtbot):
    from desk.ui.app import main_window_for

    win = main_window_for(demo.db, demo.at("Downtown", Role.RECEPTION))
    qtbot.addWidget(win)
    win.show()
    win.clients.today = lambda: DEMO_DAY
    win.focus_search()
    qtbot.waitUntil(win.clients_view.sell_button.isEnabled)
    find_client(win, qtbot, "Bob Jones")
    qtbot.waitUntil(buttons(win).void_button.isEnabled)
    assert not buttons(win).refund_button.isEnabled()
