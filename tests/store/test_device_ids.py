"""A copied or restored desk file never writes under another desk's device id (issue 16
item 6): it takes a new id and code prefix, and keeps doing the due work of what it sold."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, time, timedelta

from desk.cli import main
from desk.services.due import run_due
from desk.store.uow import Database
from tests.demo_chain import DEMO_DAY


def test_a_copied_file_takes_a_new_device_id_and_code_prefix(demo, tmp_path):
    original, prefix, home = demo.db.device_id, demo.db.code_prefix(), demo.db.home_devices
    demo.db.close()
    shutil.copy(demo.path, tmp_path / "copy.sqlite")
    copy = Database.open(tmp_path / "copy.sqlite")
    again = Database.open(demo.path)
    try:
        assert copy.device_id != original and copy.code_prefix() != prefix
        assert again.device_id == original  # the file itself keeps its id
        assert copy.home_devices == (copy.device_id, *home[1:], original)
    finally:
        copy.close(), again.close()


def test_a_file_moved_within_its_disk_keeps_its_device_id(demo, tmp_path):
    original, home = demo.db.device_id, demo.db.home_devices
    demo.db.close()
    moved = tmp_path / "moved" / "desk.sqlite"
    moved.parent.mkdir()
    demo.path.rename(moved)
    db = Database.open(moved)
    try:
        assert db.device_id == original and db.home_devices == home
    finally:
        db.close()


def test_a_restored_backup_writes_under_a_new_device_id(demo, tmp_path, capsys):
    original = demo.db.device_id
    demo.db.close()
    assert main(["backup", str(tmp_path / "b.sqlite"), "--db", str(demo.path)]) == 0
    assert main(["restore", str(tmp_path / "b.sqlite"), "--db", str(demo.path)]) == 0
    db = Database.open(demo.path)
    try:
        assert db.device_id != original and original in db.home_devices
    finally:
        db.close()
    assert main(["audit", "verify", "--db", str(demo.path)]) == 0


def test_a_copy_still_does_the_due_work_of_the_memberships_it_sold(demo, tmp_path):
    # Carla's Yoga 8, sold on the template's device, activates itself after 14 days
    demo.db.close()
    shutil.copy(demo.path, tmp_path / "copy.sqlite")
    copy = Database.open(tmp_path / "copy.sqlite")
    try:
        done = run_due(copy, demo.admin, datetime.combine(DEMO_DAY + timedelta(days=15),
                                                          time(9), UTC), deliver=False)
        assert len(done.activated) == 1
    finally:
        copy.close()
