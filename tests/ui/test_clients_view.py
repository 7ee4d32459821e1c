"""The clients & memberships view, driven like a receptionist would."""

import subprocess
import sys
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desk.services.auth import change_password, cli_actor
from desk.services.bookings import book
from desk.services.memberships import sell_membership
from desk.services.queries import client_memberships
from desk.ui.login_dialog import LoginDialog
from desk.ui.models import MEMBERSHIP_COLUMNS, RowsModel
from desk.ui.pay_dialog import PayDialog
from desk.ui.visitor_dialog import VisitorDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import click, dialog_of, writes_done


def shown(model, column=0):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_typing_a_name_shows_the_client_and_their_memberships(window, qtbot):
    view = window.clients_view
    qtbot.keyClicks(view.search, "ali")
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Alice Smith"])
    qtbot.waitUntil(lambda: shown(view.memberships_model) == ["DS-0001"])
    assert "Alice Smith" in view.client_title.text()


def test_the_chosen_membership_shows_its_history(window, qtbot):
    view = window.clients_view
    qtbot.keyClicks(view.search, "DS-0001")
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 4)
    assert shown(view.history_model, 1) == ["Sale", "Payment", "Payment", "Payment"]


def test_a_phone_in_any_format_finds_the_client(window, qtbot):
    view = window.clients_view
    qtbot.keyClicks(view.search, "+1 (212) 555-0102")
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Bob Jones"])


def test_nothing_found_says_so(window, qtbot):
    view = window.clients_view
    qtbot.keyClicks(view.search, "zzz")
    qtbot.waitUntil(lambda: view.client_title.text() == "No client found.")


def test_ctrl_f_puts_the_cursor_in_the_search_box(window, qtbot):
    window.clients_view.memberships.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.clients_view.search.hasFocus())


def test_the_memberships_model_passes_the_model_tester(demo, qtmodeltester):
    model = RowsModel(MEMBERSHIP_COLUMNS)
    model.replace(client_memberships(demo.db, demo.client("Alice Smith"), DEMO_DAY))
    qtmodeltester.check(model)


def test_a_wrong_password_keeps_the_login_open_with_the_reason(demo, qtbot):
    dialog = LoginDialog(demo.db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "reception")
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.try_log_in()
    writes_done(qtbot)
    assert dialog.actor is None and "wrong" in dialog.message.text()


def test_the_right_password_logs_the_user_in(demo, qtbot):
    change_password(demo.db, cli_actor(demo.db, "reception"), "reception", "front desk 2026")
    dialog = LoginDialog(demo.db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "reception")
    qtbot.keyClicks(dialog.password, "front desk 2026")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_log_in()
    assert dialog.actor.user_id == cli_actor(demo.db, "reception").user_id


def test_shots_render_the_views_with_real_data(demo, tmp_path):
    from desk.ui.shots import render_views

    paths = render_views(demo.db, tmp_path)
    assert {p.stem for p in paths} == {"today", "clients", "sell", "pay", "freeze", "booking",
                                       "types", "type_editor", "close_location", "import",
                                       "reports", "report_memberships", "report_liability",
                                       "day_sheet", "client", "share", "transfer",
                                       "reopen_location", "login",
                                       *(f"settings_{i}" for i in range(1, 6))}
    for path in paths:
        image = QImage(str(path))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
                   for y in range(0, image.height(), 5)}
        assert len(colours) > 20, path.stem  # text and tables, not a blank frame


def test_the_smoke_test_opens_the_window_and_exits_0(demo):
    demo.db.close()
    done = subprocess.run([sys.executable, "-m", "desk", "--smoke-test", "--db", str(demo.path)],
                          capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and "drew" in done.stdout


# finding anything by its code (SPEC §11) --------------------------------------------------



def sell_gift(demo, code="LEG-2003"):
    return sell_membership(demo.db, demo.admin, type_id=demo.type_id("Massage 10"),
                           location_id=demo.location("Downtown"), code=code, day=DEMO_DAY)


def scan(qtbot, view, code):
    """What a barcode scanner does: types the code, then Enter."""
    view.search.setFocus()
    qtbot.keyClicks(view.search, code)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)


def test_a_surname_typed_without_its_accent_finds_the_client(window, qtbot):
    view = window.clients_view
    qtbot.keyClicks(view.search, "diaz")
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Carla Díaz"])


def test_a_scanned_card_opens_its_pay_dialog_with_the_service_booked_today(demo, desk, qtbot):
    book(demo.db, demo.admin, client_id=demo.client("Alice Smith"),
         service_ids=[demo.service("Sports massage")], location_id=demo.location("Downtown"),
         starts_at=datetime(2026, 3, 15, 15, 0, tzinfo=UTC), today=DEMO_DAY,
         now=datetime(2026, 3, 15, 9, 0, tzinfo=UTC))  # booked that morning
    scan(qtbot, desk.clients_view, "ds-0001")
    dialog = dialog_of(desk, qtbot, PayDialog)
    assert dialog.client.name == "Alice Smith"
    assert dialog.service.currentText() == "Sports massage"
    assert dialog.location.currentText() == "Downtown"
    assert dialog.chosen().number == "DS-0001"


def test_a_scanned_card_with_no_booking_proposes_a_service_it_pays(desk, qtbot):
    scan(qtbot, desk.clients_view, "DS-0002")
    dialog = dialog_of(desk, qtbot, PayDialog)
    assert dialog.service.currentText() == "Personal training"
    assert dialog.chosen().number == "DS-0002"


def test_enter_on_a_name_searches_and_opens_nothing(desk, qtbot):
    scan(qtbot, desk.clients_view, "Bob")
    qtbot.waitUntil(lambda: shown(desk.clients_view.clients_model) == ["Bob Jones"])
    assert desk.clients.dialog is None


def test_a_gift_is_found_by_its_code_and_shown_with_no_owner(demo, desk, qtbot):
    sell_gift(demo)
    view = desk.clients_view
    qtbot.keyClicks(view.search, "2003")
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Gift, no owner yet"])
    assert shown(view.clients_model, 2) == ["LEG-2003"]
    qtbot.waitUntil(lambda: shown(view.memberships_model) == ["LEG-2003"])
    assert "no owner yet" in view.client_title.text()
    assert view.pay_button.isEnabled() and not view.edit_client_button.isEnabled()
    assert desk.selected_client() is None  # a gift is no client to book for


def test_a_scanned_gift_pays_the_visit_of_the_visitor_and_becomes_theirs(demo, desk, qtbot):
    sell_gift(demo)
    view = desk.clients_view
    scan(qtbot, view, "leg-2003")
    visitor = dialog_of(desk, qtbot, VisitorDialog)
    qtbot.keyClicks(visitor.search, "emma")
    qtbot.waitUntil(lambda: visitor.found.count() == 1)
    click(qtbot, visitor.choose_button)
    dialog = dialog_of(desk, qtbot, PayDialog)
    assert dialog.client.name == "Emma Brown" and dialog.chosen().number == "LEG-2003"
    click(qtbot, dialog.pay_button)
    writes_done(qtbot)
    assert dialog.paid.client == "Emma Brown"
    dialog.accept()
    qtbot.waitUntil(lambda: shown(view.clients_model) == ["Emma Brown"])
    assert shown(view.memberships_model) == ["LEG-2003"]


def test_the_search_model_passes_the_model_tester(demo, qtmodeltester):
    from desk.services.queries import search
    from desk.ui.models import SearchModel
    sell_gift(demo)
    model = SearchModel()
    model.replace(search(demo.db, "LEG") + search(demo.db, "ali"))
    qtmodeltester.check(model)
