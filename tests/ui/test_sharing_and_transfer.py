"""Share… on the client's card and Transfer… under the history (SPEC §3.11), driven on the
main window: the list of family by phone, and a membership changing hands after a question."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.core.permissions import Role
from desk.services.queries import membership
from desk.ui.history_transfer import TransferDialog
from desk.ui.share_dialog import ShareDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, dialog_of, find_client, writes_done
from tests.ui.family import FAMILY_CODE, sell_family_yoga

BOB = "12125550102"


def choose_membership(desk, qtbot, number):
    view = desk.clients_view
    model = view.memberships_model
    qtbot.waitUntil(lambda: any(model.row_at(r).number == number
                                for r in range(model.rowCount())))
    view.memberships.selectRow(next(r for r in range(model.rowCount())
                                    if model.row_at(r).number == number))


def open_share(desk, qtbot, demo) -> ShareDialog:
    sell_family_yoga(demo)
    find_client(desk, qtbot, "Alice Smith")
    choose_membership(desk, qtbot, FAMILY_CODE)
    qtbot.waitUntil(desk.clients.share.button.isEnabled)
    click(qtbot, desk.clients.share.button)
    return dialog_of(desk, qtbot, ShareDialog)


def shared_phones(demo):
    return membership(demo.db, demo.membership(FAMILY_CODE).id, DEMO_DAY).shared_with


def test_share_is_offered_only_for_a_type_that_shares(desk, qtbot, demo):
    sell_family_yoga(demo)
    find_client(desk, qtbot, "Alice Smith")
    choose_membership(desk, qtbot, "DS-0001")
    qtbot.waitUntil(lambda: not desk.clients.share.button.isEnabled())
    choose_membership(desk, qtbot, FAMILY_CODE)
    qtbot.waitUntil(desk.clients.share.button.isEnabled)


def test_enter_adds_the_phone_typed_and_enter_again_closes(desk, qtbot, demo):
    dialog = open_share(desk, qtbot, demo)
    assert dialog.shared.count() == 0
    qtbot.keyClicks(dialog.phone, "+1 212 555 0102")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: dialog.shared.count() == 1)
    assert shared_phones(demo) == (BOB,) and dialog.close_button.isDefault()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # the field is empty: Close
    qtbot.waitUntil(lambda: not dialog.isVisible())
    writes_done(qtbot)
    assert shared_phones(demo) == (BOB,)


def test_a_client_chosen_in_the_list_is_removed(desk, qtbot, demo):
    dialog = open_share(desk, qtbot, demo)
    dialog.phone.setText("+34 911 23 45 67")
    click(qtbot, dialog.add_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: dialog.shared.count() == 1)
    dialog.shared.setCurrentRow(0)
    click(qtbot, dialog.remove_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: dialog.shared.count() == 0)
    assert shared_phones(demo) == ()


def test_a_phone_of_no_client_is_refused_in_the_dialog(desk, qtbot, demo):
    dialog = open_share(desk, qtbot, demo)
    dialog.phone.setText("+1 212 555 0199")
    click(qtbot, dialog.add_button)
    writes_done(qtbot)
    qtbot.waitUntil(lambda: "No client has the phone" in dialog.message.text())
    assert dialog.isVisible() and shared_phones(demo) == ()


def open_transfer(desk, qtbot, number="DS-0001") -> TransferDialog:
    find_client(desk, qtbot, "Alice Smith")
    choose_membership(desk, qtbot, number)
    qtbot.waitUntil(desk.clients.history_transfer.button.isEnabled)
    click(qtbot, desk.clients.history_transfer.button)
    return dialog_of(desk, qtbot, TransferDialog)


def test_a_transfer_asks_first_then_gives_the_membership_to_the_new_owner(desk, qtbot, demo):
    dialog = open_transfer(desk, qtbot)
    dialog.phone.setText("+1 212 555 0102")
    dialog.reason.setText("gift to a friend")
    click(qtbot, dialog.transfer_button)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    box = dialog.question
    assert box.text().startswith("Give DS-0001 to Bob Jones")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    writes_done(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo.membership("DS-0001").owner_id == demo.client("Bob Jones")


def test_enter_on_the_transfer_question_gives_nothing_away(desk, qtbot, demo):
    dialog = open_transfer(desk, qtbot)
    dialog.phone.setText("+1 212 555 0102")
    click(qtbot, dialog.transfer_button)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.question.isVisible())
    writes_done(qtbot)
    assert demo.membership("DS-0001").owner_id == demo.client("Alice Smith")


def reception_desk(demo, qtbot):
    from desk.ui.app import main_window_for

    win = main_window_for(demo.db, demo.at("Riverside", Role.RECEPTION))
    qtbot.addWidget(win)
    win.show()
    win.clients.today = lambda: DEMO_DAY
    win.focus_search()
    qtbot.waitUntil(win.clients_view.sell_button.isEnabled)
    return win


def test_reception_is_told_a_managers_type_needs_a_manager(demo, qtbot):
    win = reception_desk(demo, qtbot)
    find_client(win, qtbot, "Alice Smith")
    choose_membership(win, qtbot, "DS-0001")
    qtbot.waitUntil(win.clients.history_transfer.button.isEnabled)
    click(qtbot, win.clients.history_transfer.button)
    message = win.clients_view.action_message
    qtbot.waitUntil(message.isVisible)
    assert win.clients.dialog is None or not win.clients.dialog.isVisible()


def test_reception_may_transfer_a_type_that_lets_reception(demo, qtbot):
    sell_family_yoga(demo)
    win = reception_desk(demo, qtbot)
    dialog = open_transfer(win, qtbot, FAMILY_CODE)
    assert dialog.isVisible()
