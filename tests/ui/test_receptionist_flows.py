"""The receptionist's actions in the clients view, driven through the widgets on the demo
chain: new/edit client, sell, pay a visit and undo it, freeze and unfreeze, the receipt."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from desk.ui import formats
from desk.ui.client_dialog import ClientDialog
from desk.ui.formats import day
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.pay_dialog import PayDialog
from desk.ui.sell_dialog import SellDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import (
    CTRL,
    LEFT,
    SHIFT,
    click,
    find_client,
    open_by_keys,
    shown,
    writes_done,
)


def choose_type(qtbot, dialog: SellDialog, name: str) -> None:
    [item] = dialog.types.findItems(name, Qt.MatchFlag.MatchStartsWith)
    rect = dialog.types.visualItemRect(item)
    qtbot.mouseClick(dialog.types.viewport(), LEFT, pos=rect.center())
    assert dialog.chosen_type().name == name


def sell_massage_10_to_emma(desk, qtbot) -> SellDialog:
    find_client(desk, qtbot, "Emma Brown")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL, SellDialog)
    assert dialog.location.currentText() == "Downtown"
    choose_type(qtbot, dialog, "Massage 10")
    assert dialog.price.text() == "800.00"
    click(qtbot, dialog.sell_button)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Sold"))
    return dialog


def test_selling_a_massage_10_to_emma_shows_it_on_her_card(desk, qtbot):
    dialog = sell_massage_10_to_emma(desk, qtbot)
    assert "Emma Brown" in dialog.result.text()
    assert day(date(2026, 6, 15)) in dialog.result.text()
    view = desk.clients_view
    qtbot.waitUntil(lambda: shown(view.memberships_model, 1) == ["Massage 10"])
    assert shown(view.memberships_model, 3) == ["10 left"]


def test_the_sell_dialog_offers_only_types_sellable_at_the_location(desk, qtbot):
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL, SellDialog)
    names = [dialog.types.item(i).text().split(" · ")[0] for i in range(dialog.types.count())]
    assert names == ["Massage 10", "Nails split", "PT 12", "Yoga 8"]  # Old promo is archived
    dialog.location.setCurrentIndex(dialog.location.findText("Airport"))
    names = [dialog.types.item(i).text().split(" · ")[0] for i in range(dialog.types.count())]
    assert names == ["PT 12", "Yoga 8"]


def test_a_no_code_sale_without_a_client_shows_the_client_required_message(desk, qtbot):
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL, SellDialog)
    choose_type(qtbot, dialog, "Massage 10")
    click(qtbot, dialog.sell_button)
    writes_done(qtbot)
    assert "must be sold to a client" in dialog.message.text()
    assert dialog.sold is None and dialog.message.property("role") == "error"


def test_a_generated_code_is_shown_after_the_sale(desk, qtbot):
    find_client(desk, qtbot, "Emma Brown")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL, SellDialog)
    choose_type(qtbot, dialog, "PT 12")
    click(qtbot, dialog.generate)
    click(qtbot, dialog.sell_button)
    qtbot.waitUntil(lambda: dialog.sold is not None)
    assert dialog.sold.number and dialog.sold.number in dialog.result.text()


def test_the_receipt_of_a_sale_is_saved_as_a_pdf(desk, qtbot, tmp_path):
    dialog = sell_massage_10_to_emma(desk, qtbot)
    target = tmp_path / "receipt.pdf"
    dialog.ask_path = lambda _parent, _suggested: str(target)
    click(qtbot, dialog.receipt_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Demo Studio" in dialog.receipt().chain and "Receipt saved" in dialog.result.text()


def test_the_receipt_is_proposed_in_the_documents_folder_named_for_the_membership(desk, qtbot):
    dialog = sell_massage_10_to_emma(desk, qtbot)
    asked = []
    dialog.ask_path = lambda _parent, suggested: asked.append(suggested) or ""
    click(qtbot, dialog.receipt_button)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"receipt {dialog.sold.number}.pdf" if dialog.sold.number else "receipt.pdf"
    assert asked == [str(Path(documents) / name)]


def pay_dialog(desk, qtbot) -> PayDialog:
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_P, CTRL, PayDialog)
    assert dialog.day.date().toPython() == DEMO_DAY
    return dialog


def test_a_visit_paid_with_the_new_membership_can_be_undone_right_there(desk, qtbot):
    sell_massage_10_to_emma(desk, qtbot).accept()
    dialog = pay_dialog(desk, qtbot)
    qtbot.keyClicks(dialog.service, "Classic")
    assert (dialog.service.currentText(), dialog.location.currentText()) == (
        "Classic massage", "Downtown")
    assert dialog.chosen().type == "Massage 10"  # the only usable one, pre-selected
    click(qtbot, dialog.pay_button)
    writes_done(qtbot)
    assert "9 left" in dialog.result.text()
    view = desk.clients_view
    qtbot.waitUntil(lambda: shown(view.memberships_model, 3) == ["9 left"])
    click(qtbot, dialog.undo_button)
    writes_done(qtbot)
    assert "undone" in dialog.result.text() and not dialog.undo_button.isEnabled()
    qtbot.waitUntil(lambda: shown(view.memberships_model, 3) == ["10 left"])


def test_a_refused_payment_shows_the_reason(desk, qtbot):
    find_client(desk, qtbot, "Bob Jones")
    dialog = pay_dialog(desk, qtbot)
    qtbot.keyClicks(dialog.service, "Manicure")
    assert dialog.service.currentText() == "Manicure"
    assert dialog.usable.count() == 0 and not dialog.pay_button.isEnabled()
    [why] = dialog.refusal_texts()
    assert "DS-0002" in why and "does not include this service" in why
    assert "No membership of this client can pay" in dialog.message.text()


def test_freezing_previews_days_left_and_the_new_expiry_then_unfreezing_undoes_it(desk, qtbot):
    sell_massage_10_to_emma(desk, qtbot).accept()
    view = desk.clients_view
    qtbot.waitUntil(view.freeze_button.isEnabled)
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_F, CTRL | SHIFT, FreezeDialog)
    dialog.days.selectAll()
    qtbot.keyClicks(dialog.days, "5")
    assert dialog.until.date().toPython().isoformat() == "2026-03-20"
    assert "Freezing days left: 30 (25 after this freeze)" in dialog.preview.text()
    assert f"New expiry: {day(date(2026, 6, 20))}" in dialog.preview.text()
    click(qtbot, dialog.freeze_button)
    qtbot.waitUntil(lambda: shown(view.memberships_model, 2) == ["Frozen"])
    assert shown(view.memberships_model, 4) == [formats.day(date(2026, 6, 20))]
    assert view.unfreeze_button.isEnabled() and not view.freeze_button.isEnabled()
    click(qtbot, view.unfreeze_button)
    qtbot.waitUntil(lambda: shown(view.memberships_model, 2) == ["Active"])
    assert shown(view.memberships_model, 4) == [
        formats.day(date(2026, 6, 15))]  # no day was actually frozen


def test_the_unfreeze_date_and_the_days_stay_in_step(desk, qtbot):
    find_client(desk, qtbot, "Alice Smith")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_F, CTRL | SHIFT, FreezeDialog)
    dialog.until.setDate(dialog.until.date().addDays(3))
    assert dialog.days.value() == 10


def test_a_freeze_over_the_limit_is_refused_before_confirming(desk, qtbot):
    find_client(desk, qtbot, "Alice Smith")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_F, CTRL | SHIFT, FreezeDialog)
    dialog.days.selectAll()
    qtbot.keyClicks(dialog.days, "40")
    assert "40 days asked, 30 days of freezing left" in dialog.message.text()
    assert not dialog.freeze_button.isEnabled()


def test_actions_are_offered_only_when_they_make_sense(desk, qtbot):
    view = desk.clients_view
    assert view.new_client_button.isEnabled() and view.sell_button.isEnabled()
    assert not view.pay_button.isEnabled() and not view.edit_client_button.isEnabled()
    find_client(desk, qtbot, "Carla")  # her Yoga 8 is issued: nothing to freeze yet
    assert view.pay_button.isEnabled() and view.edit_client_button.isEnabled()
    assert not view.freeze_button.isEnabled() and not view.unfreeze_button.isEnabled()


def test_a_new_client_with_an_invalid_phone_shows_why_then_saves_any_format(desk, qtbot):
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL | SHIFT, ClientDialog)
    qtbot.keyClicks(dialog.name, "Frank Lee")
    qtbot.keyClicks(dialog.phone, "12345")
    click(qtbot, dialog.save_button)
    writes_done(qtbot)
    assert "'12345' is too short for a phone number" in dialog.message.text()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "(212) 555-01")
    assert dialog.message.text() != ""  # not a whole number yet: the reason stays
    qtbot.keyClicks(dialog.phone, "99")
    assert dialog.phone_hint.text() == "Saved as +1 212-555-0199"
    assert dialog.message.text() == ""  # fixed: the red reason is gone
    click(qtbot, dialog.save_button)
    view = desk.clients_view
    qtbot.waitUntil(lambda: shown(view.clients_model, 1) == ["+1 212-555-0199"])
    assert shown(view.clients_model) == ["Frank Lee"] and not dialog.isVisible()


def test_editing_a_client_refuses_an_invalid_phone_and_saves_a_new_name(desk, qtbot):
    find_client(desk, qtbot, "Alice Smith")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_E, CTRL, ClientDialog)
    assert dialog.phone.text() == "+1 212-555-0101"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "call me")
    click(qtbot, dialog.save_button)
    writes_done(qtbot)
    assert "is not a valid phone number" in dialog.message.text()
    dialog.phone.setText("+1 212 555 0101")
    dialog.name.setText("Alice Smith-Jones")
    click(qtbot, dialog.save_button)
    view = desk.clients_view
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Alice Smith-Jones"])
    assert shown(view.memberships_model) == ["DS-0001"]


def test_a_later_visit_date_shows_the_membership_greyed_as_expired(desk, qtbot):
    find_client(desk, qtbot, "Alice Smith")
    dialog = pay_dialog(desk, qtbot)
    dialog.day.setFocus()
    dialog.day.setDate(dialog.day.date().addMonths(3))
    assert dialog.usable.count() == 0 and not dialog.pay_button.isEnabled()
    assert "DS-0001 expired on 2026-05-13" in dialog.refusal_texts()[0]


def test_a_change_announced_elsewhere_refreshes_the_open_client(desk, qtbot, demo):
    from desk.services.memberships import sell_membership
    from desk.ui.operations import Changed, events

    find_client(desk, qtbot, "Emma Brown")
    sell_membership(demo.db, demo.admin, type_id=demo.type_id("PT 12"),
                    location_id=demo.location("Downtown"), client_id=demo.client("Emma Brown"),
                    code="GIFT-1", day=DEMO_DAY)
    events.sig_changed.emit(Changed.MEMBERSHIPS)  # as the door does after an import
    qtbot.waitUntil(lambda: shown(desk.clients_view.memberships_model) == ["GIFT-1"])


def test_every_action_has_a_name_and_tells_its_shortcut(desk):
    for button in desk.clients_view.action_buttons:
        assert button.accessibleName() and "Ctrl+" in button.toolTip()
