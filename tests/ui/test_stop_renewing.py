"""A receptionist stops a membership renewing from the client's card."""

from PySide6.QtWidgets import QMessageBox

from desk.services.queries import client_memberships
from tests.demo_chain import DEMO_DAY
from tests.services.due_helpers import change_type
from tests.ui.driving import click, find_client


def carlas_yoga(demo):
    [yoga] = client_memberships(demo.db, demo.client("Carla Díaz"), DEMO_DAY)
    return yoga


def choose_the_yoga(desk, qtbot):
    find_client(desk, qtbot, "Carla")
    desk.clients_view.memberships.selectRow(0)
    qtbot.waitUntil(desk.clients_view.stop_renewing_button.isEnabled)


def test_only_a_renewing_membership_offers_to_stop_renewing(desk, qtbot):
    find_client(desk, qtbot, "Alice")
    desk.clients_view.memberships.selectRow(0)
    assert desk.clients_view.stop_renewing_button.isHidden()


def test_stopping_asks_first_then_the_membership_no_longer_renews(demo, desk, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    assert carlas_yoga(demo).renews
    choose_the_yoga(desk, qtbot)
    assert not desk.clients_view.stop_renewing_button.isHidden()
    click(qtbot, desk.clients_view.stop_renewing_button)
    qtbot.waitUntil(lambda: isinstance(desk.clients.dialog, QMessageBox))
    box = desk.clients.dialog
    assert "is not charged again" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: not carlas_yoga(demo).renews)
    qtbot.waitUntil(lambda: not desk.clients_view.stop_renewing_button.isEnabled())


def test_cancel_leaves_the_renewal_on(demo, desk, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    choose_the_yoga(desk, qtbot)
    click(qtbot, desk.clients_view.stop_renewing_button)
    qtbot.waitUntil(lambda: isinstance(desk.clients.dialog, QMessageBox))
    click(qtbot, desk.clients.dialog.button(QMessageBox.StandardButton.Cancel))
    assert carlas_yoga(demo).renews
