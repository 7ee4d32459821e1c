"""The Linux package: its control file and contents, and that it declares every system
library the bundle links to but does not carry."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load

pytestmark = pytest.mark.slow
deb = load("deb")
versions = load("versions")


def dpkg_deb(*argv: str) -> str:
    return subprocess.run(["dpkg-deb", *argv], check=True, capture_output=True,
                          text=True).stdout


def test_the_control_file_names_the_package_its_version_and_dependencies(release):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    info = dpkg_deb("--info", str(release.deb))
    assert re.search(r"^ Package: desk$", info, re.M)
    assert re.search(rf"^ Version: {re.escape(versions.debian_version(version))}$", info, re.M)
    depends = re.search(r"^ Depends: (.*)$", info, re.M).group(1).split(", ")
    assert {"libegl1", "libxcb-icccm4", "libfontconfig1", "libxkbcommon0"} <= set(depends)
    assert any(d.startswith("libc6 (>= 2.") for d in depends)


def test_the_package_installs_the_program_launcher_menu_entry_icons_and_docs(release):
    listed = {line.split()[-1].removeprefix(".")
              for line in dpkg_deb("--contents", str(release.deb)).splitlines()}
    assert {"/opt/desk/desk", "/usr/bin/desk", "/usr/share/applications/desk.desktop",
            "/usr/share/icons/hicolor/scalable/apps/desk.svg", "/usr/share/doc/desk/copyright",
            "/usr/share/doc/desk/changelog.gz"} <= listed
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/desk.png" in listed


def test_every_system_library_the_bundle_needs_is_a_declared_dependency(release):
    assert deb.needed_from_system(release.bundle) - deb.SYSTEM_LIBRARIES.keys() == set()


def test_the_bundle_carries_no_copy_of_a_library_the_package_takes_from_the_system(release):
    carried = {path.name for path in release.bundle.rglob("*")}
    assert carried & deb.SYSTEM_LIBRARIES.keys() == set()


def owning_package(library: Path) -> str | None:
    """The Debian package that installed ``library`` (dpkg knows some under /lib, some under
    /usr/lib on merged-/usr systems), without its architecture suffix."""
    real = library.resolve()
    for candidate in {library, real, Path(str(real).removeprefix("/usr"))}:
        done = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0]
    return None


def test_the_declared_packages_are_those_that_ship_the_libraries_on_this_system():
    cache = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True, text=True).stdout
    found = dict(re.findall(r"^\s+(\S+) \(libc6[^)]*\) => (\S+)$", cache, re.M))
    installed = {lib: Path(found[lib]) for lib in deb.SYSTEM_LIBRARIES if lib in found}
    assert len(installed) >= 8
    for library, path in installed.items():
        assert owning_package(path) == deb.SYSTEM_LIBRARIES[library], library
