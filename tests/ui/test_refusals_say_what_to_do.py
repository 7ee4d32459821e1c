"""Refusals say what to do (SPEC §11): in the Pay dialog each reason a membership can't pay
is shown in full where it can be read, the message points to it, and the next step is a
button: Unfreeze now, Sell the same type again, or Sell a type that covers the visit. The
Sell dialog offers a new code for one already used, the Freeze dialog the days left."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QPushButton

from desk.services.memberships import freeze_membership, payment_options
from desk.services.queries import client_memberships, search_clients
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.layouts import form_dialog, grow_to_fit
from desk.ui.pay_dialog import PayDialog
from desk.ui.refusals import RefusalList
from desk.ui.sell_dialog import SellDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, writes_done


def pay_dialog(demo, qtbot, name, *, service=None, day=DEMO_DAY) -> PayDialog:
    dialog = PayDialog(demo.db, demo.admin, search_clients(demo.db, name)[0], DEMO_DAY,
                       location="Downtown")
    qtbot.addWidget(dialog)
    if service:
        dialog.choose(dialog.service, service)
    dialog.day.setDate(day)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def steps(dialog) -> list[str]:
    shown = [b.text() for b in dialog.refused.steps]
    return shown + ([dialog.covering_sale.text()] if dialog.covering_sale.isVisible() else [])


def test_the_whole_reason_is_shown_and_the_message_points_up_to_it(demo, qtbot):
    dialog = pay_dialog(demo, qtbot, "Bob Jones", service="Manicure")
    [(_, why)] = [(r.membership, r.reason) for r in payment_options(
        demo.db, client_id=dialog.client.id, service_id=dialog.service.currentData(),
        location_id=dialog.location.currentData(), day=DEMO_DAY)[1]]
    [label] = dialog.refused.labels
    assert label.text().endswith(f" — {why}") and label.text().startswith("DS-0002 · PT 12")
    assert "above" in dialog.message.text() and "below" not in dialog.message.text()


@pytest.mark.parametrize("later", [False, True], ids=["when_opened", "after_a_change"])
def test_each_reason_fits_the_room_it_is_shown_in(demo, qtbot, later):
    """The reasons come when the dialog opens, or when another day is chosen in it."""
    expired = DEMO_DAY + timedelta(days=120)
    dialog = pay_dialog(demo, qtbot, "Alice Smith", day=DEMO_DAY if later else expired)
    if later:
        dialog.day.setDate(expired)
        qtbot.wait(20)
    assert dialog.refusal_texts() and dialog.message.text()
    for label in [*dialog.refused.labels, dialog.message]:
        assert label.wordWrap() and label.isVisible()
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert label.minimumSizeHint().width() <= label.width()
        inside = QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())
        assert dialog.rect().contains(inside), label.text()


def test_a_dialog_grows_to_fit_long_reasons_that_come_once_it_is_open(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    reasons = RefusalList()
    form_dialog(dialog, [("Can't pay", reasons)], QPushButton("Close"))
    dialog.show()
    qtbot.waitExposed(dialog)
    long = " ".join(["a reason in many words that takes more than a line"] * 4)
    for number in range(6):
        reasons.add(f"{number}: {long}", "Unfreeze now", lambda _button: None)
    grow_to_fit(dialog)
    qtbot.wait(20)
    assert reasons.texts() == [f"{n}: {long}" for n in range(6)]
    for label in reasons.labels:
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert dialog.rect().contains(QRect(label.mapTo(dialog, QPoint(0, 0)), label.size()))


def test_a_frozen_membership_offers_unfreeze_now_and_then_pays(demo, qtbot):
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=5),
                      day=DEMO_DAY)
    dialog = pay_dialog(demo, qtbot, "Alice Smith")
    assert dialog.usable.count() == 0 and steps(dialog) == ["Unfreeze now"]
    click(qtbot, dialog.refused.steps[0])
    writes_done(qtbot)
    assert dialog.usable.count() == 1 and dialog.pay_button.isEnabled()
    assert dialog.refusal_texts() == [] and dialog.message.text() == ""
    [alice] = client_memberships(demo.db, dialog.client.id, DEMO_DAY)
    assert alice.status == "active"


def test_an_expired_membership_offers_its_type_again(demo, qtbot):
    dialog = pay_dialog(demo, qtbot, "Alice Smith", day=DEMO_DAY + timedelta(days=120))
    assert "expired" in dialog.refusal_texts()[0] and steps(dialog) == ["Sell Massage 10"]
    click(qtbot, dialog.refused.steps[0])
    sell = dialog.sell_dialog
    qtbot.waitUntil(sell.isVisible)
    assert sell.chosen_type().name == "Massage 10" and sell.location.currentText() == "Downtown"


def test_no_membership_that_covers_the_service_offers_the_type_that_does(demo, qtbot):
    dialog = pay_dialog(demo, qtbot, "Emma Brown", service="Yoga class")
    assert dialog.refusal_texts() == [] and steps(dialog) == ["Sell Yoga 8"]
    assert dialog.message.text() == "No membership of this client can pay this visit."
    click(qtbot, dialog.covering_sale)
    sell = dialog.sell_dialog
    qtbot.waitUntil(sell.isVisible)
    assert sell.chosen_type().name == "Yoga 8" and sell.client is dialog.client
    click(qtbot, sell.sell_button)
    writes_done(qtbot)
    assert sell.sold is not None
    assert dialog.usable.count() == 1 and dialog.pay_button.isEnabled()
    assert not dialog.covering_sale.isVisible()


def test_a_membership_that_does_not_include_the_service_offers_one_that_does(demo, qtbot):
    dialog = pay_dialog(demo, qtbot, "Alice Smith", service="Manicure")
    assert "does not include" in dialog.refusal_texts()[0]
    assert steps(dialog) == ["Sell Nails split"]


def test_while_a_membership_can_pay_no_next_step_is_offered(demo, qtbot):
    dialog = pay_dialog(demo, qtbot, "Alice Smith")
    assert dialog.usable.count() == 1 and steps(dialog) == [] and dialog.message.text() == ""


# the Sell and Freeze dialogs -------------------------------------------------------------
def test_a_code_already_used_offers_to_generate_one_and_then_sells(demo, qtbot):
    sell = SellDialog(demo.db, demo.admin, search_clients(demo.db, "Emma")[0], DEMO_DAY)
    qtbot.addWidget(sell)
    sell.show()
    qtbot.waitExposed(sell)
    assert sell.generate_step.isHidden()
    sell.code.setText("DS-0001")
    click(qtbot, sell.sell_button)
    writes_done(qtbot)
    assert "'DS-0001' is already used" in sell.message.text() and sell.sold is None
    assert sell.generate_step.isVisible()
    click(qtbot, sell.generate_step)
    assert sell.generate.isChecked() and sell.generate_step.isHidden()
    click(qtbot, sell.sell_button)
    writes_done(qtbot)
    assert sell.sold is not None and sell.sold.number not in (None, "DS-0001")


def test_a_freeze_longer_than_the_days_left_offers_the_days_left(demo, qtbot):
    alice = client_memberships(demo.db, search_clients(demo.db, "Alice")[0].id, DEMO_DAY)[0]
    freeze = FreezeDialog(demo.db, demo.admin, alice, DEMO_DAY)
    qtbot.addWidget(freeze)
    freeze.show()
    qtbot.waitExposed(freeze)
    assert freeze.days_left_step.isHidden()
    freeze.days.setValue(40)
    assert not freeze.freeze_button.isEnabled() and freeze.days_left_step.isVisible()
    assert freeze.days_left_step.text() == "Freeze for 30 days"
    click(qtbot, freeze.days_left_step)
    assert freeze.days.value() == 30 and freeze.freeze_button.isEnabled()
    assert freeze.days_left_step.isHidden() and freeze.message.text() == ""
