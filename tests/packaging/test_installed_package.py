"""The .deb installs for real with apt (its declared dependencies resolved from the
distribution) and the installed `desk` starts and draws its window; the package is removed
afterwards. Installing needs root and apt-get: without them the tests skip, unless
DESK_REQUIRE_PACKAGING=1 (CI), which fails them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, run_program

pytestmark = pytest.mark.slow
INSTALLED = Path("/usr/bin/desk")


def why_apt_cannot_install() -> str | None:
    if shutil.which("apt-get") is None:
        return "apt-get is not available"
    if os.geteuid() != 0:
        return "installing a package with apt-get needs root"
    return None


def apt_get(*argv: str) -> subprocess.CompletedProcess:
    # waits for another apt or dpkg run to release the lock instead of failing at once
    return subprocess.run(["apt-get", "-y", "-o", "DPkg::Lock::Timeout=300", *argv],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def install(deb: Path) -> None:
    done = apt_get("install", str(deb))
    if done.returncode != 0:  # the package lists may name files the mirror no longer has
        apt_get("update")
        done = apt_get("install", str(deb))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def installed(release) -> Path:
    """/usr/bin/desk, from the release's .deb installed with apt-get."""
    reason = why_apt_cannot_install()
    if reason:
        if os.environ.get("DESK_REQUIRE_PACKAGING") == "1":
            pytest.fail(f"DESK_REQUIRE_PACKAGING=1 but {reason}")
        pytest.skip(reason)
    try:
        install(release.deb)
        yield INSTALLED
    finally:
        removed = apt_get("remove", "desk")
        assert removed.returncode == 0, removed.stdout[-3000:] + removed.stderr[-3000:]


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_apt_installs_the_package_with_every_dependency_it_declares(installed):
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "desk"],
                          capture_output=True, text=True)
    assert done.stdout == f"install ok installed {version()}"


def test_the_installed_desk_reports_the_version_of_pyproject(installed):
    done = run_program(installed, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"desk {version()}")


def test_the_installed_desk_draws_its_main_window_offscreen_on_a_new_database(
        installed, tmp_path):
    done = run_program(installed, "--smoke-test", "--db", str(tmp_path / "new.sqlite"),
                       QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout
