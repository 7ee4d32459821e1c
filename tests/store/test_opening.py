"""Databases that can't be opened say why, and paths are data (SPEC §8; issue 15 items 7, 8)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from desk.cli import main
from desk.reports.memberships_report import memberships_report
from desk.store.engine import open_engine
from desk.store.migrate import HEAD, alembic_config
from desk.store.uow import Database
from tests.reliability.test_backups import fingerprint

AWKWARD_FOLDERS = ["o'brien", "two words", "Müller's Café — ünïcødé", "x" * 200,
                   "'); DROP TABLE settings; --"]


def database_at(path: Path, revision: str) -> None:
    """A database file at an older schema ``revision``, holding one setting."""
    engine = open_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")
    engine.dispose()


@pytest.mark.parametrize("folder", AWKWARD_FOLDERS)
def test_an_older_database_in_a_folder_with_any_name_upgrades_and_keeps_its_data(tmp_path,
                                                                                 folder):
    path = tmp_path / folder / "desk.sqlite"
    path.parent.mkdir()
    database_at(path, "0008")
    db = Database.open(path)
    try:
        with db.read() as uow:
            assert uow.settings.get("kept") == "yes"
        assert db.upgraded.before == "0008" and db.upgraded.backup.exists()
        assert db.upgraded.backup.parent == path.parent
    finally:
        db.close()


def test_an_upgrade_is_said_on_stderr_with_the_copy_kept(tmp_path, capsys):
    path = tmp_path / "o'brien" / "desk.sqlite"
    path.parent.mkdir()
    database_at(path, "0007")
    assert main(["memberships", "--db", str(path), "--json"]) == 0
    err = capsys.readouterr().err
    assert f"Database upgraded from schema 7 to {int(HEAD)}" in err
    assert str(path.parent) in err


def test_a_database_from_a_newer_desk_is_refused_naming_both_schemas_and_left_alone(
        tmp_path, capsys):
    path = tmp_path / "desk.sqlite"
    Database.open(path).close()
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '0999'")
    before = fingerprint(tmp_path)
    assert main(["memberships", "--db", str(path), "--json"]) == 1
    out = capsys.readouterr().out
    assert '"database_too_new"' in out and "schema 999" in out and f"schema {int(HEAD)}" in out
    assert fingerprint(tmp_path) == before  # nothing written, no copy made


@pytest.mark.parametrize(("command_line", "code"), [
    (["memberships"], 1), (["report"], 1), (["run-due"], 1),
    (["sell", "PT 12", "--location", "Riverside"], 1), (["audit", "verify"], 1),
    (["backup", "out.sqlite"], 1),
    (["template", "out.xlsx"], 2)])  # the import's own exit codes: 2 is a refused command
def test_a_command_refuses_a_database_that_does_not_exist(tmp_path, capsys, command_line,
                                                          code):
    missing = tmp_path / "typo.sqlite"
    assert main([*command_line, "--db", str(missing)]) == code
    assert "[database_missing]" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "out.sqlite").exists()


def test_demo_creates_the_database_it_is_given(tmp_path):
    assert main(["demo", "--db", str(tmp_path / "new.sqlite")]) == 0
    assert (tmp_path / "new.sqlite").exists()


def test_the_window_says_why_it_cant_open_a_database_in_the_error_box(qtbot):
    from desk.core.errors import DeskError
    from desk.ui.app import show_start_refusal

    error = DeskError("database_too_new", "The database was made by a newer Desk.",
                      hint="Install the newer Desk.")
    box = show_start_refusal(error, wait=False)
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() == str(error)


OLD_DEMO = Path(__file__).resolve().parents[1] / "data" / "desk-0.1.0-demo.sqlite"


def test_a_database_of_desk_0_1_0_in_o_briens_folder_opens_with_its_data_and_audit_chain(
        tmp_path, capsys):
    path = tmp_path / "o'brien" / "desk.sqlite"
    path.parent.mkdir()
    path.write_bytes(OLD_DEMO.read_bytes())
    assert main(["audit", "verify", "--db", str(path)]) == 0
    assert "The audit trail is whole: 8 ledger entries" in capsys.readouterr().out
    assert main(["memberships", "--db", str(path), "--json"]) == 0
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    ds1 = rows["DS-0001"]
    assert (ds1["remaining"], ds1["expires"], ds1["frozen_days"]) == (6, "2027-02-10", 7)
    assert (rows["DS-0002"]["remaining"], rows[None]["type"]) == (12, "Yoga 8")
    db = Database.open(path)
    try:
        with db.read() as uow:
            [row] = [r for r in memberships_report(uow.connection(), date(2026, 12, 3)).rows
                     if r.number == "DS-0001"]
    finally:
        db.close()
    assert row.debited == Decimal("320.00")  # four of ten visits of 800.00, re-valued
