"""The day sheet on paper (SPEC §11): A4 pages with every booking and the header; and
written to the data folder while the desk is open."""

from dataclasses import replace

from desk.services.day_sheet import Holding, SheetRow
from desk.services.today import DayBooking
from desk.ui.day_sheet_pdf import holding_text, write_day_sheet_pdf
from desk.ui.day_sheet_writer import DaySheetWriter, day_sheet_path, day_sheets_folder
from desk.ui.formats import clock, day, day_in_words
from tests.demo_chain import DEMO_DAY
from tests.services.test_day_sheet import at, book_at, sheet_of
from tests.ui.paper_checks import page
from tests.ui.pdf_pages import page_count, pdf_text


def test_a_membership_reads_as_code_type_what_is_left_and_until_when():
    counted = Holding("DS-0001", "Massage 10", "active", 7, None, DEMO_DAY)
    split = Holding(None, "Nails split", "frozen", 5, {"Manicure": 3, "Pedicure": 2}, None)
    assert holding_text(counted) == f"DS-0001 · Massage 10 · 7 left · until {day(DEMO_DAY)}"
    assert holding_text(split) == (
        "no code · Nails split · Manicure 3, Pedicure 2 · no end date · frozen")


def test_the_sheet_pdf_has_the_header_and_every_booked_client(demo, qapp, tmp_path):
    book_at(demo, "Alice Smith", "Classic massage", at(10))
    book_at(demo, "Bob Jones", "Personal training", at(18, 30))
    sheet = sheet_of(demo)
    pdf = write_day_sheet_pdf(sheet, tmp_path / "sheet.pdf")
    text = pdf_text(pdf)
    for shown in ("Demo Studio", "Downtown", day_in_words(DEMO_DAY, weekday=True),
                  # the text read back from a PDF has plain spaces for Qt's narrow ones
                  f"printed at {clock(sheet.printed_at)}".replace("\u202f", " "), "2 bookings",
                  "Alice Smith",
                  "Bob Jones", "DS-0001 · Massage 10 · 7 left"):
        assert shown in text
    picture = page(pdf)
    inked = sum(1 for v in picture.pixels if v < 128)
    assert inked > 2000  # a header and a table, not a blank page


def test_a_hundred_bookings_run_over_pages_and_none_is_lost(demo, qapp, tmp_path):
    sheet = sheet_of(demo)
    rows = tuple(SheetRow(DayBooking(str(i), f"{8 + i // 10:02d}:{i % 10 * 5:02d}",
                                     f"Client {i:03d}", "Classic massage", "DS-0001", "booked",
                                     f"client-{i}", "classic"),
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
