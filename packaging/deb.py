"""The Debian/Ubuntu package: the PyInstaller bundle installed to /opt/desk, a `desk` command,
a menu entry and icons, the copyright and changelog, and the system libraries the bundle links
to as dependencies.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
from pathlib import Path

import trim
import versions

from desk.ui import system_libraries

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
CHANGELOG = ROOT / "CHANGELOG.md"
MAINTAINER = "Desk <support@desk.invalid>"
COPYRIGHT = "2026 Desk"
DOCS = Path("usr") / "share" / "doc" / "desk"

# Libraries the package takes from the system instead of carrying them (library → package). On
# Linux desk.spec leaves them out of the bundle, with the libraries only they needed, and the
# .deb depends on their packages; tests/packaging checks this against what every binary of the
# bundle links to. They are the libraries that must be the system's own:
SYSTEM_LIBRARIES = {
    # the C library and its loader (the bundle asks for a libc6 as new as the builder's)
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "libresolv.so.2": "libc6", "librt.so.1": "libc6",
    "libutil.so.1": "libc6", "ld-linux-x86-64.so.2": "libc6", "ld-linux-aarch64.so.1": "libc6",
    # what Qt needs to open the window, the same list a source run checks before it starts
    # (desk/ui/system_libraries.py): OpenGL/EGL, which must match the graphics driver; the
    # display server's client libraries (X11, xcb, Wayland) and keyboard layouts, because the
    # graphics driver that libGL and libEGL load is linked to the system's X11 and xcb, and the
    # loader hands it whichever copy came first, so the bundle must not bring an older one;
    # fonts, the session bus and GLib
    **system_libraries.GUI_LIBRARIES, **system_libraries.XCB_LIBRARIES,
    **system_libraries.WAYLAND_LIBRARIES,
    # what those load in turn, and Qt's GLX and Wayland-EGL plugins
    "libGLX.so.0": "libglx0", "libGLdispatch.so.0": "libglvnd0", "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6", "libxcb-glx.so.0": "libxcb-glx0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # OpenSSL (Python's ssl and hashlib), so TLS to mail servers and SMS gateways gets the
    # distribution's security updates
    "libssl.so.3": "libssl3", "libcrypto.so.3": "libssl3",
}


def depends(glibc: str) -> str:
    """The Depends: field; libc6 at least as new as the newest symbol version the bundle uses
    (the libraries it carries come from the build machine)."""
    names = sorted(set(SYSTEM_LIBRARIES.values()) - {"libc6"})
    return ", ".join([f"libc6 (>= {glibc})", *names])


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_2.x symbol version any binary of the bundle asks for, e.g. "2.36"."""
    minors = {int(minor) for binary in elf_files(bundle)
              for minor in re.findall(rb"GLIBC_2\.(\d+)", binary.read_bytes())}
    return f"2.{max(minors)}"


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF binary of the bundle (the program, libraries, extension modules, plugins)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_from_system(bundle: Path) -> set[str]:
    """Names of the shared libraries the bundle's binaries link to that the bundle doesn't
    carry (resolved on this machine or not), as the dynamic loader resolves them when the
    program runs. What those system libraries need in turn, their own packages bring."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # as PyInstaller's bootloader sets it
    needed: set[str] = set()
    for binary in elf_files(bundle):
        done = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        resolved = dict(line.strip().partition(" => ")[::2] for line in done.stdout.splitlines())
        needed |= {name for name in trim.linked_libraries(binary)
                   if not resolved.get(name, "").startswith(str(bundle))}
    return needed


def control(version: str, arch: str, installed_kib: int, description: str, glibc: str) -> str:
    return (f"Package: desk\nVersion: {version}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {installed_kib}\n"
            f"Depends: {depends(glibc)}\nSection: misc\nPriority: optional\n"
            f"Description: {description}\n"
            " Sell prepaid visit memberships, pay visits with them, freeze, import from Excel,\n"
            " report and sync a chain's desks. Installed to /opt/desk; run `desk`.\n")


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Desk
GenericName=Front desk
Comment=Sell and redeem prepaid visit memberships
Exec=desk
Icon=desk
Terminal=false
Categories=Office;Finance;
StartupWMClass=desk
"""

LAUNCHER = """#!/bin/sh
exec /opt/desk/desk "$@"
"""


def copyright_file(license_name: str) -> str:
    """/usr/share/doc/desk/copyright in Debian's machine-readable format (DEP-5)."""
    return ("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            f"Upstream-Name: Desk\nUpstream-Contact: {MAINTAINER}\n"
            "Comment: /opt/desk/_internal also holds the Python runtime, Qt for Python\n"
            " (PySide6) and the other libraries Desk is built on, each under its own licence.\n"
            f"\nFiles: *\nCopyright: {COPYRIGHT}\nLicense: {license_name}\n"
            " All rights reserved. Desk may be used only under the terms agreed with its\n"
            " publisher.\n")


def changelog_gz(changelog: Path) -> bytes:
    """The changelog compressed as Debian policy asks (`gzip -9n`): best compression, and no
    file name or time in the header, so the same text always gives the same bytes."""
    return gzip.compress(changelog.read_bytes(), compresslevel=9, mtime=0)


def stage(bundle: Path, root: Path, license_name: str) -> None:
    """Lay the package's files out under ``root`` as they will be installed."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "desk", symlinks=True)
    _write(root / "usr" / "bin" / "desk", LAUNCHER, mode=0o755)
    _write(root / DOCS / "copyright", copyright_file(license_name))
    (root / DOCS / "changelog.gz").write_bytes(changelog_gz(CHANGELOG))
    _write(root / "usr" / "share" / "applications" / "desk.desktop", DESKTOP_ENTRY)
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for png in ICONS.glob("desk-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps" / "desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "desk.svg", hicolor / "scalable" / "apps" / "desk.svg")
    _normalise_modes(root)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest, whatever the builder's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def build_deb(bundle: Path, version: str, description: str, out_dir: Path, work_dir: Path,
              *, license_name: str) -> Path:
    """The .deb of ``bundle`` as Desk ``version`` (PEP 440, as in pyproject.toml), written to
    ``out_dir``; returns its path."""
    arch, debian_version = architecture(), versions.debian_version(version)
    root = work_dir / f"desk_{debian_version}_{arch}"
    stage(bundle, root, license_name)
    installed_kib = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
    _write(root / "DEBIAN" / "control",
           control(debian_version, arch, installed_kib, description, glibc_needed(bundle)))
    (root / "DEBIAN").chmod(0o755)
    deb = out_dir / f"desk_{debian_version}_{arch}.deb"
    # zstd: seconds where xz takes minutes, for a package ~20 % larger; every dpkg that can
    # run the bundle (glibc >= 2.36: Debian 12, Ubuntu 22.10 and later) reads it
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root),
                    str(deb)], check=True, stdout=subprocess.DEVNULL)
    return deb
