"""Files Desk writes never overwrite what they should not, and are its user's alone
(issue 16 items 1 and 3; desk/files.py)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main
from desk.core.errors import DeskError
from desk.files import Protected, output_file
from tests.importer.helpers import HEADER, row, write_xlsx
from tests.reliability.test_backups import ROOT

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def desk_file(demo_template, tmp_path) -> Path:
    path = tmp_path / "d.sqlite"
    shutil.copy(demo_template, path)
    return path


def memberships(path: Path, capsys) -> list:
    assert main(["memberships", "--db", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def bad_import(folder: Path) -> str:
    """An import file with a mistake, so that ``--errors`` writes its marked copy."""
    return str(write_xlsx(folder / "in.xlsx", HEADER, [row(location="Moon")]))


OUTPUTS = [  # each command that writes a file, with the output argument last
    ["report", "--xlsx"], ["backup"], ["template"], ["import", bad_import, "--errors"]]
EXIT_REFUSED = {"template": 2, "import": 2}  # the import's exit code for a refused command


def command_line(command: list, folder: Path) -> list[str]:
    return [part(folder) if callable(part) else part for part in command]


@pytest.mark.parametrize("command", OUTPUTS)
@pytest.mark.parametrize("force", [False, True])
def test_no_output_is_ever_written_over_the_open_database(desk_file, capsys, command, force):
    before = memberships(desk_file, capsys)
    argv = [*command_line(command, desk_file.parent.parent), str(desk_file), "--db",
            str(desk_file)] + (["--force"] if force else [])
    assert main(argv) == EXIT_REFUSED.get(command[0], 1)
    assert "[file_protected]" in capsys.readouterr().err
    assert memberships(desk_file, capsys) == before and len(before) == 3
    assert sorted(p.name for p in desk_file.parent.iterdir()) == ["d.sqlite"]


def test_an_error_workbook_that_can_t_be_written_is_refused_before_the_file_is_read(
        desk_file, tmp_path, capsys):
    out = tmp_path / "taken.xlsx"
    out.write_bytes(b"keep me")
    assert main(["import", bad_import(tmp_path), "--errors", str(out), "--db", str(desk_file),
                 "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "file_exists"
    assert out.read_bytes() == b"keep me"


@pytest.mark.parametrize("name", ["d.sqlite-wal", "d.sqlite-shm"])
def test_nor_over_its_write_ahead_log(desk_file, capsys, name):
    assert main(["backup", str(desk_file.parent / name), "--db", str(desk_file),
                 "--force"]) == 1
    assert "[file_protected]" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["backups/d-2026-03-15.sqlite",
                                  "d.before-restore-20260315-101010.sqlite"])
def test_nor_over_its_backups(desk_file, capsys, name):
    target = desk_file.parent / name
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(b"keep me")
    assert main(["backup", str(target), "--db", str(desk_file), "--force"]) == 1
    assert "[file_protected]" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"


@pytest.mark.parametrize("command", OUTPUTS)
def test_an_existing_file_is_replaced_only_when_told_to(desk_file, tmp_path, capsys, command):
    out, argv = tmp_path / "out.file", command_line(command, tmp_path)
    out.write_bytes(b"keep me")
    assert main([*argv, str(out), "--db", str(desk_file)]) == EXIT_REFUSED.get(command[0], 1)
    assert "file_exists" in "".join(capsys.readouterr()) and out.read_bytes() == b"keep me"
    assert main([*argv, str(out), "--db", str(desk_file), "--force"]) in (0, 1)
    assert out.read_bytes() != b"keep me"
    assert not list(tmp_path.glob(".out.file.*"))  # no half-written file left


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path):
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the old report")
    with pytest.raises(RuntimeError), output_file(out, force=True) as partial:
        partial.write_bytes(b"half a new rep")
        raise RuntimeError("the disk filled up")
    assert out.read_bytes() == b"the old report"
    assert list(tmp_path.iterdir()) == [out]


def test_the_protected_files_are_recognised_through_links_and_relative_paths(tmp_path,
                                                                            monkeypatch):
    db = tmp_path / "desk.sqlite"
    db.write_bytes(b"")
    (tmp_path / "alias.sqlite").symlink_to(db)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DeskError) as caught, \
            output_file("alias.sqlite", force=True, protected=Protected(db)):
        pass
    assert caught.value.code == "file_protected"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_database_its_backups_logs_and_exports_are_for_their_user_alone(tmp_path):
    data, logs = tmp_path / "data", tmp_path / "logs"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_LOG_DIR": str(logs)}

    def desk(*argv: str) -> None:
        done = subprocess.run([sys.executable, "-m", "desk", *argv], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr

    database = data / "desk.sqlite"
    desk("demo", "--db", str(database))
    desk("--smoke-test", "--db", str(database))  # takes the daily backup
    desk("report", "--db", str(database), "--xlsx", str(data / "r.xlsx"))
    desk("backup", str(data / "copy.sqlite"), "--db", str(database))
    [daily] = (data / "backups").iterdir()
    for folder in (data, data / "backups", logs):
        assert mode(folder) == 0o700, folder
    for file in (database, daily, data / "r.xlsx", data / "copy.sqlite", logs / "desk.log"):
        assert mode(file) == 0o600, file


@posix_only
def test_a_database_an_older_desk_left_readable_by_all_is_made_private(desk_file):
    desk_file.chmod(0o644)
    assert main(["memberships", "--db", str(desk_file)]) == 0
    assert mode(desk_file) == 0o600
