"""Dates, periods and users the command line refuses by name (SPEC §3.4, §8)."""

from datetime import date, timedelta

import pytest

from desk.cli import main
from tests.cli.test_cli import run

TODAY = date.today()


def refusal(capsys, *argv) -> tuple[int, str]:
    code, out = run(capsys, *argv, "--json")
    return code, out["error"]["code"] if isinstance(out, dict) and "error" in out else out


def test_a_booking_dated_before_the_sale_is_refused_as_a_payment_would_be(capsys, db):
    before = (TODAY - timedelta(days=3)).isoformat()  # Bob's PT 12 was sold today
    assert refusal(capsys, "book", "--db", db, "--client", "12125550102", "--service",
                   "Personal training", "--location", "Riverside", "--at",
                   f"{before}T10:00") == (1, "visit_before_sale")


@pytest.mark.parametrize("moment", ["1899-12-31T10:00", "3000-01-01T10:00"])
def test_a_booking_outside_the_business_years_is_refused(capsys, db, moment):
    assert refusal(capsys, "book", "--db", db, "--client", "12125550102", "--service",
                   "Personal training", "--location", "Riverside",
                   "--at", moment) == (1, "date_out_of_range")


def test_a_report_period_that_ends_before_it_starts_is_refused(capsys, db):
    assert refusal(capsys, "report", "--db", db, "--from", "2026-03-31",
                   "--to", "2026-03-01") == (1, "period_invalid")


def test_a_one_day_report_period_says_that_day_as_from_and_to(capsys, db):
    code, out = run(capsys, "report", "--db", db, "--json", "--from", "2026-03-01",
                    "--to", "2026-03-01")
    assert code == 0
    assert (out["liability"]["from"], out["liability"]["to"]) == ("2026-03-01", "2026-03-01")


def test_a_backdated_freeze_over_a_paid_visit_is_refused(capsys, db):
    # DS-0001's three visits were paid 28, 21 and 14 days ago
    start, until = TODAY - timedelta(days=20), TODAY - timedelta(days=10)
    assert refusal(capsys, "freeze", "DS-0001", "--db", db, "--on", start.isoformat(),
                   "--until", until.isoformat()) == (1, "freeze_overlaps_visit")


def test_a_freeze_between_visits_is_still_allowed(capsys, db):
    start, until = TODAY - timedelta(days=13), TODAY - timedelta(days=5)
    code, out = run(capsys, "freeze", "DS-0001", "--db", db, "--on", start.isoformat(),
                    "--until", until.isoformat(), "--json")
    assert (code, out["status"]) == (0, "frozen")  # on the day it was frozen
    code, rows = run(capsys, "memberships", "--db", db, "--json")
    assert {r["number"]: r["status"] for r in rows}["DS-0001"] == "active"  # and again now


@pytest.mark.parametrize("name", ["nobody", "admin2", "'; drop table users;--"])
def test_an_unknown_user_is_refused_never_read_as_admin(capsys, db, name):
    assert refusal(capsys, "--user", name, "sell", "PT 12", "--db", db, "--location",
                   "Riverside", "--code", "GIFT-9") == (1, "user_unknown")
    _, rows = run(capsys, "memberships", "--db", db, "--json")
    assert "GIFT-9" not in {r["number"] for r in rows}


def test_a_known_user_acts_with_their_own_role(capsys, db):
    assert refusal(capsys, "--user", "reception", "report", "--db", db) == (
        1, "permission_denied")


@pytest.mark.parametrize("command", ["memberships", "undo-pay"])
def test_an_argument_that_is_not_text_is_a_usage_error_not_a_crash(capsys, db, command):
    assert main([command, "\ud800", "--db", db]) == 2
    assert "is not text" in capsys.readouterr().err


def test_reception_undoes_only_todays_payments_a_manager_any(capsys, db):
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    _, paid = run(capsys, "pay", "--client", "12125550101", "--service", "Classic massage",
                  "--location", "Downtown", "--on", yesterday, "--db", db, "--json")
    assert refusal(capsys, "--user", "reception", "undo-pay", paid["payment_id"],
                   "--db", db) == (1, "undo_needs_manager")
    code, undone = run(capsys, "--user", "manager", "undo-pay", paid["payment_id"],
                       "--db", db, "--json")
    assert code == 0 and undone["remaining"] == 7


def test_void_cancels_the_days_sale_and_a_second_void_is_refused(capsys, db):
    code, out = run(capsys, "void", "DS-0002", "--reason", "wrong type", "--db", db, "--json")
    assert (code, out["status"], out["remaining"]) == (0, "cancelled", 0)
    assert refusal(capsys, "void", "DS-0002", "--db", db) == (1, "membership_cancelled")


def test_void_of_an_earlier_days_sale_is_refused_in_the_json_shape(capsys, db):
    code, out = run(capsys, "void", "DS-0001", "--db", db, "--json")
    assert code == 1 and out["error"]["code"] == "void_not_same_day"
    assert "Ask a manager to refund it" in out["error"]["message"]


def test_refund_of_a_lower_amount_leaves_the_membership_refunded(capsys, db):
    code, out = run(capsys, "refund", "DS-0001", "--reason", "moved away", "--amount", "100",
                    "--db", db, "--json")
    assert (code, out["status"], out["remaining"]) == (0, "refunded", 0)


@pytest.mark.parametrize(("argv", "wanted"), [
    (["--amount", "560.01", "--reason", "moved away"], "refund_amount_too_high"),
    (["--amount", "-5", "--reason", "moved away"], "refund_amount_invalid"),
    (["--reason", " "], "refund_reason_required")])
def test_refund_refuses_an_amount_above_what_is_owed_and_a_blank_reason(capsys, db, argv,
                                                                         wanted):
    assert refusal(capsys, "refund", "DS-0001", *argv, "--db", db) == (1, wanted)


def test_reception_may_not_refund(capsys, db):
    assert refusal(capsys, "--user", "reception", "refund", "DS-0001", "--reason", "x",
                   "--db", db) == (1, "permission_denied")
