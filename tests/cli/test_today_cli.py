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
    assert text.splitlines()[0] == f"Downtown, {TODAY.isoformat()} (this desk's location)"
    assert "Bookings:" in text and "Sales:" in text


def test_today_refuses_an_unknown_location_and_a_bad_date(capsys, db):
    code, out = run(capsys, "today", "--db", db, "--location", "Nowhere", "--json")
    assert code == 1 and out["error"]["code"] == "location_unknown"
    code, out = run(capsys, "today", "--db", db, "--on", "2026-13-01", "--json")
    assert code == 1 and out["error"]["code"] == "date_invalid"


def test_day_sheet_writes_the_days_bookings_with_the_clients_as_a_pdf(capsys, db, tmp_path):
    from tests.ui.paper_checks import page
    from tests.ui.pdf_pages import pdf_text

    for phone, service, hour in (("12125550101", "Classic massage", "10:00"),
                                 ("12125550102", "Personal training", "11:30")):
        assert run(capsys, "book", "--client", phone, "--service", service, "--location",
                   "Downtown", "--at", f"{DAY.isoformat()}T{hour}", "--db", db)[0] == 0
    out = tmp_path / "sheet.pdf"
    code, said = run(capsys, "day-sheet", str(out), "--db", db, "--on", DAY.isoformat())
    assert code == 0
    assert said.strip() == (f"wrote {out}: Downtown, {DAY.isoformat()} "
                            "(this desk's location), 2 bookings")
    text = pdf_text(out)
    assert "Alice Smith" in text and "Bob Jones" in text and "DS-0001" in text
    assert sum(1 for v in page(out).pixels if v < 128) > 2000  # page 1 is not blank
    code, said = run(capsys, "day-sheet", str(out), "--db", db, "--location", "Riverside",
                     "--force")
    assert code == 0 and "Riverside" in said and "0 bookings" in said
    assert "Alice Smith" not in pdf_text(out)


def test_day_sheet_replaces_a_file_only_with_force_and_never_the_database(capsys, db, tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_text("yesterday's")
    code, said = run(capsys, "day-sheet", str(out), "--db", db, "--json")
    assert code == 1 and said["error"]["code"] == "file_exists"
    assert out.read_text() == "yesterday's"
    code, said = run(capsys, "day-sheet", db, "--db", db, "--force", "--json")
    assert code == 1 and said["error"]["code"] == "file_protected"
    code, said = run(capsys, "day-sheet", str(tmp_path / "x.pdf"), "--db", db,
                     "--location", "Nowhere", "--json")
    assert code == 1 and said["error"]["code"] == "location_unknown"
    assert not (tmp_path / "x.pdf").exists()
