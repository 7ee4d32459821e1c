"""``desk today``: one location's day on the command line (SPEC §8, §11)."""

from datetime import UTC, date, datetime, timedelta

from tests.cli.test_cli import run

TODAY = date.today()
# the day the first test works on: tomorrow, so that its booking starts after now at any hour
DAY = datetime.now(UTC).date() + timedelta(days=1)


def test_today_lists_what_was_paid_booked_frozen_and_sold_at_the_location(capsys, db):
    on = ["--db", db, "--on", DAY.isoformat()]
    assert run(capsys, "pay", "--client", "12125550101", "--service", "Classic massage",
               "--location", "Downtown", *on)[0] == 0
    assert run(capsys, "book", "--client", "12125550102", "--service", "Personal training",
               "--location", "Downtown", "--at", f"{DAY.isoformat()}T10:00", "--db", db)[0] == 0
    assert run(capsys, "freeze", "DS-0001", "--until", (DAY + timedelta(days=3)).isoformat(),
               *on)[0] == 0
    assert run(capsys, "sell", "Massage 10", "--location", "Downtown", "--client",
               "12025550143", "--code", "DS-0100", *on)[0] == 0

    code, day = run(capsys, "today", "--location", "downtown", "--json", *on)
    assert code == 0 and (day["location"], day["day"]) == ("Downtown", DAY.isoformat())
    assert [(v["client"], v["membership_number"], v["recorded_by"]) for v in day["visits"]] == [
        ("Alice Smith", "DS-0001", "admin")]
    assert [(b["time"], b["client"], b["state"]) for b in day["bookings"]] == [
        ("10:00", "Bob Jones", "booked")]
    assert [(e["kind"], e["membership_number"]) for e in day["deductions_and_freezes"]] == [
        ("freeze", "DS-0001")]
    assert [s["membership_number"] for s in day["sales"]] == ["DS-0100"]

    code, riverside = run(capsys, "today", "--location", "Riverside", "--json", *on)
    assert riverside["visits"] == riverside["bookings"] == riverside["deductions_and_freezes"] == []
    assert "DS-0100" not in [s["membership_number"] for s in riverside["sales"]]
    tomorrow = run(capsys, "today", "--location", "Downtown", "--json", "--db", db,
                   "--on", (DAY + timedelta(days=1)).isoformat())[1]
    assert tomorrow["visits"] == tomorrow["sales"] == tomorrow["deductions_and_freezes"] == []


def test_today_without_location_says_which_it_shows(capsys, db):
    code, text = run(capsys, "today", "--db", db)
    assert code == 0
    assert text.splitlines()[0] == f"Downtown, {TODAY.isoformat()} (the first location that sells)"
    assert "Bookings:" in text and "Sales:" in text


def test_today_refuses_an_unknown_location_and_a_bad_date(capsys, db):
    code, out = run(capsys, "today", "--db", db, "--location", "Nowhere", "--json")
    assert code == 1 and out["error"]["code"] == "location_unknown"
    code, out = run(capsys, "today", "--db", db, "--on", "2026-13-01", "--json")
    assert code == 1 and out["error"]["code"] == "date_invalid"
