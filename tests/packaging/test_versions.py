"""One version, from pyproject.toml, as every installer writes it (pre-releases too), and a
build that refuses a version already released or lower than the last release."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT, load

versions = load("versions")
build = load("build")

# PEP 440's order, lowest first
ORDERED = ["0.2.0", "0.3.0.dev1", "0.3.0a1", "0.3.0a2", "0.3.0b1", "0.3.0rc1.dev2", "0.3.0rc1",
           "0.3.0rc2", "0.3.0", "0.3.0.post1.dev1", "0.3.0.post1", "0.3.1", "0.10.0", "1.0"]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_a_release_candidate_becomes_a_debian_version_below_its_release():
    assert versions.debian_version("0.3.0rc1") == "0.3.0~rc1"
    assert versions.debian_version("0.3.0") == "0.3.0"
    assert versions.debian_version("0.3.0-RC1") == "0.3.0~rc1"  # PEP 440 spellings normalised


def test_dpkg_orders_the_debian_versions_as_pep_440_orders_the_versions():
    for lower, higher in itertools.pairwise(ORDERED):
        low, high = versions.debian_version(lower), versions.debian_version(higher)
        done = subprocess.run(["dpkg", "--compare-versions", low, "lt", high])
        assert done.returncode == 0, f"{low} (from {lower}) is not below {high} (from {higher})"


def test_a_pre_release_gets_a_numeric_windows_file_version_below_its_release():
    assert versions.windows_file_version("0.3.0rc1") == (0, 3, 0, 3001)
    assert versions.windows_file_version("0.3.0") == (0, 3, 0, 4000)
    assert versions.windows_file_version("0.3") == (0, 3, 0, 4000)
    numbers = [versions.windows_file_version(v) for v in ORDERED]
    assert numbers == sorted(numbers)
    assert all(0 <= n <= 0xFFFF for four in numbers for n in four)
    # strictly increasing, but a pre- or post-release's .devN shares that release's number
    shared = {"0.3.0rc1.dev2", "0.3.0.post1.dev1"}
    distinct = [versions.windows_file_version(v) for v in ORDERED if v not in shared]
    assert len(set(distinct)) == len(distinct)


def test_the_windows_installer_gets_the_full_version_and_the_numeric_file_version():
    command = build.iscc_command("ISCC.exe", "0.3.0rc1")
    assert "/DAppVersion=0.3.0rc1" in command and "/DFileVersion=0.3.0.3001" in command
    script = (PACKAGING / "windows" / "desk.iss").read_text()
    setup = dict(re.findall(r"^(\w+)=(.*)$", script, re.M))
    assert setup["VersionInfoVersion"] == "{#FileVersion}"
    assert setup["AppVersion"] == setup["VersionInfoProductTextVersion"] == "{#AppVersion}"
    assert setup["MinVersion"] == "10.0"


def test_macos_shows_the_release_numbers_of_a_pre_release():
    assert versions.short_version("0.3.0rc1") == "0.3.0"


@pytest.mark.parametrize("text", ["1!0.3.0", "0.3.0+local", "not a version"])
def test_a_version_no_installer_can_carry_is_refused_naming_it(text):
    with pytest.raises(ValueError, match=re.escape(repr(text))):
        versions.debian_version(text)


def test_the_changelog_has_a_section_for_the_version_of_pyproject():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## (\S+)", changelog, re.M)
    assert sections[0] == pyproject_version() and "0.1.0" in sections


# --- the build's refusal of a version that is not new, in real git checkouts ----------------

def git(root: Path, *argv: str) -> str:
    done = subprocess.run(["git", "-C", str(root), "-c", "user.name=Desk", "-c",
                           "user.email=desk@desk.invalid", *argv],
                          check=True, capture_output=True, text=True)
    return done.stdout.strip()


def commit(root: Path, text: str) -> str:
    (root / "notes.txt").write_text(text)
    git(root, "add", "notes.txt")
    git(root, "commit", "-q", "-m", text)
    return git(root, "rev-parse", "HEAD")


@pytest.fixture
def checkout(tmp_path) -> Path:
    """A git checkout whose release 0.2.0 is tagged (annotated) on its first commit."""
    git(tmp_path, "init", "-q")
    commit(tmp_path, "0.2.0")
    git(tmp_path, "tag", "-a", "v0.2.0", "-m", "Desk 0.2.0")
    git(tmp_path, "tag", "vendor-drop")  # a tag that is not a release
    return tmp_path


def test_the_tagged_commit_of_a_release_builds_again(checkout):
    assert versions.why_not_a_new_release("0.2.0", checkout) is None


def test_a_version_already_tagged_on_another_commit_is_refused(checkout):
    commit(checkout, "more work")
    refusal = versions.why_not_a_new_release("0.2.0", checkout)
    assert refusal and "already released" in refusal and "v0.2.0" in refusal


def test_a_version_lower_than_the_last_release_is_refused_a_higher_one_builds(checkout):
    commit(checkout, "more work")
    git(checkout, "tag", "v0.3.0")  # a lightweight tag counts as well
    commit(checkout, "still more")
    assert "lower than the last release, v0.3.0" in versions.why_not_a_new_release(
        "0.3.0rc1", checkout)
    assert versions.why_not_a_new_release("0.3.1rc1", checkout) is None
    assert versions.why_not_a_new_release("0.4.0", checkout) is None


def test_a_checkout_without_tags_and_a_folder_without_git_build(tmp_path):
    assert versions.why_not_a_new_release("0.1.0", tmp_path) is None  # e.g. a source archive
    git(tmp_path, "init", "-q")
    assert versions.why_not_a_new_release("0.1.0", tmp_path) is None  # no commit yet
    commit(tmp_path, "first")
    assert versions.why_not_a_new_release("0.1.0", tmp_path) is None


def test_build_py_refuses_a_released_version_before_building_anything(checkout):
    """build.py copied into the checkout, next to a pyproject.toml of 0.2.0, on a commit
    after the tag: it exits at once, saying why (PyInstaller is never reached)."""
    for name in ("build.py", "deb.py", "trim.py", "versions.py"):
        (checkout / "packaging").mkdir(exist_ok=True)
        shutil.copy(PACKAGING / name, checkout / "packaging" / name)
    (checkout / "pyproject.toml").write_text('[project]\nname = "desk"\nversion = "0.2.0"\n')
    commit(checkout, "build files")
    done = subprocess.run([sys.executable, str(checkout / "packaging" / "build.py")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "version 0.2.0 is already released" in done.stderr
    assert not (checkout / "dist").exists() and not (checkout / "build").exists()
