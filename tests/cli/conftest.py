"""The demo chain as a file for the command line tests: made once per module, copied per
test."""

import shutil

import pytest

from desk.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def db(demo_file, tmp_path):
    copy = tmp_path / "desk.sqlite"
    shutil.copy(demo_file, copy)
    return str(copy)
