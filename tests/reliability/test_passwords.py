"""Passwords: Argon2id at OWASP's settings, upgraded at log-in, lock-out, forced change."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desk.core.dates import utc_now
from desk.core.errors import DeskError
from desk.services.auth import change_password, log_in, must_change_password
from desk.ui.login_dialog import LoginDialog
from tests.ui.driving import writes_done


def stored_hash(demo, username: str) -> str:
    with demo.db.read() as uow:
        return uow.users.by_name(username).password_hash


def refusal(call) -> str:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value.code


def test_passwords_are_stored_as_argon2id_with_owasp_settings(demo):
    assert stored_hash(demo, "reception").startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_hash_made_with_weaker_settings_is_upgraded_at_log_in(demo):
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("reception")
    with demo.db.write() as uow:
        uow.users.set_password(demo.reception.user_id, weak)
        uow.commit()
    log_in(demo.db, "reception", "reception")
    assert stored_hash(demo, "reception").startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_five_wrong_passwords_lock_the_user_out_for_15_minutes(demo):
    now = utc_now()
    for _ in range(5):
        assert refusal(lambda: log_in(demo.db, "reception", "guess", now=now)) == "login_failed"
    with pytest.raises(DeskError) as caught:
        log_in(demo.db, "reception", "reception", now=now + timedelta(minutes=14))
    assert caught.value.code == "login_locked" and "locked for 1 more minutes" in str(caught.value)
    assert log_in(demo.db, "reception", "reception", now=now + timedelta(minutes=15))


def test_a_right_password_clears_the_count_of_failures(demo):
    now = utc_now()
    for _ in range(4):
        refusal(lambda: log_in(demo.db, "reception", "guess", now=now))
    log_in(demo.db, "reception", "reception", now=now)
    for _ in range(4):
        assert refusal(lambda: log_in(demo.db, "reception", "guess", now=now)) == "login_failed"


def test_wrong_passwords_tried_at_the_same_moment_all_count_and_the_lock_holds(demo):
    now = utc_now()
    for _ in range(4):
        refusal(lambda: log_in(demo.db, "reception", "guess", now=now))
    start = threading.Barrier(8)

    def guess() -> str:
        start.wait()  # all eight read the count of four, then each checks its password
        return refusal(lambda: log_in(demo.db, "reception", "guess", now=now))

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda _: guess(), range(8)))
    assert set(codes) <= {"login_failed", "login_locked"}
    # a failure counted after the lock was set must not have lifted it
    assert refusal(lambda: log_in(demo.db, "reception", "reception", now=now)) == "login_locked"


def test_a_changed_password_lifts_the_must_change_flag(demo):
    actor = log_in(demo.db, "reception", "reception")
    assert must_change_password(demo.db, actor)
    change_password(demo.db, actor, "reception", "front desk 2026")
    assert not must_change_password(demo.db, log_in(demo.db, "reception", "front desk 2026"))


@pytest.mark.parametrize(("old", "new", "code"), [
    ("reception", "short", "password_too_short"), ("reception", "reception", "password_not_new"),
    ("wrong", "front desk 2026", "login_failed")])
def test_a_weak_or_unproven_password_change_is_refused(demo, old, new, code):
    assert refusal(lambda: change_password(demo.db, demo.reception, old, new)) == code
    assert must_change_password(demo.db, demo.reception)


def log_in_with_dialog(demo, qtbot, *fields: str) -> LoginDialog:
    dialog = LoginDialog(demo.db)
    qtbot.addWidget(dialog)
    for field, text in zip(("user", "password", "new_password", "repeat_password"), fields,
                           strict=False):
        qtbot.keyClicks(getattr(dialog, field), text)
        if field == "password":
            dialog.try_log_in()
            writes_done(qtbot)
    return dialog


def test_a_demo_user_must_choose_a_new_password_before_getting_in(demo, qtbot):
    dialog = log_in_with_dialog(demo, qtbot, "reception", "reception")
    assert dialog.actor is None and "Choose a new password" in dialog.message.text()
    qtbot.keyClicks(dialog.new_password, "front desk 2026")
    qtbot.keyClicks(dialog.repeat_password, "front desk 2026")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_log_in()
    assert dialog.actor.username == "reception" and not must_change_password(demo.db, dialog.actor)


def test_two_different_new_passwords_keep_the_dialog_open(demo, qtbot):
    dialog = log_in_with_dialog(demo, qtbot, "reception", "reception", "front desk 2026",
                                "front desk 2027")
    dialog.try_log_in()
    writes_done(qtbot)
    assert dialog.actor is None and "not the same" in dialog.message.text()
