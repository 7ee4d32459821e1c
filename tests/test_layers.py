"""The layer rules of docs/architecture.md, and proof that they can fail.

The layers are import-linter contracts in ``pyproject.toml`` (``lint-imports``; .ci/run runs
it too). Two rules it can't say are checked here by parsing every module: desk.core imports
only the standard library, dateutil and phonenumbers (an allow-list), and nothing outside
desk/store touches a unit of work's ``.session``. Each contract and each check is then
shown to fail: a forbidden import or attribute is planted in a temporary copy of the
package and the check must name it.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_THIRD_PARTY = {"dateutil", "phonenumbers"}
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run the contracts over the ``desk`` package found at ``root`` (no cache file left)."""
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}  # one line per contract
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def imported_tops(path: Path, source: str) -> Iterator[tuple[int, str]]:
    """(line, top-level package) of every absolute import in a module, lazy ones too."""
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module.split(".")[0]


def core_outsiders(root: Path) -> list[str]:
    """Imports in desk/core of anything but the standard library, its allow-list and desk."""
    found = []
    for path in sorted((root / "desk" / "core").rglob("*.py")):
        for line, top in imported_tops(path, path.read_text(encoding="utf-8")):
            if top not in sys.stdlib_module_names and top not in CORE_THIRD_PARTY | {"desk"}:
                found.append(f"{path.relative_to(root)}:{line} imports {top}")
    return found


def session_reaches(root: Path) -> list[str]:
    """Every ``something.session`` outside desk/store: the unit of work is the only handle
    on storage, its session its own."""
    found = []
    for path in sorted((root / "desk").rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[1] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "session":
                found.append(f"{rel}:{node.lineno} reaches .session")
    return found


def test_the_import_contracts_hold():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "BROKEN" not in done.stdout and " KEPT" in done.stdout


def test_the_core_imports_only_the_standard_library_dateutil_and_phonenumbers():
    assert core_outsiders(ROOT) == []


def test_nothing_outside_the_store_reaches_a_session():
    assert session_reaches(ROOT) == []


# -- each rule, broken on purpose in a copy, is seen broken ------------------------------------

PLANTED = {  # contract (its name's start) -> (file planted in a copy, its source)
    "Each layer imports only the layers below it":
        ("desk/store/planted.py", "from desk.sync import push\n"),
    "The window reaches the store": ("desk/ui/planted.py", "from desk.store import uow\n"),
    "The command line reaches the store": ("desk/cli/planted.py", "import desk.reports.summary\n"),
    "SQLAlchemy and Alembic only": ("desk/services/planted.py", "import sqlalchemy\n"),
    "PySide6 only in desk.ui": ("desk/services/planted.py", "from PySide6 import QtCore\n"),
    "desk.core does no I/O": ("desk/core/planted.py", "import openpyxl\n"),
}


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    """The package and its contracts, copied once; each test plants into its own copy."""
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(ROOT / "desk", root / "desk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root)
    return root


def planted(package_copy: Path, tmp_path: Path, file: str, source: str) -> Path:
    root = tmp_path / "copy"
    shutil.copytree(package_copy, root)
    (root / file).write_text(source, encoding="utf-8")
    return root


@pytest.mark.parametrize("contract", PLANTED)
def test_a_planted_forbidden_import_breaks_its_contract(package_copy, tmp_path, contract):
    file, source = PLANTED[contract]
    done = lint_imports(planted(package_copy, tmp_path, file, source))
    broken = [line for line in done.stdout.splitlines() if line.endswith("BROKEN")]
    assert done.returncode == 1 and any(line.startswith(contract) for line in broken), \
        done.stdout + done.stderr
    assert file.removesuffix(".py").replace("/", ".") in done.stdout


def test_a_planted_third_party_import_in_the_core_is_named(package_copy, tmp_path):
    root = planted(package_copy, tmp_path, "desk/core/planted.py",
                   "def later():\n    import requests\n")
    assert core_outsiders(root) == ["desk/core/planted.py:2 imports requests"]


def test_a_planted_session_reach_is_named(package_copy, tmp_path):
    root = planted(package_copy, tmp_path, "desk/services/planted.py",
                   "def rows(uow):\n    return uow.session.execute('SELECT 1')\n")
    assert "desk/services/planted.py:2 reaches .session" in session_reaches(root)
