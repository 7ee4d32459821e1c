"""The Freeze dialog under a type's freeze policy (SPEC §3.5): a reason from the chain's
list (blank allowed only when none is required), the fee said before confirming, and the
policy's refusals shown in the dialog as any other."""

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.services.queries import membership
from desk.services.renewals import payments_due
from desk.ui.formats import money
from desk.ui.freeze_dialog import FreezeDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, writes_done
from tests.ui.family import FAMILY_CODE, sell_family_yoga


def freeze_dialog(demo, qtbot, ref="DS-0001") -> FreezeDialog:
    info = membership(demo.db, demo.membership(ref).id, DEMO_DAY)
    dialog = FreezeDialog(demo.db, demo.admin, info, DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def family_freeze(demo, qtbot) -> FreezeDialog:
    sell_family_yoga(demo)
    return freeze_dialog(demo, qtbot, FAMILY_CODE)


def reasons(dialog):
    return [dialog.reason.itemText(i) for i in range(dialog.reason.count())]


def test_without_a_required_reason_the_blank_choice_comes_first_and_no_fee_is_said(
        demo, qtbot):
    dialog = freeze_dialog(demo, qtbot)
    assert reasons(dialog) == ["", "Illness", "Travel", "Other"]
    assert dialog.freeze_button.isEnabled() and "fee" not in dialog.preview.text()


def test_a_required_reason_waits_to_be_chosen_before_freeze_is_offered(demo, qtbot):
    dialog = family_freeze(demo, qtbot)
    assert reasons(dialog) == ["Illness", "Travel", "Other"]
    assert dialog.reason.currentIndex() == -1 and not dialog.freeze_button.isEnabled()
    assert "Say why the membership is frozen" in dialog.message.text()
    dialog.reason.setCurrentIndex(dialog.reason.findText("Travel"))
    assert dialog.freeze_button.isEnabled() and dialog.message.text() == ""


def test_the_fee_is_said_before_confirming_and_becomes_a_charge_due(demo, qtbot):
    dialog = family_freeze(demo, qtbot)
    dialog.reason.setCurrentIndex(dialog.reason.findText("Illness"))
    fee = money(Decimal("10.00"), dialog.currency)
    assert f"A fee of {fee} will be due" in dialog.preview.text()
    click(qtbot, dialog.freeze_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    freeze = demo.membership(FAMILY_CODE).entries[-1]
    assert (freeze.kind.value, freeze.reason) == ("freeze", "Illness")
    assert [str(c.amount) for c in payments_due(demo.db, demo.admin)
            if c.kind == "freeze_fee"] == ["10.00"]


def test_a_freeze_shorter_than_the_policy_allows_is_refused_in_the_dialog(demo, qtbot):
    dialog = family_freeze(demo, qtbot)
    dialog.reason.setCurrentIndex(0)
    dialog.days.setValue(3)
    assert not dialog.freeze_button.isEnabled()
    assert "7 days or more" in dialog.message.text()
    dialog.until.setDate(DEMO_DAY + timedelta(days=10))
    assert dialog.freeze_button.isEnabled()


def test_enter_in_the_reason_box_only_picks_the_reason(demo, qtbot):
    dialog = family_freeze(demo, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and not demo.membership(FAMILY_CODE).frozen_on(DEMO_DAY)
