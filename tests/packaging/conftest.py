"""The packaged build, made once per test run by packaging/build.py (reused when the sources
did not change since the last build), the packaging modules, loaded from their files, and the
sync tests' PostgreSQL schema for the frozen chain-server commands."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync.conftest import pg_admin, server  # noqa: F401 - fixtures: a PostgreSQL schema

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str):
    """packaging/<name>.py as a module (packaging/ is a folder of scripts, not a package; they
    import one another by name, so the folder goes on the path, last)."""
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))
    path = PACKAGING / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"desk_packaging_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Release:
    bundle: Path
    deb: Path

    @property
    def program(self) -> Path:
        return self.bundle / "desk"

    def run(self, *argv: str, **env: str) -> subprocess.CompletedProcess:
        return run_program(self.program, *argv, **env)


def run_program(program: Path, *argv: str, **env: str) -> subprocess.CompletedProcess:
    """A packaged ``desk`` with ``argv``, as a user would start it (no Python around)."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    return subprocess.run([str(program), *argv], capture_output=True, text=True,
                          env={**clean, **env}, timeout=120)


@pytest.fixture(scope="session")
def release() -> Release:
    done = subprocess.run([sys.executable, str(PACKAGING / "build.py")], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    debs = sorted((ROOT / "dist").glob("desk_*.deb"))
    assert len(debs) == 1, debs
    return Release(ROOT / "dist" / "desk", debs[0])
