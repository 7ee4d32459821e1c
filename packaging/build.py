"""Build a Desk release from a checkout: `uv run python packaging/build.py [--force]`.

Runs PyInstaller on packaging/desk.spec (dist/desk/, and dist/Desk.app on macOS), then makes
this system's installer from it: dist/desk_<version>_<arch>.deb on Linux,
dist/desk-<version>-setup.exe on Windows, dist/Desk-<version>.dmg on macOS; prints the sizes.
The bundle is rebuilt only when its sources changed since the last build (the program,
resources, samples, the recipe, the project and lock files); --force rebuilds anyway.
It refuses, before building anything, a version that is already released from another commit
or lower than the last release (git tags v<version>), so every build upgrades the last one.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import deb
import versions

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "desk"
FINGERPRINT = WORK / "desk-bundle.fingerprint"
# what the bundle is made of (the .deb is remade on every run: it takes seconds)
SOURCES = ("desk/**/*", "resources/**/*", "sample_imports/*.xlsx", "packaging/desk.spec",
           "packaging/trim.py", "packaging/deb.py", "packaging/versions.py", "pyproject.toml",
           "uv.lock")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def source_fingerprint() -> str:
    """A digest of every file the bundle is built from, names and contents."""
    digest = hashlib.sha256()
    files = {path for pattern in SOURCES for path in ROOT.glob(pattern)
             if path.is_file() and "__pycache__" not in path.parts}
    for path in sorted(files):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    digest.update(sys.version.encode())
    return digest.hexdigest()


def bundle_is_current(fingerprint: str) -> bool:
    program = BUNDLE / ("desk.exe" if sys.platform == "win32" else "desk")
    return (program.exists() and FINGERPRINT.exists()
            and FINGERPRINT.read_text(encoding="utf-8").strip() == fingerprint)


def build_bundle(force: bool = False) -> Path:
    """dist/desk, built by PyInstaller unless it is already built from the same sources."""
    fingerprint = source_fingerprint()
    if not force and bundle_is_current(fingerprint):
        print(f"bundle: {BUNDLE} is up to date with the sources")
        return BUNDLE
    FINGERPRINT.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "desk.spec"),
                    "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(WORK / "pyinstaller")], check=True, cwd=ROOT)
    WORK.mkdir(exist_ok=True)
    FINGERPRINT.write_text(fingerprint + "\n", encoding="utf-8")
    return BUNDLE


def size_mb(path: Path) -> float:
    """Bytes on disk of a file, or of every file under a folder (links not followed), in MB."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def build_release(force: bool = False) -> tuple[Path, Path | None]:
    """The bundle, and the installer of this system made from it (remade each time): the .deb
    on Linux, the Inno Setup installer on Windows (if ISCC is installed), the .dmg on macOS."""
    bundle = build_bundle(force)
    info = project()
    if sys.platform == "win32":
        return bundle, windows_installer(info["version"])
    if sys.platform == "darwin":
        subprocess.run(["sh", str(ROOT / "packaging" / "macos" / "make_dmg.sh"),
                        info["version"]], check=True)
        return DIST / "Desk.app", DIST / f"Desk-{info['version']}.dmg"
    for old in DIST.glob("desk_*.deb"):
        old.unlink()
    package = deb.build_deb(bundle, info["version"], info["description"], DIST, WORK / "deb",
                            license_name=info["license"]["text"])
    shutil.rmtree(WORK / "deb")  # the staged copy of the bundle is no longer needed
    return bundle, package


def iscc_command(iscc: str, version: str) -> list[str]:
    """Inno Setup's compiler on desk.iss: the full version for the product, and the four
    numbers Windows keeps as a file version (0.3.0rc1 -> 0.3.0.3001)."""
    file_version = ".".join(str(n) for n in versions.windows_file_version(version))
    return [iscc, f"/DAppVersion={version}", f"/DFileVersion={file_version}", "/Q",
            str(ROOT / "packaging" / "windows" / "desk.iss")]


def windows_installer(version: str) -> Path | None:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which("iscc"):
        print("Inno Setup's ISCC was not found: the installer was not made")
        return None
    subprocess.run(iscc_command(iscc, version), check=True)
    return DIST / f"desk-{version}-setup.exe"


def main() -> None:
    parser = argparse.ArgumentParser(description="Build Desk's bundle and Linux package.")
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    args = parser.parse_args()
    refusal = versions.why_not_a_new_release(project()["version"], ROOT)
    if refusal:
        sys.exit(f"build.py: {refusal}")
    bundle, package = build_release(args.force)
    print(f"bundle: {bundle.relative_to(ROOT)}  {size_mb(bundle):.1f} MB")
    if package:
        print(f"installer: {package.relative_to(ROOT)}  {size_mb(package):.1f} MB")


if __name__ == "__main__":
    main()
