"""What the .deb carries besides the program, and its version, checked on a package that
packaging/deb.py makes from a stand-in bundle in seconds (no PyInstaller build)."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load

deb = load("deb")


def stand_in_bundle(folder: Path) -> Path:
    """A bundle of one program (the system's `true`), enough for deb.py to package."""
    bundle = folder / "desk"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(shutil.which("true"), bundle / "desk")
    return bundle


def build(tmp_path: Path, version: str) -> Path:
    return deb.build_deb(stand_in_bundle(tmp_path), version, "Desk", tmp_path, tmp_path / "work",
                         license_name="Proprietary")


def dpkg_deb(*argv: str) -> str:
    return subprocess.run(["dpkg-deb", *argv], check=True, capture_output=True,
                          text=True).stdout


def unpacked(package: Path, folder: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(package), str(folder)], check=True)
    return folder


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("deb"), "0.2.0")


def test_the_package_ships_a_machine_readable_copyright_with_the_projects_licence(
        package, tmp_path):
    text = (unpacked(package, tmp_path) / "usr/share/doc/desk/copyright").read_text()
    paragraphs = [dict(re.findall(r"^([\w-]+): (.*)$", p, re.M)) for p in text.split("\n\n")]
    header, files = paragraphs
    assert header["Format"] == (
        "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert header["Upstream-Name"] == "Desk"
    assert (files["Files"], files["License"]) == ("*", "Proprietary")
    assert files["Copyright"]


def test_the_package_ships_the_changelog_compressed_like_gzip_9n(package, tmp_path):
    packed = (unpacked(package, tmp_path) / "usr/share/doc/desk/changelog.gz").read_bytes()
    assert gzip.decompress(packed) == (ROOT / "CHANGELOG.md").read_bytes()
    flags, mtime, extra_flags = packed[3], packed[4:8], packed[8]
    assert flags & 0x08 == 0, "no file name in the header (-n)"
    assert mtime == b"\0\0\0\0", "no time stamp in the header (-n)"
    assert extra_flags == 2, "best compression (-9)"


def test_the_documents_are_world_readable_files_owned_by_root(package):
    listed = {line.split()[-1]: line.split()[:2]
              for line in dpkg_deb("--contents", str(package)).splitlines()}
    for name in ("./usr/share/doc/desk/copyright", "./usr/share/doc/desk/changelog.gz"):
        assert listed[name] == ["-rw-r--r--", "root/root"], name


def test_a_release_candidate_is_packaged_as_a_version_below_its_release(tmp_path):
    package = build(tmp_path, "0.3.0rc1")
    assert package.name.startswith("desk_0.3.0~rc1_")
    assert dpkg_deb("--field", str(package), "Version").strip() == "0.3.0~rc1"
    assert subprocess.run(["dpkg", "--compare-versions", "0.3.0~rc1", "lt", "0.3.0"]
                          ).returncode == 0
