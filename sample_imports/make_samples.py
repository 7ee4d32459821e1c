"""Write the sample import files of this folder (see README.md).

    uv run python sample_imports/make_samples.py [OUT_DIR]

The files are for the demo chain (`desk demo`, SPEC §9) and use fixed dates before
2026-03-15, so they give the same result with `desk import FILE --today 2026-03-15` on any
day. The output is deterministic: the same bytes on every run (fixed zip and document
timestamps), so tests can check the committed files are up to date.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HEADER = ["Location", "Membership type", "Remaining sessions", "Status", "Owner phone",
          "Membership number", "Valid until", "Sale date"]
TEXT_COLUMNS = ("Owner phone", "Membership number", "Valid until", "Sale date")
STAMP = datetime(2026, 1, 1)

ALICE, BOB, CARLA, DMITRI, EMMA = ("12125550101", "12125550102", "34911234567",
                                   "447911123456", "12025550143")

# Location, Membership type, Remaining sessions, Status, Owner phone, Membership number,
# Valid until, Sale date ("" = empty cell)
VALID_DEMO = [
    ["Downtown", "Massage 10", "8", "", ALICE, "LEG-1001", "", "2026-01-12"],
    ["Downtown", "Massage 10", "10", "", BOB, "LEG-1002", "", "2026-02-03"],
    ["Riverside", "Massage 10", "3", "", CARLA, "LEG-1003", "2026-05-31", "2026-01-20"],
    ["Riverside", "Massage 10", "6", "", DMITRI, "", "", "2026-02-14"],
    ["Downtown", "Massage 10", "0", "", EMMA, "LEG-1005", "", "2025-12-22"],
    ["Downtown", "PT 12", "12", "", ALICE, "LEG-2001", "", "2026-03-02"],
    ["Riverside", "PT 12", "7", "", BOB, "LEG-2002", "", "2025-11-15"],
    ["Downtown", "PT 12", "4", "", "", "LEG-2003", "", "2025-09-30"],
    ["Riverside", "PT 12", "10", "", DMITRI, "LEG-2004", "2026-12-31", "2026-02-27"],
    ["Downtown", "Yoga 8", "8", "issued", CARLA, "", "", "2026-03-09"],
    ["Riverside", "Yoga 8", "8", "issued", EMMA, "LEG-3002", "", "2026-03-12"],
    ["Downtown", "Yoga 8", "5", "activated", ALICE, "LEG-3003", "", "2026-02-25"],
    ["Riverside", "Yoga 8", "2", "activated", BOB, "", "", "2026-02-16"],
    ["Downtown", "Yoga 8", "7", "activated", "", "LEG-3005", "2026-04-30", "2026-03-05"],
    ["Riverside", "Yoga 8", "8", "issued", DMITRI, "LEG-3006", "", "2026-02-10"],
    ["Downtown", "Massage 10", "9", "", "", "LEG-1006", "", "2026-03-10"],
    ["Riverside", "Massage 10", "1", "", ALICE, "LEG-1007", "", "2026-01-02"],
    ["Downtown", "PT 12", "12", "", EMMA, "LEG-2005", "", "2026-03-14"],
    ["Riverside", "Yoga 8", "4", "active", CARLA, "LEG-3007", "", "2026-03-03"],
    ["Downtown", "Massage 10", "5", "", BOB, "LEG-1008", "2026-07-31", "2026-02-20"],
]

# The same columns in another order, written with odd case and spaces.
MIXED_HEADER = ["  sale DATE", "OWNER PHONE ", "membership  type", "Location",
                " remaining sessions", "Membership Number", "status", "VALID UNTIL"]
MIXED = [  # in MIXED_HEADER order; None = empty cell
    [date(2026, 1, 5), 12125550101, "Massage 10", "Downtown", 7, 1001, None, None],
    ["2026-01-06", 12125550102, "massage 10", " downtown ", "5.0", 1002, None, None],
    [datetime(2026, 2, 1), 34911234567, "PT 12", "Riverside", 12.0, 1003, None,
     date(2026, 12, 31)],
    ["2026-02-02", "447911123456", "pt 12", "RIVERSIDE", "11", "1004", None, "2026-11-30"],
    None,  # a blank row in the middle: skipped, and the Excel row numbers stay right
    [date(2026, 3, 5), 12025550143, "Yoga 8", "Downtown", 8, None, "issued", None],
    ["2026-03-10", None, "YOGA 8", "Riverside", " 6 ", "1005", "Activated", None],
    [datetime(2026, 2, 25, 9, 30), 12125550101.0, "Yoga 8", "Downtown", 3, 1006.0, "ACTIVE",
     None],
]

REFERENCES = [
    ["Downtown", "Massage 10", "10", "", ALICE, "REF-1", "", "2026-02-01"],
    ["Uptown", "Massage 10", "10", "", BOB, "REF-2", "", "2026-02-01"],
    ["", "PT 12", "12", "", CARLA, "REF-3", "", "2026-02-01"],
    ["Airport", "PT 12", "12", "", DMITRI, "REF-4", "", "2026-02-01"],
    ["Downtown", "Massage 20", "10", "", EMMA, "REF-5", "", "2026-02-01"],
    ["Downtown", "Nails split", "5", "", ALICE, "REF-6", "", "2026-02-01"],
    ["Airport", "Massage 10", "10", "", BOB, "REF-7", "", "2026-02-01"],
]

VALUES = [
    ["Downtown", "Massage 10", "10", "", ALICE, "VAL-1", "", "2026-02-01"],
    ["Downtown", "Massage 10", "ten", "", BOB, "VAL-2", "", "2026-02-01"],
    ["Downtown", "Massage 10", "-2", "", CARLA, "VAL-3", "", "2026-02-01"],
    ["Downtown", "Massage 10", "7.5", "", DMITRI, "VAL-4", "", "2026-02-01"],
    ["Riverside", "Massage 10", "11", "", EMMA, "VAL-5", "", "2026-02-01"],
    ["Riverside", "Yoga 8", "8", "", ALICE, "VAL-6", "", "2026-03-01"],
    ["Riverside", "Yoga 8", "8", "expired", BOB, "VAL-7", "", "2026-03-01"],
    ["Riverside", "Yoga 8", "6", "frozen", CARLA, "VAL-8", "", "2026-03-01"],
    ["Downtown", "PT 12", "12", "", DMITRI, "VAL-9", "31.12.2026", "2026-02-01"],
    ["Downtown", "PT 12", "12", "", EMMA, "VAL-10", "2025-12-31", "2026-01-15"],
    ["Downtown", "PT 12", "12", "", ALICE, "VAL-11", "", "15/01/2026"],
    ["Downtown", "PT 12", "12", "", BOB, "VAL-12", "", "2026-04-01"],
    ["Downtown", "Massage 10", "4", "activated", CARLA, "VAL-13", "", "2026-02-01"],
]

OWNERS = [
    ["Downtown", "Massage 10", "10", "", ALICE, "OWN-1", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", "+1 (212) 555-0102", "OWN-2", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", "555-0143", "OWN-3", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", "12125550199", "OWN-4", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", "", "", "", "2026-02-01"],
    ["Riverside", "PT 12", "12", "", BOB, "OWN-6", "", "2026-02-01"],
    ["Riverside", "PT 12", "12", "", CARLA, " own-6 ", "", "2026-02-01"],
    ["Riverside", "PT 12", "12", "", DMITRI, "DS-0001", "", "2026-02-01"],
    ["Riverside", "PT 12", "12", "", EMMA, "ds-0002", "", "2026-02-01"],
    ["Riverside", "PT 12", "12", "", ALICE, "", "", "2026-02-01"],
]

CODES = [  # membership numbers that break the sale's code rule (SPEC §3.1's code_invalid)
    ["Downtown", "Massage 10", "10", "", ALICE, "COD-1", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", BOB, "COD-" + "0123456789" * 6, "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", CARLA, "COD\u200b3", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", DMITRI, "COD\t4", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", EMMA, "COD\n5", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", ALICE, "RTL\u202e1000-SD", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", BOB, "-COD-7", "", "2026-02-01"],
    ["Downtown", "Massage 10", "10", "", CARLA, "COD 8", "", "2026-02-01"],
]

WARNINGS = [
    ["Downtown", "Massage 10", "6", "activated", ALICE, "WRN-1", "", "2026-02-01"],
    ["Riverside", "Yoga 8", "8", "issued", BOB, "WRN-2", "", "2026-02-01"],
    ["Riverside", "Yoga 8", "8", "issued", CARLA, "WRN-3", "", "2026-03-10"],
]

MISSING_HEADER = ["Location", "Membership type", "Status", "Valid until", "Sale date"]
MISSING = [
    ["Downtown", "Massage 10", "", "", "2026-02-01"],
    ["Riverside", "Yoga 8", "activated", "", "2026-03-01"],
]

NOT_EXCEL = (
    "Location;Membership type;Remaining sessions;Owner phone\n"
    "Downtown;Massage 10;8;12125550101\n"
    "Riverside;PT 12;12;12125550102\n"
)


def sheet(header: list[str], rows: list, *, text: tuple[str, ...] = TEXT_COLUMNS) -> Workbook:
    """A workbook like one a person would prepare: bold header, wide columns, text columns."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Memberships"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for values in rows:
        ws.append([] if values is None else [None if v == "" else v for v in values])
    for number, name in enumerate(header, start=1):
        letter = ws.cell(1, number).column_letter
        ws.column_dimensions[letter].width = max(14, len(name.strip()) + 6)
        if name in text:
            for row in range(2, len(rows) + 2):
                ws.cell(row, number).number_format = "@"
    ws.freeze_panes = "A2"
    return wb


