"""Commands for installers and managers: open the desk, demo, report, backup, run-due."""

from __future__ import annotations

from pathlib import Path

from desk.cli.context import actor, business_date, db_path, emit, open_db
from desk.core.dates import parse_moment, utc_now
from desk.core.permissions import Action
from desk.reports.summary import summary
from desk.services.demo import create_demo, is_empty
from desk.services.due import run_due as run_due_service
from desk.store.backup import backup_to
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
    db = open_db(args)
    actor(db, args).require(Action.VIEW_REPORTS)
    from datetime import timedelta

    from desk.core.dates import parse_date
    from desk.reports.liability import roll_forward

    day = business_date(args, "as_of")
    start = (parse_date(args.start, field="--from date") if getattr(args, "start", None)
             else day.replace(day=1))
    if getattr(args, "end", None):
        end = parse_date(args.end, field="--to date") + timedelta(days=1)  # --to is inclusive
    else:
        end = (start.replace(day=1) + timedelta(days=32)).replace(day=1)  # the month's end
    end = max(end, start)
    with db.read() as uow:
        s = summary(uow.session, day)
        rf = roll_forward(uow.session, start, end)
    data = {**s.as_json(), "liability": rf.as_json()}
    lines = [f"{k:>17}: {v}" for k, v in s.as_json().items()]
    lines.append(f"liability {start} .. {end - timedelta(days=1)} (per location, type):")
    for r in [*rf.rows, rf.total]:
        lines.append(f"  {r.location} / {r.type}: opening {r.opening} + sold {r.sold} + imported "
                     f"{r.imported} - redeemed {r.redeemed} - expired {r.expired} + edits "
                     f"{r.edits} = closing {r.closing}")
    emit(args, data, "\n".join(lines))
    return 0


def backup(args) -> int:
    db = open_db(args)
    actor(db, args).require(Action.BACKUP)
    out = backup_to(db.engine, args.out)
    print(f"Backed up {db_path(args)} to {out}.")
    return 0


def run_due(args) -> int:
    db = open_db(args)
    now = parse_moment(args.now, field="--now time") if args.now else utc_now()
    done = run_due_service(db, actor(db, args), now)
    lines = [f"activated: {', '.join(done.activated) or 'none'}",
             f"automatic deductions debited: {len(done.debited)}, "
             f"not debited: {len(done.not_debited)}"]
    emit(args, done.as_json(), "\n".join(lines))
    return 0


def shots(args) -> int:
    """Render each main view offscreen (works without a display)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.ui.shots import render_views

    db = open_db(args)
    for path in render_views(db, Path(args.out)):
        print(f"wrote {path}")
    return 0
