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
    day = business_date(args, "as_of")
    with db.read() as uow:
        s = summary(uow.session, day)
    emit(args, s.as_json(), "\n".join(f"{k:>17}: {v}" for k, v in s.as_json().items()))
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
