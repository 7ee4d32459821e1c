"""Starting the window from source on Linux: the system libraries Qt needs are named (the
list, the README's install line and the one clear line printed when one is missing), and the
smoke test works on a temporary database of its own."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from desk.ui import system_libraries as libs
from tests.packaging.conftest import ROOT, load

trim = load("trim")
deb = load("deb")
QT = Path(PySide6.__file__).parent
# what every Debian and Ubuntu system has (libc6, libstdc++6, libgcc-s1, zlib1g, libzstd1 are
# required by dpkg and apt themselves)
EVERYWHERE = {name for name, package in deb.SYSTEM_LIBRARIES.items() if package == "libc6"} | {
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libzstd.so.1"}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's Qt only")


def from_the_system(roots: list[Path]) -> set[str]:
    """The libraries ``roots`` link to, directly or through the wheel's own libraries, that
    the PySide6 wheel does not carry and not every system has."""
    wheel = {p.name: p for folder in (QT, QT.parent / "shiboken6") for p in folder.rglob("*.so*")
             if p.is_file()}
    seen, system, todo = set(), set(), list(roots)
    while todo:
        for name in trim.linked_libraries(todo.pop()):
            if name in wheel and name not in seen:
                seen.add(name)
                todo.append(wheel[name])
            elif name not in wheel:
                system.add(name)
    return system - EVERYWHERE


def run_desk(*argv: str, **env: str) -> subprocess.CompletedProcess:
    """``python -m desk`` from source, in a process of its own with ``env`` added."""
    return subprocess.run([sys.executable, "-m", "desk", *argv], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120, cwd=ROOT)


@linux_only
def test_the_listed_libraries_are_those_qt_takes_from_the_system_for_a_window():
    gui = from_the_system([QT / f"{module}.abi3.so"
                           for module in ("QtCore", "QtGui", "QtWidgets", "QtCharts")])
    assert gui == libs.GUI_LIBRARIES.keys()
    platforms = QT / "Qt" / "plugins" / "platforms"
    assert from_the_system([platforms / "libqxcb.so"]) - gui == libs.XCB_LIBRARIES.keys()
    assert from_the_system([platforms / "libqwayland.so"]) - gui == libs.WAYLAND_LIBRARIES.keys()


def test_the_platform_qt_will_use_decides_which_libraries_must_be_there():
    x11 = libs.libraries_for_window({})
    assert libs.XCB_LIBRARIES.keys() <= x11.keys() and libs.GUI_LIBRARIES.keys() <= x11.keys()
    assert libs.libraries_for_window({"QT_QPA_PLATFORM": "xcb:display=:1"}) == x11
    assert libs.libraries_for_window({"QT_QPA_PLATFORM": "offscreen"}) == libs.GUI_LIBRARIES
    # a Wayland session: Qt falls back to X11 if Wayland fails, so neither is a must
    assert libs.libraries_for_window({"XDG_SESSION_TYPE": "wayland"}) == libs.GUI_LIBRARIES
    assert libs.WAYLAND_LIBRARIES.keys() <= libs.libraries_for_window(
        {"QT_QPA_PLATFORM": "wayland"}).keys()


@linux_only
def test_a_library_the_loader_cannot_load_is_reported_missing():
    assert libs.missing_libraries(["libc.so.6", "libdesk-nowhere.so.7"]) == [
        "libdesk-nowhere.so.7"]


def test_the_message_names_each_missing_library_and_the_packages_that_install_them():
    message = libs.missing_libraries_message(
        ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libgthread-2.0.so.0", "libglib-2.0.so.0"],
        {**libs.XCB_LIBRARIES, **libs.GUI_LIBRARIES})
    assert message == (
        "Desk can't open its window: this system lacks libxcb-cursor.so.0, libxcb-icccm.so.4, "
        "libgthread-2.0.so.0, libglib-2.0.so.0 (install: sudo apt-get install libxcb-cursor0 "
        "libxcb-icccm4 libglib2.0-0)")


@linux_only
def test_desk_names_a_library_it_cannot_load_and_exits_instead_of_qt_aborting(tmp_path):
    """A libxcb-cursor.so.0 that the loader finds first but can't load (an empty file), as on
    a system without libxcb-cursor0: the X11 window can't open."""
    (tmp_path / "libs").mkdir()
    (tmp_path / "libs" / "libxcb-cursor.so.0").write_bytes(b"")
    db = tmp_path / "desk.sqlite"
    done = run_desk("--db", str(db), QT_QPA_PLATFORM="xcb", DISPLAY=":99",
                    LD_LIBRARY_PATH=str(tmp_path / "libs"))
    assert done.returncode == libs.MISSING_LIBRARIES_EXIT, done.stdout + done.stderr
    assert done.stderr == ("Desk can't open its window: this system lacks libxcb-cursor.so.0 "
                           "(install: sudo apt-get install libxcb-cursor0)\n")
    assert not db.exists()


@linux_only
def test_desk_draws_a_real_x11_window_when_the_libraries_are_there(tmp_path):
    if shutil.which("xvfb-run") is None:  # .ci/run installs it
        reason = "xvfb-run is not installed (apt-get install xvfb): no X server"
        if os.environ.get("DESK_REQUIRE_PACKAGING") == "1":
            pytest.fail(f"DESK_REQUIRE_PACKAGING=1 but {reason}")
        pytest.skip(reason)
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-m", "desk", "--smoke-test",
                           "--db", str(tmp_path / "desk.sqlite")], capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "xcb"}, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout


def test_the_readme_installs_every_system_library_the_window_needs_in_one_line():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    set_up = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    lines = re.findall(r"^sudo apt-get install (.+)$", set_up, re.M)
    assert len(lines) == 1, lines
    assert sorted(lines[0].split()) == libs.system_packages()


def test_the_smoke_test_without_db_uses_a_temporary_database_and_removes_it(tmp_path):
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(), scratch.mkdir()
    done = run_desk("--smoke-test", HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                    TMPDIR=str(scratch))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout
    assert not (home / ".local/share/Desk").exists()
    assert not list(scratch.glob("desk-smoke-test-*"))
