"""Commands for installers and managers: open the desk, demo, report, screenshots."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desk.cli.context import actor, business_date, close_all, db_path, emit, open_db
from desk.core.dates import check_period, parse_date
from desk.core.errors import DeskError
from desk.services.demo import create_demo, move_aside_for_demo
from desk.ui.system_libraries import MISSING_LIBRARIES_EXIT, window_libraries_missing


def open_desk(args) -> int:
    """``desk`` alone: the window; on first run with no database, offer the demo chain."""
    if args.smoke_test and not args.db:
        return _smoke_test_on_a_temporary_database(args)
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _window_can_open():
        return MISSING_LIBRARIES_EXIT
    path = db_path(args)
    try:
        db = open_db(args, create=True)
    except DeskError as error:
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":  # nobody to click it offscreen
            from desk.ui.app import show_start_refusal

            show_start_refusal(error)  # started from a menu, nobody reads stderr
        raise
    from desk.ui.app import run_app

    return run_app(db, path, smoke_test=args.smoke_test, language=args.lang)


def _smoke_test_on_a_temporary_database(args) -> int:
    """``--smoke-test`` without ``--db``: a new database in a temporary folder, removed
    afterwards, so trying an installed build never touches the user's own data folder."""
    with tempfile.TemporaryDirectory(prefix="desk-smoke-test-",
                                     ignore_cleanup_errors=True) as folder:
        args.db = str(Path(folder) / "desk.sqlite")
        try:
            return open_desk(args)
        finally:
            close_all()  # the database's files must be closed before the folder goes


def _window_can_open() -> bool:
    """False, having said which system libraries are missing, when Qt would abort for want of
    them (checked before Qt is loaded: its own libraries need some of them)."""
    missing = window_libraries_missing()
    if missing:
        print(missing, file=sys.stderr)
    return missing is None


def demo(args) -> int:
    path = db_path(args)
    if args.force and path.exists():
        aside = move_aside_for_demo(path, getattr(args, "user", None))
        if aside is not None:
            print(f"Moved the existing database aside to {aside}.")
    db = open_db(args, create=True)
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
        data["xlsx"] = str(export_reports_to(db, who, args.xlsx, day, start, end,
                                             force=args.force))
    lines = [f"{k:>17}: {v}" for k, v in s.as_json().items()]
    lines.append(f"liability {start} .. {end - timedelta(days=1)} (per location, type):")
    for r in [*rf.rows, rf.total]:
        lines.append(f"  {r.location} / {r.type}: opening {r.opening} + sold {r.sold} + imported "
                     f"{r.imported} - redeemed {r.redeemed} - expired {r.expired} - refunded "
                     f"{r.refunded} - voided {r.voided} + edits {r.edits} = closing {r.closing}")
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
    check_period(start, end - timedelta(days=1))
    return start, end


def shots(args) -> int:
    """Render each main view offscreen (works without a display)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _window_can_open():
        return MISSING_LIBRARIES_EXIT
    from desk.ui.shots import render_views

    db = open_db(args)
    for path in render_views(db, Path(args.out), language=args.lang):
        print(f"wrote {path}")
    return 0
