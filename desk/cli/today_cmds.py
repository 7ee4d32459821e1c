"""``desk today``: the day of one location (SPEC §11), read-only."""

from __future__ import annotations

from desk.cli.context import actor, business_date, emit, open_db
from desk.services.lookups import location_named
from desk.services.this_desk import usual_location
from desk.services.today import Day, today


def show_today(args) -> int:
    db = open_db(args)
    day = business_date(args)
    if args.location:
        location, why = location_named(db, args.location), ""
    else:
        location, why = usual_location(db)
    shown = today(db, actor(db, args), location.id, day)
    emit(args, shown.as_json(), _text(shown, why))
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
