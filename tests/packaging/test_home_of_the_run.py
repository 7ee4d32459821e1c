"""The test run has a home of its own (tests/conftest.py), so the desks, builds and installs
it starts write there, and it notices a change in the real home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desk.paths import default_db_path
from tests.conftest import REAL_HOME, home_changes


def test_the_run_has_a_home_of_its_own_under_its_temporary_folder(tmp_path_factory):
    home = Path(os.environ["HOME"])
    assert home != REAL_HOME and home.is_relative_to(tmp_path_factory.getbasetemp())
    assert default_db_path().is_relative_to(home)


def test_a_subprocess_of_the_run_puts_desks_data_in_the_runs_home():
    done = subprocess.run([sys.executable, "-c", "from desk.paths import default_db_path; "
                           "print(default_db_path())"], capture_output=True, text=True,
                          check=True)
    assert Path(done.stdout.strip()).is_relative_to(os.environ["HOME"])


def test_uv_keeps_its_real_cache():
    assert not Path(os.environ["UV_CACHE_DIR"]).is_relative_to(os.environ["HOME"])


def test_an_entry_added_removed_or_changed_in_the_real_home_is_reported():
    before = {"/home/a/.bashrc": (10, 1), "/home/a/.config/old": "folder"}
    after = {"/home/a/.bashrc": (12, 2), "/home/a/.local/share/Desk": "folder"}
    assert home_changes(before, after) == [
        "added /home/a/.local/share/Desk", "removed /home/a/.config/old",
        "changed /home/a/.bashrc"]
