"""The outbox, the payments due and the due-work timer, driven at the desk."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from desk.services.due import DueReport
from desk.services.renewals import payments_due
from desk.ui import formats, operations
from desk.ui.due_runner import DueRunner, summary
from desk.ui.outbox_view import OutboxView
from desk.ui.payments_due_view import PaymentsDueView
from tests.services.due_helpers import at, change_type, notices, run_days, use_sms
from tests.ui.driving import writes_done


def cells(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_outbox_shows_a_waiting_message_and_why(demo, qtbot):
    change_type(demo, "Massage 10", notices=notices(before=30))
    run_days(demo, date(2026, 4, 20), date(2026, 4, 20))
    view = OutboxView(demo.db, demo.reception)
    qtbot.addWidget(view)
    assert cells(view.model, 1) == ["Alice Smith"] and cells(view.model, 3) == ["Pending"]
    assert "Settings" in cells(view.model, 7)[0]


def test_the_outbox_filter_shows_only_the_chosen_state(demo, qtbot):
    change_type(demo, "Massage 10", notices=notices(before=30))
    run_days(demo, date(2026, 4, 20), date(2026, 4, 20))
    view = OutboxView(demo.db, demo.reception)
    qtbot.addWidget(view)
    view.state.setCurrentIndex(view.state.findData("sent"))
    assert view.model.rowCount() == 0 and view.counts.text() == "0 messages"


def test_reception_marks_a_renewal_charge_paid_in_the_list(demo, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_days(demo, date(2026, 4, 29), date(2026, 4, 29))
    view = PaymentsDueView(demo.db, demo.reception)
    qtbot.addWidget(view)
    assert cells(view.model, 1) == ["Carla Díaz"] and cells(view.model, 4) == [
        formats.money(Decimal("140.00"), "USD")]
    view.table.selectRow(0)
    qtbot.mouseClick(view.pay, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert view.model.rowCount() == 0 and view.note.text() == "Nothing is due."
    assert payments_due(demo.db, demo.admin, None)[0].status == "paid"


def test_mark_paid_and_stop_renewing_wait_for_a_charge_to_be_chosen(demo, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_days(demo, date(2026, 4, 29), date(2026, 4, 29))
    view = PaymentsDueView(demo.db, demo.reception)
    qtbot.addWidget(view)
    assert not view.pay.isEnabled() and not view.stop.isEnabled()
    view.table.selectRow(0)
    assert view.pay.isEnabled() and view.stop.isEnabled()
    qtbot.mouseClick(view.pay, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert not view.pay.isEnabled() and not view.stop.isEnabled()  # the list is empty again


def test_a_paid_charge_can_not_be_marked_paid_again(demo, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_days(demo, date(2026, 4, 29), date(2026, 4, 29))
    view = PaymentsDueView(demo.db, demo.reception)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.pay, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    view.show_paid.setChecked(True)
    view.table.selectRow(0)
    assert not view.pay.isEnabled() and view.stop.isEnabled()


def test_the_timer_runs_the_due_work_off_the_gui_thread_and_reports(demo, qtbot):
    runner = DueRunner(demo.db, demo.admin, clock=lambda: at(date(2026, 5, 14)))
    with qtbot.waitSignal(runner.sig_ran, timeout=10000) as ran:
        runner.start()
    assert len(ran.args[0].written_off) == 2
    runner.timer.stop()


def test_a_second_tick_while_a_run_is_busy_is_skipped(demo, qtbot):
    runner = DueRunner(demo.db, demo.admin, clock=lambda: at(date(2026, 5, 14)))
    with qtbot.waitSignal(runner.sig_ran, timeout=10000) as ran:
        runner.run_now()
        busy = set(operations._running)
        runner.run_now()
        assert set(operations._running) == busy and len(busy) == 1
    assert runner.running is False and len(ran.args[0].written_off) == 2


def test_the_desk_menu_offers_the_outbox_payments_and_settings(window):
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions()]
    assert {"&Outbox…", "&Payments due…", "&Settings…"} <= set(texts)


def test_retry_now_sends_a_waiting_message_once_a_channel_is_set_up(demo, qtbot, http_gateway):
    change_type(demo, "Massage 10", notices=notices(before=30))
    run_days(demo, date(2026, 4, 20), date(2026, 4, 20))
    use_sms(demo, http_gateway)
    view = OutboxView(demo.db, demo.reception)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(view.model, 3) == ["Sent"], timeout=10000)
    assert len(http_gateway.requests) == 1 and "+1 212-555-0101 (sms)" in cells(view.model, 6)


def test_stop_renewing_from_the_payments_due_list(demo, qtbot):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_days(demo, date(2026, 4, 29), date(2026, 4, 29))
    view = PaymentsDueView(demo.db, demo.reception)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.stop, Qt.MouseButton.LeftButton)
    writes_done(qtbot)
    assert view.note.text().endswith(
        f"will not renew; it ends on {formats.day_in_words(date(2026, 5, 29))}.")
    assert run_days(demo, date(2026, 5, 29), date(2026, 5, 30)).renewed == []


def test_the_due_work_says_in_plain_words_what_it_did():
    report = DueReport(written_off=[f"m{i}" for i in range(14)], sent=["one"])
    assert summary(report) == ("14 memberships had already expired; their remaining visits "
                               "were written off; 1 message sent.")
    assert summary(DueReport(activated=["a"])) == "1 membership started its validity."
