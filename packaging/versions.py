"""Desk's one version (PEP 440, in pyproject.toml) as each installer must write it, and whether
a checkout may be built as that version.

A pre-release such as 0.3.0rc1 builds on every system: Debian gets 0.3.0~rc1 (which sorts below
0.3.0), Windows a four-number file version beside the full product version, macOS the release
numbers as its short version.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

# PyInstaller depends on `packaging`, so wherever a build can run, it is installed
from packaging.version import InvalidVersion, Version

# the fourth number of a Windows file version: the stage, then its number, so that 0.3.0.dev2 <
# 0.3.0a1 < 0.3.0b1 < 0.3.0rc1 < 0.3.0 < 0.3.0.post1 in Windows' order too (each part 0-65535)
_WINDOWS_STAGE = {"dev": 0, "a": 1, "b": 2, "rc": 3, "final": 4, "post": 5}
_STAGE_SIZE = 1000


def parse(text: str) -> Version:
    """``text`` as a version the installers can express: PEP 440 without an epoch or a local
    part (Debian, Windows and macOS have no place for "1!" or "+build")."""
    try:
        version = Version(text)
    except InvalidVersion:
        raise ValueError(f"{text!r} is not a PEP 440 version (e.g. 0.3.0 or 0.3.0rc1)") from None
    if version.epoch or version.local:
        raise ValueError(f"{text!r}: an epoch or a local part can't be an installer's version")
    return version


def debian_version(text: str) -> str:
    """The package version dpkg compares as PEP 440 does: "~" sorts below the end, "+" above,
    so 0.3.0rc1 is 0.3.0~rc1 < 0.3.0 < 0.3.0+post1; a development release of a final is
    0.3.0~~dev1, below the alphas' 0.3.0~a1."""
    version = parse(text)
    result = ".".join(str(part) for part in version.release)
    if version.pre:
        result += f"~{version.pre[0]}{version.pre[1]}"
    if version.post is not None:
        result += f"+post{version.post}"
    if version.dev is not None:
        result += f"~dev{version.dev}" if version.pre or version.post is not None \
            else f"~~dev{version.dev}"
    return result


def windows_file_version(text: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version: the release's three, then the stage
    (0.3.0rc1 is 0.3.0.3001, 0.3.0 is 0.3.0.4000; a pre- or post-release's .devN is not
    counted). The full text stays the product version."""
    version = parse(text)
    if len(version.release) > 3:
        raise ValueError(f"{text!r}: Windows file versions leave room for three release numbers")
    major, minor, micro = (*version.release, 0, 0)[:3]
    if version.pre:
        stage, number = version.pre
    elif version.post is not None:
        stage, number = "post", version.post
    elif version.dev is not None:
        stage, number = "dev", version.dev
    else:
        stage, number = "final", 0
    if number >= _STAGE_SIZE or max(major, minor, micro) > 0xFFFF:
        raise ValueError(f"{text!r} does not fit a Windows file version")
    return major, minor, micro, _WINDOWS_STAGE[stage] * _STAGE_SIZE + number


def short_version(text: str) -> str:
    """The release numbers alone (0.3.0rc1 -> 0.3.0): macOS' CFBundleShortVersionString."""
    return ".".join(str(part) for part in parse(text).release)


def why_not_a_new_release(version: str, root: Path) -> str | None:
    """None if the checkout at ``root`` may be built as ``version``, else why not: the version
    is tagged ``v<version>`` on another commit (released already; the tagged commit itself may
    be rebuilt), or it is lower than the highest ``v*`` tag (installers would not upgrade to
    it). A folder that is not a git checkout, or has no such tags, has nothing to compare."""
    head = _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    if not head:
        return None
    wanted, releases = parse(version), _released_versions(root)
    tagged = [(name, commit) for name, (released, commit) in releases.items()
              if released == wanted]
    if tagged:
        if any(commit == head for _name, commit in tagged):
            return None
        name, commit = tagged[0]
        return (f"version {version} is already released: tag {name} is commit {commit[:12]}, "
                f"not this one ({head[:12]}). Raise the version in pyproject.toml.")
    newest = max(((released, name) for name, (released, _c) in releases.items()), default=None)
    if newest and wanted < newest[0]:
        return (f"version {version} is lower than the last release, {newest[1]}: installers "
                "would not upgrade to it. Raise the version in pyproject.toml.")
    return None


def _released_versions(root: Path) -> dict[str, tuple[Version, str]]:
    """Every ``v<version>`` tag -> (its version, the commit it points at); tags whose rest is
    not a version are not releases."""
    listing = _git(root, "for-each-ref", "--format=%(refname:strip=2) %(objectname) "
                   "%(*objectname)", "refs/tags/v*") or ""
    releases = {}
    for line in listing.splitlines():
        name, tag_object, *peeled = line.split()
        try:
            releases[name] = (parse(name[1:]), peeled[0] if peeled else tag_object)
        except ValueError:
            continue
    return releases


def _git(root: Path, *argv: str) -> str | None:
    """git's output in ``root``, or None where git is missing, fails, or ``root`` is not a
    checkout of its own (a source archive unpacked inside another repository is not one)."""
    if not (root / ".git").exists():
        return None
    try:
        done = subprocess.run(["git", "-C", str(root), *argv], capture_output=True, text=True)
    except FileNotFoundError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None
