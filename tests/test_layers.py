"""The layer rules of ARCHITECTURE.md, enforced by parsing every module's imports.

Each rule names what a part of ``desk`` may not import; a failure lists every offending
file, line and import, so the fix is obvious. Lazy imports inside functions count too.
Parts of the package that don't exist yet are simply not scanned.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESK = ROOT / "desk"
ADAPTERS = ("store", "importer", "reports", "sync", "notify")
CORE_THIRD_PARTY = {"dateutil", "phonenumbers"}


@dataclass(frozen=True)
class Import:
    file: str  # relative to the project, e.g. "desk/core/money.py"
    line: int
    module: str  # absolute dotted name, e.g. "desk.store.uow" or "sqlalchemy.orm"

    @property
    def top(self) -> str:
        return self.module.split(".")[0]

    @property
    def part(self) -> str | None:
        """The ``desk`` sub-package or module imported (``store``, ``cli``...), if any."""
        names = self.module.split(".")
        return names[1] if names[0] == "desk" and len(names) > 1 else None

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.module}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, source: str | None = None) -> Iterator[Import]:
    """Every import in ``path`` as an absolute module name (relative ones resolved)."""
    source = path.read_text(encoding="utf-8") if source is None else source
    rel = path.relative_to(ROOT).as_posix()
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(source, filename=rel)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(rel, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module == "desk" or not node.module:  # "from desk import ui", "from . import x"
                for alias in node.names:
                    yield Import(rel, node.lineno, f"{module}.{alias.name}")
            else:
                yield Import(rel, node.lineno, module)


def part_of(file: str) -> str:
    """``desk/store/uow.py`` -> ``store``; ``desk/cli.py`` -> ``cli``."""
    parts = Path(file).parts
    return Path(parts[1]).stem if len(parts) > 1 else ""


def all_imports() -> list[Import]:
    return [imp for path in sorted(DESK.rglob("*.py")) for imp in imports_of(path)]


# -- the rules: (where they apply, what is forbidden, why) -----------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[str], bool]  # to a file's part of desk
    forbidden: Callable[[Import], bool]
    why: str


def _core_may_not(imp: Import) -> bool:
    if imp.top == "desk":
        return imp.part != "core"
    return imp.top not in sys.stdlib_module_names and imp.top not in CORE_THIRD_PARTY


def _adapter_may_not(importer: str) -> Callable[[Import], bool]:
    def forbidden(imp: Import) -> bool:
        if imp.part is None or imp.part == importer:
            return False
        if imp.part == "store" and importer != "store":
            return False  # importer, reports and sync may read and write through the store
        return imp.part in (*ADAPTERS, "services", "ui", "cli", "__main__")
    return forbidden


RULES = [
    Rule("core_is_pure", lambda part: part == "core", _core_may_not,
         "desk.core imports only the standard library, dateutil, phonenumbers and desk.core"),
    Rule("qt_only_in_ui", lambda part: part != "ui",
         lambda imp: imp.top in {"PySide6", "shiboken6"},
         "PySide6 is imported only in desk/ui (cli/__main__ reach it through desk.ui)"),
    Rule("no_sql_in_core_or_ui", lambda part: part in {"core", "ui"},
         lambda imp: imp.top in {"sqlalchemy", "alembic"},
         "desk.core and desk.ui never import SQLAlchemy or Alembic"),
    *[Rule(f"{adapter}_is_independent", lambda part, a=adapter: part == a,
           _adapter_may_not(adapter),
           f"desk.{adapter} imports desk.core"
           + ("" if adapter == "store" else " and desk.store")
           + ", not the other adapters, services, ui or cli")
      for adapter in ADAPTERS],
    Rule("services_below_ui_and_cli", lambda part: part == "services",
         lambda imp: imp.part in {"ui", "cli", "__main__"},
         "desk.services does not import desk.ui or desk.cli"),
    Rule("ui_only_from_the_composition_root",
         lambda part: part not in {"ui", "cli", "__main__"},
         lambda imp: imp.part in {"ui", "cli", "__main__"},
         "only desk/cli and desk/__main__ (the composition root) import desk.ui or desk.cli"),
]


def violations(rule: Rule, imports: list[Import]) -> list[str]:
    return [f"{imp}  ({rule.why})" for imp in imports
            if rule.applies(part_of(imp.file)) and rule.forbidden(imp)]


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return all_imports()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_layer_rule(rule: Rule, imports: list[Import]):
    found = violations(rule, imports)
    assert not found, "layer rule broken:\n  " + "\n  ".join(found)


def test_the_scan_sees_the_core_and_its_imports(imports: list[Import]):
    assert any(imp.file == "desk/core/money.py" and imp.module == "desk.core.errors"
               for imp in imports)


# -- the checker itself catches what it should ----------------------------------------------

def _check(file: str, source: str) -> list[str]:
    found = list(imports_of(ROOT / file, source))
    return [v for rule in RULES for v in violations(rule, found)]


@pytest.mark.parametrize(("file", "source", "offender"), [
    ("desk/core/x.py", "import sqlalchemy", "sqlalchemy"),
    ("desk/core/x.py", "from ..store import uow", "desk.store"),
    ("desk/core/x.py", "def f():\n    import openpyxl", "openpyxl"),
    ("desk/services/x.py", "from PySide6.QtCore import QObject", "PySide6.QtCore"),
    ("desk/services/x.py", "from desk import ui", "desk.ui"),
    ("desk/ui/x.py", "from sqlalchemy.orm import Session", "sqlalchemy.orm"),
    ("desk/store/x.py", "from desk.importer import reader", "desk.importer"),
    ("desk/reports/x.py", "import desk.sync.push", "desk.sync.push"),
    ("desk/importer/x.py", "from desk.services import sell", "desk.services"),
])
def test_the_checker_reports_the_offending_file_and_import(file, source, offender):
    found = _check(file, source)
    assert found and all(f"{file}:" in v for v in found)
    assert any(f"imports {offender}" in v for v in found), found


@pytest.mark.parametrize(("file", "source"), [
    ("desk/core/x.py", "from __future__ import annotations\nimport decimal, dateutil.parser"),
    ("desk/core/x.py", "import phonenumbers\nfrom .errors import DeskError"),
    ("desk/importer/x.py", "from desk.store.uow import Database\nimport openpyxl"),
    ("desk/cli/x.py", "def gui():\n    from desk.ui import app"),
    ("desk/__main__.py", "from desk.cli import main"),
    ("desk/ui/x.py", "from PySide6.QtWidgets import QWidget\nfrom desk.services import sell"),
])
def test_the_checker_lets_allowed_imports_through(file, source):
    assert _check(file, source) == []