def save(wb: Workbook, path: Path) -> None:
    """Save with fixed timestamps, so the bytes are the same on every run."""
    wb.properties.creator = "Desk sample_imports/make_samples.py"
    wb.properties.created = STAMP
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*",
                              rb"\g<1>2026-01-01T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def build(folder: Path) -> list[Path]:
    """Write every sample into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    books = {
        "valid_demo.xlsx": sheet(HEADER, VALID_DEMO),
        "mixed_formats.xlsx": sheet(MIXED_HEADER, MIXED, text=()),
        "warnings_only.xlsx": sheet(HEADER, WARNINGS),
        "errors_references.xlsx": sheet(HEADER, REFERENCES),
        "errors_values.xlsx": sheet(HEADER, VALUES),
        "errors_owners.xlsx": sheet(HEADER, OWNERS),
        "errors_codes.xlsx": sheet(HEADER, CODES),
        "missing_columns.xlsx": sheet(MISSING_HEADER, MISSING),
        "no_rows.xlsx": sheet(HEADER, []),
    }
    written = []
    for name, wb in books.items():
        save(wb, folder / name)
        written.append(folder / name)
    (folder / "not_excel.xlsx").write_text(NOT_EXCEL, encoding="utf-8")
    written.append(folder / "not_excel.xlsx")
    return written


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    for path in build(folder):
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
