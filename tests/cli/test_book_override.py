"""``desk book`` refuses the same booking twice and a start that has passed; a manager books
a passed start with ``--override REASON`` (SPEC §5, §8, §11 "Safe keys")."""

from datetime import UTC, datetime, time, timedelta

import pytest

from tests.cli.test_cli import run

NOW = datetime.now(UTC)
# a minute ago, but today (the demo's sale day): a start that has passed
PASSED = max(NOW - timedelta(minutes=1), datetime.combine(NOW.date(), time.min, UTC))
TOMORROW = f"{NOW.date() + timedelta(days=1)}T10:00"


def book_bob(capsys, db, at, *options, user="admin"):
    code, out = run(capsys, "--user", user, "book", *options, "--client", "12125550102",
                    "--service", "Personal training", "--location", "Riverside", "--at", at,
                    "--db", db, "--json")
    return code, out["error"]["code"] if code else out["services"][0]["membership_number"]


def test_the_same_booking_twice_is_refused(capsys, db):
    assert book_bob(capsys, db, TOMORROW) == (0, "DS-0002")
    assert book_bob(capsys, db, TOMORROW) == (1, "booking_exists")


def test_a_start_that_has_passed_is_refused(capsys, db):
    assert book_bob(capsys, db, f"{PASSED:%Y-%m-%dT%H:%M:%S}") == (1, "booking_in_past")


@pytest.mark.parametrize(("user", "answer"), [("manager", (0, "DS-0002")),
                                              ("reception", (1, "permission_denied"))])
def test_only_a_manager_books_a_passed_start_with_a_reason(capsys, db, user, answer):
    assert book_bob(capsys, db, f"{PASSED:%Y-%m-%dT%H:%M:%S}", "--override",
                    "noted after the visit", user=user) == answer
