"""The clients & memberships view, driven like a receptionist would."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desk.services.auth import change_password, cli_actor
from desk.services.queries import client_memberships
from desk.ui.login_dialog import LoginDialog
from desk.ui.models import MEMBERSHIP_COLUMNS, RowsModel
from tests.demo_chain import DEMO_DAY
from tests.ui.driving import writes_done


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
                                       "types", "type_editor", "import", "reports",
                                       "report_memberships", "report_liability", "day_sheet"}
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
