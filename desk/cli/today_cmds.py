"""``desk today`` and ``desk day-sheet``: the day of one location (SPEC §11), read-only."""

from __future__ import annotations

import os
import sys

from desk.cli.context import actor, business_date, emit, open_db
from desk.core.reference import Location
from desk.files import Protected, check_output
from desk.services.database import Database
from desk.services.lookups import location_named
from desk.services.this_desk import usual_location
from desk.services.today import Day, today
from desk.ui.system_libraries import MISSING_LIBRARIES_EXIT, window_libraries_missing


def desk_location(db: Database, named: str | None) -> tuple[Location, str]:
    """The location a day command shows: the one named, else the usual one with why it was
    chosen (the one place that default is decided for the command line)."""
    if named:
        return location_named(db, named), ""
    return usual_location(db)


def show_today(args) -> int:
    db = open_db(args)
    day = business_date(args)
    location, why = desk_location(db, args.location)
    shown = today(db, actor(db, args), location.id, day)
    emit(args, shown.as_json(), _text(shown, why))
    return 0


def write_day_sheet(args) -> int:
    """The day sheet as a PDF at OUT.pdf (refused before any work if it exists without
    --force, or is the database)."""
    db = open_db(args)
    day = business_date(args)
    protected = Protected(db.path)
    check_output(args.out, force=args.force, protected=protected, what="day sheet")
    location, why = desk_location(db, args.location)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # paper needs no screen
    missing = window_libraries_missing()
    if missing:
        print(missing, file=sys.stderr)
        return MISSING_LIBRARIES_EXIT
    from desk.services.day_sheet import day_sheet
    from desk.ui.day_sheet_pdf import write_day_sheet_pdf
    from desk.ui.paper import paper_app

    paper_app()
    sheet = day_sheet(db, actor(db, args), location.id, day)
    path = write_day_sheet_pdf(sheet, args.out, force=args.force, protected=protected)
    emit(args, {"wrote": str(path), "location": location.name, "day": day.isoformat(),
                "bookings": len(sheet.rows)},
         f"wrote {path}: {location.name}, {day.isoformat()}" + (f" ({why})" if why else "")
         + f", {len(sheet.rows)} bookings")
    return 0


def _text(d: Day, why: str) -> str:
    head = f"{d.location.name}, {d.day.isoformat()}" + (f" ({why})" if why else "")
    sections = [
        ("Bookings", [" · ".join([b.time, b.client, b.service, b.membership_number or "(no code)",
                                  b.state]) for b in d.bookings]),
        ("Visits paid", [" · ".join([v.time, v.client or "(no client)", v.service or "",
                                     v.membership_number or "(no code)",
                                     f"by {v.recorded_by or 'system'}"]) for v in d.visits]),
        ("Sales", [" · ".join([s.time, s.client or "(no client)", s.type,
                               s.membership_number or "(no code)", str(s.price)])
                   for s in d.sales]),
        ("Automatic deductions and freezes",
         [" · ".join([e.time, e.kind, e.client or "(no client)",
                      e.membership_number or "(no code)"]
                     + ([e.service] if e.service else [])
                     + ([f"until {e.until.isoformat()}"] if e.until else []))
          for e in d.deductions_and_freezes]),
    ]
    lines = [head]
    for title, rows in sections:
        lines += ["", f"{title}:"] + ([f"  {row}" for row in rows] or ["  none"])
    return "\n".join(lines)
