"""Due work never happens twice: not on a second run, not from a second desk on the file."""

import threading
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.services.auth import cli_actor
from desk.services.due import run_due
from desk.services.notifications import outbox
from desk.services.renewals import cancel_renewal, mark_paid, payments_due
from desk.store.uow import Database
from tests.demo_chain import copy_demo
from tests.services.due_helpers import at, change_type, notices, run_days

MAY_14 = date(2026, 5, 14)


def test_a_second_run_at_the_same_moment_does_nothing(demo):
    change_type(demo, "Massage 10", notices=notices(before=30))
    first = run_due(demo.db, demo.admin, at(MAY_14))
    again = run_due(demo.db, demo.admin, at(MAY_14))
    assert len(first.written_off) == 2 and first.activated
    assert not any(v for k, v in again.as_json().items() if k != "waiting")


def test_two_desks_on_one_file_at_once_write_off_and_queue_once(demo):
    change_type(demo, "Yoga 8", notices=notices(before=3))
    desks = [Database.open(demo.path) for _ in range(4)]
    runs = [threading.Thread(target=run_due, args=(db, cli_actor(db, "admin"), at(MAY_14)))
            for db in desks]
    for run in runs:
        run.start()
    for run in runs:
        run.join()
    for db in desks:
        db.close()
    kinds = [e.kind.value for e in demo.carla_yoga().entries]
    assert kinds.count("activation") == 1 and kinds.count("expiry_writeoff") == 1


def test_a_cancelled_renewal_runs_to_the_period_end_then_lapses(demo):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_days(demo, date(2026, 3, 28), date(2026, 5, 1))
    assert cancel_renewal(demo.db, demo.reception, demo.carla_yoga().id) == date(2026, 5, 29)
    done = run_days(demo, date(2026, 5, 2), date(2026, 6, 30))
    writeoffs = [e.on for e in demo.carla_yoga().entries if e.kind.value == "expiry_writeoff"]
    assert done.renewed == [] and writeoffs == [date(2026, 5, 29)]
    assert len(payments_due(demo.db, demo.admin)) == 1


def test_reception_marks_a_renewal_charge_paid_once(demo):
    change_type(demo, "Yoga 8", auto_renew=True)
    run_due(demo.db, demo.admin, at(date(2026, 4, 30)))
    charge = payments_due(demo.db, demo.reception)[0]
    mark_paid(demo.db, demo.reception, charge.id)
    assert payments_due(demo.db, demo.reception) == []
    assert [c.status for c in payments_due(demo.db, demo.reception, None)] == ["paid"]
    try:
        mark_paid(demo.db, demo.reception, charge.id)
    except DeskError as error:
        assert error.code == "charge_already_paid"
    else:
        raise AssertionError("a paid charge was paid again")


def test_without_a_channel_messages_stay_pending_and_say_why(demo):
    change_type(demo, "Massage 10", notices=notices(before=30))
    done = run_due(demo.db, demo.admin, at(date(2026, 4, 20)))
    [message] = outbox(demo.db, demo.admin)
    assert (done.waiting, message.status, message.attempts) == (1, "pending", 0)
    assert "Settings" in message.last_error


def ledger_after(template, folder, moments) -> dict:
    demo = copy_demo(template, folder)
    change_type(demo, "Yoga 8", auto_renew=True)
    for moment in moments:
        run_due(demo.db, demo.admin, at(moment))
    with demo.db.read() as uow:
        kinds = {m.code or m.type.name: Counter(e.kind.value for e in m.entries)
                 for m in uow.memberships.all_in_sale_order()}
    demo.db.close()
    return kinds


@settings(max_examples=12, deadline=None)
@given(days=st.lists(st.integers(0, 120), min_size=1, max_size=5))
def test_the_outcome_depends_on_the_latest_run_not_on_how_often_it_ran(
        demo_template, tmp_path_factory, days):
    moments = sorted(date(2026, 3, 15) + timedelta(days=d) for d in days)
    many = ledger_after(demo_template, tmp_path_factory.mktemp("many"), moments)
    once = ledger_after(demo_template, tmp_path_factory.mktemp("once"), moments[-1:])
    assert many == once
