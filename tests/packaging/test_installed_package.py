"""The .deb installs for real with apt (its declared dependencies resolved from the
distribution), upgrades an older Desk, and the installed `desk` starts and draws its window.

The machine is left as it was found: the tests remove only the Desk they installed, and a Desk
that was installed before them is put back from its .deb (apt's cache, or its repository). When
that .deb can't be had, or without root and apt-get, the tests skip saying why, unless
DESK_REQUIRE_PACKAGING=1 (CI), which fails them: there a run must install the package. The
libraries apt adds as Desk's dependencies stay (marked automatic: `apt-get autoremove` takes
them), so the next run does not download them again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load, run_program

pytestmark = pytest.mark.slow
deb = load("deb")
versions = load("versions")
INSTALLED = Path("/usr/bin/desk")
OLDER = "0.1.0"  # the first release, which the upgrade starts from
OLD_DATABASE = ROOT / "tests" / "data" / "desk-0.1.0-demo.sqlite"  # made by Desk 0.1.0


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


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


def install(package: Path, *options: str) -> None:
    done = apt_get("install", *options, str(package))
    if done.returncode != 0:  # the package lists may name files the mirror no longer has
        apt_get("update")
        done = apt_get("install", *options, str(package))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def installed_desk() -> str | None:
    """The version of the desk package on this machine; None when there is none (a removed
    package whose configuration files are left counts as none)."""
    done = subprocess.run(["dpkg-query", "-W", "-f", "${db:Status-Status} ${Version}", "desk"],
                          capture_output=True, text=True)
    status, _, installed = done.stdout.partition(" ")
    if done.returncode != 0 or status in ("", "not-installed", "config-files"):
        return None
    return installed


def deb_of(installed: str, folder: Path) -> Path | None:
    """A copy in ``folder`` of the .deb of the desk package ``installed`` (a Debian version):
    from apt's cache (which apt may clean after any install), or downloaded from the repository
    it came from; None when neither has it."""
    arch = deb.architecture()
    cached = Path("/var/cache/apt/archives") / f"desk_{installed.replace(':', '%3a')}_{arch}.deb"
    if cached.is_file():
        return Path(shutil.copy(cached, folder))
    subprocess.run(["apt-get", "download", f"desk={installed}"], cwd=folder,
                   capture_output=True, timeout=300)
    return next(folder.glob("desk_*.deb"), None)


class Machine:
    """This machine's apt, with the Desk it had before the tests, put back after them."""

    def __init__(self, before: str | None, before_deb: Path | None) -> None:
        self.before, self.before_deb = before, before_deb
        self.installed: Path | None = None

    def install(self, package: Path) -> None:
        if self.installed != package:
            install(package, "--allow-downgrades")
            self.installed = package

    def restore(self) -> None:
        if self.before_deb:
            install(self.before_deb, "--allow-downgrades", "--reinstall")
            assert installed_desk() == self.before
        elif installed_desk():
            removed = apt_get("remove", "desk")
            assert removed.returncode == 0, removed.stdout[-3000:] + removed.stderr[-3000:]


def skip_or_fail(reason: str) -> None:
    if os.environ.get("DESK_REQUIRE_PACKAGING") == "1":
        pytest.fail(f"DESK_REQUIRE_PACKAGING=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def machine(tmp_path_factory) -> Machine:
    reason = why_apt_cannot_install()
    if reason:
        skip_or_fail(reason)
    before = installed_desk()
    before_deb = deb_of(before, tmp_path_factory.mktemp("desk-before")) if before else None
    if before and not before_deb:
        skip_or_fail(f"desk {before} is installed on this machine and its .deb is not at hand "
                     "to put it back after the tests, so they leave it alone (remove it with "
                     "`apt-get remove desk` to run them)")
    state = Machine(before, before_deb)
    try:
        yield state
    finally:
        state.restore()


def hard_link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copy2(source, target)


@pytest.fixture(scope="module")
def older_deb(release, tmp_path_factory) -> Path:
    """The release's bundle packaged as the first release (its metadata too, so the program
    says 0.1.0): an older Desk to upgrade, without a second PyInstaller build."""
    folder = tmp_path_factory.mktemp("older")
    bundle = folder / "desk"
    shutil.copytree(release.bundle, bundle, symlinks=True, copy_function=hard_link_or_copy)
    for metadata in bundle.glob("_internal/desk-*.dist-info/METADATA"):
        text = metadata.read_text(encoding="utf-8")
        metadata.unlink()  # a new file: the hard link is the release's own
        metadata.write_text(text.replace(f"\nVersion: {version()}\n", f"\nVersion: {OLDER}\n"),
                            encoding="utf-8")
    return deb.build_deb(bundle, OLDER, "Desk", folder, folder / "work",
                         license_name="Proprietary")


@pytest.fixture(scope="module")
def installed(machine, release) -> Path:
    """/usr/bin/desk, from the release's .deb installed with apt-get."""
    machine.install(release.deb)
    return INSTALLED


def package_state() -> str:
    return subprocess.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "desk"],
                          capture_output=True, text=True).stdout


def test_an_older_deb_upgrades_to_the_new_one_and_the_new_version_runs(
        machine, older_deb, release, tmp_path):
    # the database Desk 0.1.0 left in a folder whose name has a quote in it
    database = tmp_path / "o'brien" / "desk.sqlite"
    database.parent.mkdir()
    shutil.copyfile(OLD_DATABASE, database)
    machine.install(older_deb)
    assert package_state() == f"install ok installed {OLDER}"
    assert run_program(INSTALLED, "--version").stdout.strip() == f"desk {OLDER}"
    machine.install(release.deb)
    assert package_state() == f"install ok installed {versions.debian_version(version())}"
    done = run_program(INSTALLED, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"desk {version()}")
    verified = run_program(INSTALLED, "audit", "verify", "--db", str(database))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Database upgraded from schema 8" in verified.stderr
    assert "The audit trail is whole: 8 ledger entries" in verified.stdout
    listed = run_program(INSTALLED, "memberships", "--db", str(database), "--json")
    rows = {r["number"]: r for r in json.loads(listed.stdout)}
    assert (rows["DS-0001"]["remaining"], rows["DS-0001"]["expires"]) == (6, "2027-02-10")


def test_apt_installs_the_package_with_every_dependency_it_declares(installed):
    assert package_state() == f"install ok installed {versions.debian_version(version())}"


def test_the_installed_desk_reports_the_version_of_pyproject(installed):
    done = run_program(installed, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"desk {version()}")


def test_the_installed_desk_draws_its_main_window_offscreen_on_a_new_database(
        installed, tmp_path):
    done = run_program(installed, "--smoke-test", "--db", str(tmp_path / "new.sqlite"),
                       QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout


def test_the_installed_desk_smoke_tests_on_a_temporary_database_without_db(
        installed, tmp_path):
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(), scratch.mkdir()
    done = run_program(installed, "--smoke-test", HOME=str(home), TMPDIR=str(scratch),
                       XDG_DATA_HOME=str(home / ".local/share"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the main window drew" in done.stdout
    assert not (home / ".local/share/Desk").exists()
    assert not list(scratch.glob("desk-smoke-test-*"))
