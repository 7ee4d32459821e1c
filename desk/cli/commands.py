"""Commands for installers and managers: open the desk, demo, report, screenshots."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desk.cli.context import actor, business_date, db_path, emit, open_db
from desk.core.dates import parse_date, utc_now
from desk.services.demo import create_demo, is_empty
from desk.store.uow import Database


def open_desk(args) -> int:
    """``desk`` alone: the window; on first run with no database, offer the demo chain."""
    path = db_path(args)
    db = open_db(args)
    if args.smoke_test:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.ui.app import run_app

    return run_app(db, path, smoke_test=args.smoke_test)


def demo(args) -> int:
    path = db_path(args)
    if args.force and path.exists():
        probe = Database.open(path)
        empty = is_empty(probe)
        probe.close()
        if not empty:
            aside = path.with_name(f"{path.stem}.before-demo-{utc_now():%Y%m%d-%H%M%S}.sqlite")
            for suffix in ("", "-wal", "-shm"):
                source = Path(str(path) + suffix)
                if source.exists():
                    source.rename(Path(str(aside) + suffix))
            print(f"Moved the existing database aside to {aside}.")
    db = open_db(args)
    create_demo(db)
    print(f"Created the demo chain “Demo Studio” in {path}.")
    return 0


def report(args) -> int:
    from desk.services.reports import export_reports_to, liability, report_summary

    db = open_db(args)
    who = actor(db, args)
    day = business_date(args, "as_of")
    start, end = _report_period(args, day)
    s = report_summary(db, who, day)
    rf = liability(db, who, start, end)
    data = {**s.as_json(), "liability": rf.as_json()}
    if getattr(args, "xlsx", None):
        data["xlsx"] = str(export_reports_to(db, who, args.xlsx, day, start, end))
    lines = [f"{k:>17}: {v}" for k, v in s.as_json().items()]
    lines.append(f"liability {start} .. {end - timedelta(days=1)} (per location, type):")
    for r in [*rf.rows, rf.total]:
        lines.append(f"  {r.location} / {r.type}: opening {r.opening} + sold {r.sold} + imported "
                     f"{r.imported} - redeemed {r.redeemed} - expired {r.expired} + edits "
                     f"{r.edits} = closing {r.closing}")
    if "xlsx" in data:
        lines.append(f"Wrote {data['xlsx']}.")
    emit(args, data, "\n".join(lines))
    return 0


def _report_period(args, day: date) -> tuple[date, date]:
    """[start, end) of the roll-forward: --from/--to (inclusive), by default ``day``'s month."""
    start = (parse_date(args.start, field="--from date") if getattr(args, "start", None)
             else day.replace(day=1))
    if getattr(args, "end", None):
        end = parse_date(args.end, field="--to date") + timedelta(days=1)
    else:
        end = (start.replace(day=1) + timedelta(days=32)).replace(day=1)  # the month's end
    return start, max(end, start)


def shots(args) -> int:
    """Render each main view offscreen (works without a display)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.ui.shots import render_views

    db = open_db(args)
    for path in render_views(db, Path(args.out)):
        print(f"wrote {path}")
    return 0
