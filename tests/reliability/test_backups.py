"""Backups taken while the desk works are whole; a restore checks before it replaces anything."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.backups import daily_backup, ledger_disagreements
from desk.store.uow import Database
from tests.reliability.workers import payment_ids, sqlite_checks

ROOT = Path(__file__).resolve().parents[2]


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of a folder and a hash of its bytes: 'nothing changed' made checkable."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file()}


def sound(path: Path) -> bool:
    """Integrity, foreign keys and every cached balance equal to its ledger."""
    db = Database.open(path)
    try:
        return sqlite_checks(path) == ("ok", []) and ledger_disagreements(db) == []
    finally:
        db.close()


def test_backups_taken_while_a_desk_pays_are_whole(demo, tmp_path, capsys):
    demo.db.close()
    payer = subprocess.Popen([sys.executable, "-c", "from tests.reliability import workers; "
                              f"workers.pay_many({str(demo.path)!r}, 150)"],
                             cwd=ROOT, stdout=subprocess.DEVNULL)
    copies = []
    while payer.poll() is None or not copies:
        copies.append(tmp_path / f"copy-{len(copies)}.sqlite")
        assert main(["backup", str(copies[-1]), "--db", str(demo.path)]) == 0
    assert len(copies) > 1 and all(sound(c) for c in copies)
    assert payment_ids(copies[0]) <= payment_ids(copies[-1]) <= payment_ids(demo.path)


@pytest.fixture
def backed_up(demo, tmp_path):
    """A backup of the demo, then a change to the desk that a restore would undo."""
    backup = tmp_path / "saved" / "backup.sqlite"
    assert main(["backup", str(backup), "--db", str(demo.path)]) == 0
    with closing(sqlite3.connect(demo.path)) as con, con:
        con.execute("UPDATE chains SET name = 'Changed since the backup'")
    demo.db.close()
    return demo.path, backup


def chain_name(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT name FROM chains").fetchone()[0]


def test_a_restore_brings_back_the_backup_and_keeps_the_current_database(backed_up, capsys):
    db, backup = backed_up
    assert main(["restore", str(backup), "--db", str(db)]) == 0
    [kept] = db.parent.glob("demo.before-restore-*.sqlite")
    assert (chain_name(db), chain_name(kept)) == ("Demo Studio", "Changed since the backup")
    assert "kept as" in capsys.readouterr().out and sound(db)


def damage(backup: Path, how: str) -> Path:
    if how == "missing":
        return backup.with_name("nowhere.sqlite")
    if how == "not a database":
        backup.write_bytes(b"PK\x03\x04 a spreadsheet, not a database" * 100)
    elif how == "truncated":
        backup.write_bytes(backup.read_bytes()[: backup.stat().st_size // 3])
    elif how == "cache off its ledger":
        with closing(sqlite3.connect(backup)) as con, con:
            con.execute("UPDATE memberships SET remaining = remaining + 1 WHERE code = 'DS-0001'")
    return backup


@pytest.mark.parametrize("how", ["missing", "not a database", "truncated",
                                 "cache off its ledger"])
def test_a_bad_backup_is_refused_clearly_and_nothing_changes(backed_up, capsys, how):
    db, backup = backed_up
    bad, before = damage(backup, how), fingerprint(db.parent)
    assert main(["restore", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "can't be restored" in err and "Nothing was changed" in err and "Traceback" not in err
    assert fingerprint(db.parent) == before


def test_the_daily_backup_is_made_once_a_day_and_keeps_the_newest(demo, tmp_path):
    folder, first = tmp_path / "daily", date(2026, 3, 1)
    for n in range(20):
        assert daily_backup(demo.db, folder, first + timedelta(days=n), keep=14) is not None
    again = daily_backup(demo.db, folder, first + timedelta(days=19), keep=14)
    names = sorted(p.name for p in folder.iterdir())
    assert again is None and len(names) == 14
    assert (names[0], names[-1]) == ("demo-2026-03-07.sqlite", "demo-2026-03-20.sqlite")


def test_the_daily_backup_leaves_other_files_alone(demo, tmp_path):
    (tmp_path / "daily").mkdir()
    (tmp_path / "daily" / "demo-2020-01-01.sqlite.note").write_text("mine")
    daily_backup(demo.db, tmp_path / "daily", date(2026, 3, 15), keep=1)
    daily_backup(demo.db, tmp_path / "daily", date(2026, 3, 16), keep=1)
    assert sorted(p.name for p in (tmp_path / "daily").iterdir()) == [
        "demo-2020-01-01.sqlite.note", "demo-2026-03-16.sqlite"]


def test_the_desk_takes_the_daily_backup_when_it_starts(demo):
    demo.db.close()  # a process of its own: quitting a QApplication would end the tests' own
    started = subprocess.run([sys.executable, "-m", "desk", "--smoke-test", "--db",
                              str(demo.path)], cwd=ROOT, capture_output=True, timeout=60,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert started.returncode == 0
    [made] = (demo.path.parent / "backups").iterdir()
    assert made.name == f"demo-{date.today().isoformat()}.sqlite" and sound(made)


def test_two_databases_in_one_folder_each_keep_their_own_daily_backups(demo, tmp_path):
    other = Database.open(tmp_path / "riverside.sqlite")
    folder, day = tmp_path / "backups", date(2026, 3, 15)
    try:
        assert daily_backup(demo.db, folder, day, keep=1) is not None
        assert daily_backup(other, folder, day, keep=1) is not None  # not "already done"
        daily_backup(other, folder, day + timedelta(days=1), keep=1)
    finally:
        other.close()
    assert sorted(p.name for p in folder.iterdir()) == [
        "demo-2026-03-15.sqlite", "riverside-2026-03-16.sqlite"]
