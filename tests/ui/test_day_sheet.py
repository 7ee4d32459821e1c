"""The day sheet (SPEC §11): the day's bookings at a location with each booked client's
remaining balances, on A4 paper; and written to the data folder while the desk is open."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desk.services.bookings import book
from desk.services.day_sheet import SheetRow, day_sheet
from desk.services.memberships import freeze_membership
from desk.services.today import DayBooking
from desk.ui.day_sheet_pdf import holding_text, write_day_sheet_pdf
from desk.ui.day_sheet_writer import DaySheetWriter, day_sheet_path, day_sheets_folder
from desk.ui.pdf_pages import page_count, pdf_text
from tests.demo_chain import DEMO_DAY
from tests.ui.paper_checks import page

PRINTED = datetime(2026, 3, 15, 9, 41, tzinfo=UTC)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, hour, minute, tzinfo=UTC)


def book_at(demo, client: str, service: str, when: datetime, location: str = "Downtown"):
    return book(demo.db, demo.admin, client_id=demo.client(client),
                service_ids=[demo.service(service)], location_id=demo.location(location),
                starts_at=when, today=DEMO_DAY)


def sheet_of(demo, location: str = "Downtown", day=DEMO_DAY):
    return day_sheet(demo.db, demo.reception, demo.location(location), day, now=PRINTED)


def test_each_booking_shows_the_clients_memberships_still_held_with_what_is_left(demo):
    book_at(demo, "Bob Jones", "Personal training", at(18, 30))
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    sheet = sheet_of(demo)
    assert (sheet.chain, sheet.location, sheet.day) == ("Demo Studio", "Downtown", DEMO_DAY)
    assert [(r.booking.time, r.booking.client) for r in sheet.rows] == [
        ("10:00", "Alice Smith"), ("18:30", "Bob Jones")]
    alice = sheet.rows[0].holdings
    assert [(h.number, h.type, h.remaining) for h in alice] == [("DS-0001", "Massage 10", 7)]
    assert holding_text(alice[0]).startswith("DS-0001 · Massage 10 · 7 left")
    assert sheet_of(demo, "Riverside").rows == ()
    assert sheet_of(demo, day=DEMO_DAY + timedelta(days=1)).rows == ()


def test_a_frozen_membership_is_still_held_and_says_so(demo):
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    freeze_membership(demo.db, demo.admin, "DS-0001", until=DEMO_DAY + timedelta(days=3),
                      day=DEMO_DAY)
    [held] = sheet_of(demo).rows[0].holdings
    assert (held.number, held.status) == ("DS-0001", "frozen")
    assert holding_text(held).endswith(" · frozen")


def test_the_sheet_pdf_has_the_header_and_every_booked_client(demo, qapp, tmp_path):
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    book_at(demo, "Bob Jones", "Personal training", at(18, 30))
    pdf = write_day_sheet_pdf(sheet_of(demo), tmp_path / "sheet.pdf")
    text = pdf_text(pdf)
    for shown in ("Demo Studio", "Downtown", "2026-03-15", "printed at 09:41", "Alice Smith",
                  "Bob Jones", "DS-0001 · Massage 10 · 7 left"):
        assert shown in text
    picture = page(pdf)
    inked = sum(1 for v in picture.pixels if v < 128)
    assert inked > 2000  # a header and a table, not a blank page


def test_a_hundred_bookings_run_over_pages_and_none_is_lost(demo, qapp, tmp_path):
    sheet = sheet_of(demo)
    rows = tuple(SheetRow(DayBooking(str(i), f"{8 + i // 10:02d}:{i % 10 * 5:02d}",
                                     f"Client {i:03d}", "Classic massage", "DS-0001", "booked"),
                          ()) for i in range(100))
    pdf = write_day_sheet_pdf(replace(sheet, rows=rows), tmp_path / "sheet.pdf")
    assert page_count(pdf) >= 2
    text = pdf_text(pdf)
    assert all(f"Client {i:03d}" in text for i in range(100))


def test_the_open_desk_writes_the_sheet_into_the_data_folder_and_replaces_it(demo, qtbot):
    folder = day_sheets_folder(demo.path)
    writer = DaySheetWriter(demo.db, lambda: demo.reception, folder, interval_ms=50,
                            today=lambda: DEMO_DAY)
    with qtbot.waitSignal(writer.sig_written, timeout=10_000) as first:
        writer.start()
    assert first.args[0] == day_sheet_path(folder, DEMO_DAY) == folder / "day-sheet-2026-03-15.pdf"
    assert "Alice Smith" not in pdf_text(first.args[0])
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    # a later tick (every 50 ms here, 15 minutes at the desk) writes the day as it is now
    qtbot.waitUntil(lambda: "Alice Smith" in pdf_text(first.args[0]), timeout=10_000)
    writer.timer.stop()
    qtbot.waitUntil(lambda: not writer.running)
    assert [p.name for p in folder.iterdir()] == ["day-sheet-2026-03-15.pdf"]


def test_a_sheet_that_cant_be_written_is_logged_and_the_desk_goes_on(demo, qtbot, tmp_path):
    blocked = tmp_path / "day-sheets"
    blocked.write_text("a file where the folder should be")
    writer = DaySheetWriter(demo.db, lambda: demo.reception, blocked)
    with qtbot.waitSignal(writer.sig_failed) as failed:
        writer.run_now()
    assert failed.args[0] and not writer.running
