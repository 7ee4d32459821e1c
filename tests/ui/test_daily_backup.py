"""The open desk takes one backup a day, off the GUI thread, however long it stays open."""

from datetime import date, timedelta

from desk.ui.daily_backup import DailyBackup, backups_folder


def test_an_open_desk_backs_up_at_start_and_again_the_next_day(demo, qtbot):
    day = [date(2026, 3, 15)]
    runner = DailyBackup(demo.db, backups_folder(demo.path), interval_ms=3_600_000,
                         today=lambda: day[0])
    with qtbot.waitSignal(runner.sig_checked) as first:
        runner.start()
    with qtbot.waitSignal(runner.sig_checked) as later_that_day:
        runner.run_now()
    day[0] += timedelta(days=1)
    with qtbot.waitSignal(runner.sig_checked) as next_day:
        runner.run_now()
    assert first.args[0].name == "demo-2026-03-15.sqlite" and later_that_day.args == [None]
    assert next_day.args[0].name == "demo-2026-03-16.sqlite"
    assert sorted(p.name for p in backups_folder(demo.path).iterdir()) == [
        "demo-2026-03-15.sqlite", "demo-2026-03-16.sqlite"]


def test_a_backup_that_cant_be_written_is_reported_and_the_desk_goes_on(demo, qtbot, tmp_path):
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the folder should be")
    runner = DailyBackup(demo.db, blocked)
    with qtbot.waitSignal(runner.sig_failed) as failed:
        runner.run_now()
    assert failed.args[0] and not runner.running
