"""The window reaches the services through one door (desk/ui/operations.py).

The rule, checked by parsing every module of desk/ui:
- a call of a ``desk.services`` function (any use of its name) sits inside the door's
  work — a lambda or a nested function handed to ``run_operation`` as its work (third
  argument or ``work=``), or to a function of the module that hands its parameter
  ``work`` on to it, or one returned by the ``work`` method of a ``Recurring`` or a
  ``SettingsPage`` —
  unless it is one of the short reads named in ``READS``, which the window makes on the
  GUI thread (a search, a client's card, a dialog's choices: a few milliseconds each);
- only the door and the error dialog catch every exception (``except Exception``), and
  only the door announces a change (``sig_changed.emit``), as a ``Changed``, never a string.
A new service call outside the door fails here until it goes through the door, or, if it
is a short read, is named in ``READS``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESK_UI = ROOT / "desk" / "ui"
DOOR = "run_operation"
WORK_POSITION = 2  # run_operation(parent, title, work, ...)
# Classes whose ``work()`` returns the work the door runs: a Recurring's run (the due
# work, the sync round, the backup) and a Settings tab's save.
WORK_CLASSES = {"Recurring", "SettingsPage"}

# Modules whose every function only reads.
READ_MODULES = {"desk.services.queries", "desk.services.type_queries",
                "desk.services.previews", "desk.services.history"}
# The other reads the window makes directly (each takes a few milliseconds).
READS = {
    "desk.services.auth.cli_actor", "desk.services.auth.must_change_password",
    "desk.services.chain.freeze_reasons",  # the chain's few reasons, for a combo box
    "desk.services.closures.closures",  # one grouped read of the closures (few rows)
    "desk.services.channel_settings.channel_form",
    "desk.services.channel_settings.secrets_in_keyring",
    "desk.services.demo.is_empty",
    "desk.services.lookups.client_with_phone",  # one indexed read: a phone's client
    "desk.services.memberships.payment_options",
    "desk.services.notifications.outbox",
    "desk.services.renewals.payments_due",
    "desk.services.reports.currency",
    "desk.services.reports.memberships_page",  # a page at a time, off the GUI thread (PagedModel)
    "desk.services.sync.conflicts", "desk.services.sync.overdraft_amount",
    "desk.services.sync.password_kept_in_keyring", "desk.services.sync.server_url",
    "desk.services.sync.server_password_saved",
    "desk.services.this_desk.desk_location", "desk.services.this_desk.usual_location",
    "desk.services.this_desk.idle_lock_minutes", "desk.services.this_desk.last_user_name",
    "desk.services.today.today",  # four indexed reads of one day (README's benchmark)
}
# Where catching every exception is the job: the door, the error dialog, and the import's
# child process (no Qt; it sends any failure back to the door's work that started it).
CATCH_ALL = {"operations.py", "errors.py", "import_child.py"}
# The import's child process runs only from the door's work (ImportController).
CHILD_SIDE = {"import_child.py"}
@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    what: str
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line} {self.what}"


def _service_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted name, for every name imported from desk.services."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desk.services"):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("desk.services") and alias.asname:
                    names[alias.asname] = alias.name
    return names


def _resolve(dotted: str) -> object | None:
    """The object a dotted name names: a module, or an attribute of one."""
    try:
        return importlib.import_module(dotted)
    except ImportError:
        module, _, name = dotted.rpartition(".")
        try:
            return getattr(importlib.import_module(module), name, None)
        except ImportError:
            return None


def _service_named(node: ast.AST, names: dict[str, str]) -> str | None:
    """The dotted name of the desk.services function ``node`` names (``pay_visit`` or
    ``sync.conflicts``), if it names one: called, or handed on to be called."""
    if isinstance(node, ast.Name) and node.id in names:
        dotted = names[node.id]
    elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
          and node.value.id in names and inspect.ismodule(_resolve(names[node.value.id]))):
        dotted = f"{names[node.value.id]}.{node.attr}"
    else:
        return None
    return dotted if inspect.isfunction(_resolve(dotted)) else None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _work_given_to_the_door(tree: ast.AST, parents: dict[ast.AST, ast.AST]) -> set[ast.AST]:
    """The lambdas and functions run as the door's work."""
    doors = {DOOR: WORK_POSITION, **_helpers_of_the_door(tree)}
    work: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node.func) in doors:
            position = doors[_called_name(node.func)]
            given = [*node.args[position:position + 1],
                     *(k.value for k in node.keywords if k.arg == "work")]
            for arg in given:
                work |= _functions_named_by(arg, parents)
        elif isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", None) in WORK_CLASSES for base in node.bases):
            for method in node.body:
                if isinstance(method, ast.FunctionDef) and method.name == "work":
                    work |= {f for f in ast.walk(method) if f is not method
                             and isinstance(f, ast.Lambda | ast.FunctionDef)}
    return work


def _helpers_of_the_door(tree: ast.AST) -> dict[str, int]:
    """A module's own functions that hand their parameter ``work`` on to the door as its
    work (``self._write(title, work, ...)``): name -> where callers put the work."""
    helpers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args if a.arg not in {"self", "cls"}]
        if "work" in params and any(
                isinstance(call, ast.Call) and _called_name(call.func) == DOOR
                and any(getattr(arg, "id", None) == "work"
                        for arg in [*call.args[WORK_POSITION:WORK_POSITION + 1],
                                    *(k.value for k in call.keywords if k.arg == "work")])
                for call in ast.walk(node)):
            helpers[node.name] = params.index("work")
    return helpers


def _called_name(func: ast.expr) -> str | None:
    return getattr(func, "id", None) or getattr(func, "attr", None)


def _functions_named_by(arg: ast.expr, parents: dict[ast.AST, ast.AST]) -> set[ast.AST]:
    """``arg`` itself when it is a lambda; else the local function or lambda it names."""
    if isinstance(arg, ast.Lambda):
        return {arg}
    if not isinstance(arg, ast.Name):
        return set()
    scope = arg
    while scope in parents and not isinstance(scope, ast.FunctionDef):
        scope = parents[scope]
    found: set[ast.AST] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.FunctionDef) and node.name == arg.id and node is not scope:
            found.add(node)
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda)
              and any(getattr(t, "id", None) == arg.id for t in node.targets)):
            found.add(node.value)
    return found


def _inside(node: ast.AST, work: set[ast.AST], parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if node in work:
            return True
    return False


def door_findings(path: Path, source: str | None = None) -> list[Finding]:
    """What in ``path`` goes around the door (see the module's doc)."""
    source = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(source, filename=path.name)
    names, parents = _service_names(tree), _parents(tree)
    work = _work_given_to_the_door(tree, parents)
    found = []
    for node in ast.walk(tree):
        what = (_service_outside_the_door(path.name, node, names, work, parents)
                or _announcement_outside_the_door(path.name, node)
                or _catch_all(path.name, node))
        if what:
            found.append(Finding(path.name, node.lineno, what, node.col_offset))
    return sorted(found, key=lambda f: (f.line, f.column))


def _service_outside_the_door(file: str, node: ast.AST, names: dict[str, str],
                              work: set[ast.AST], parents: dict[ast.AST, ast.AST]) -> str:
    named = _service_named(node, names)
    if (not named or file in CHILD_SIDE or _inside(node, work, parents)
            or named.rpartition(".")[0] in READ_MODULES or named in READS):
        return ""
    return f"calls {named} outside the door"


def _announcement_outside_the_door(file: str, node: ast.AST) -> str:
    if not isinstance(node, ast.Call) or not _emits_a_change(node) or file == "operations.py":
        return ""
    return "announces a change (only the door does)"


def _catch_all(file: str, node: ast.AST) -> str:
    if not isinstance(node, ast.ExceptHandler) or file in CATCH_ALL:
        return ""
    if node.type is not None and getattr(node.type, "id", None) not in {"Exception",
                                                                        "BaseException"}:
        return ""
    return "catches every exception"


def _emits_a_change(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "emit"
            and getattr(func.value, "attr", None) == "sig_changed"
            and getattr(func.value.value, "id", None) == "events")


def ui_modules() -> list[Path]:
    return sorted(DESK_UI.glob("*.py"))


def test_every_write_from_the_window_goes_through_the_one_door():
    found = [str(f) for path in ui_modules() for f in door_findings(path)]
    assert found == [], "around the door:\n  " + "\n  ".join(found)


def test_the_reads_named_are_functions_of_the_services():
    assert all(inspect.isfunction(_resolve(name)) for name in READS)
    assert all(inspect.ismodule(_resolve(name)) for name in READ_MODULES)


def test_the_scan_sees_the_writes_behind_the_door():
    """It finds the payment inside the Pay dialog's door work (so it can tell)."""
    tree = ast.parse((DESK_UI / "pay_dialog.py").read_text(encoding="utf-8"))
    names, parents = _service_names(tree), _parents(tree)
    work = _work_given_to_the_door(tree, parents)
    calls = [n for n in ast.walk(tree)
             if _service_named(n, names) == "desk.services.memberships.pay_visit"]
    assert calls and all(_inside(call, work, parents) for call in calls)


# -- the check catches what it should, in a copy of a real module ----------------------------

@pytest.fixture
def copy_of(tmp_path):
    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(DESK_UI / name, target)
        return target
    return copy


def plant(path: Path, method: str) -> None:
    """Add ``method`` (source indented as a method) to the module's last class."""
    path.write_text(path.read_text(encoding="utf-8") + "\n" + method, encoding="utf-8")


def test_a_payment_called_straight_from_the_dialog_is_reported(copy_of):
    path = copy_of("pay_dialog.py")
    assert door_findings(path) == []
    plant(path, "def pay_now(dialog, membership):\n"
                "    return pay_visit(dialog.db, dialog.actor, membership_ref=membership)\n")
    [finding] = door_findings(path)
    assert "calls desk.services.memberships.pay_visit outside the door" in str(finding)


def test_a_module_service_called_straight_from_a_view_is_reported(copy_of):
    path = copy_of("conflicts_view.py")
    plant(path, "def review(view, clash):\n"
                "    sync.review_clash(view.db, view.actor, clash)\n")
    assert [f.what for f in door_findings(path)] == [
        "calls desk.services.sync.review_clash outside the door"]


def test_work_run_outside_the_door_is_reported_even_in_a_lambda(copy_of):
    path = copy_of("freeze_dialog.py")
    plant(path, "def later(dialog, run):\n"
                "    run(lambda: freeze_membership(dialog.db, dialog.actor, 'm', until=None))\n")
    assert len(door_findings(path)) == 1


def test_work_handed_to_the_door_passes(copy_of):
    path = copy_of("freeze_dialog.py")
    plant(path, "def later(dialog):\n"
                "    def work():\n"
                "        return freeze_membership(dialog.db, dialog.actor, 'm', until=None)\n"
                "    run_operation(dialog, 'Freezing…', work)\n"
                "    run_operation(dialog, 'Freezing…', work=lambda: freeze_membership(\n"
                "        dialog.db, dialog.actor, 'm', until=None))\n")
    assert door_findings(path) == []


def test_a_catch_all_and_a_change_announced_by_name_are_reported(copy_of):
    path = copy_of("client_dialog.py")
    plant(path, "def save(dialog):\n"
                "    try:\n"
                "        dialog.save()\n"
                "    except Exception as error:\n"
                "        dialog.message.setText(str(error))\n"
                "    events.sig_changed.emit('clients')\n")
    assert [f.what for f in door_findings(path)] == [
        "catches every exception", "announces a change (only the door does)"]


def test_a_service_handed_on_to_be_called_elsewhere_is_reported(copy_of):
    path = copy_of("types_controller.py")
    plant(path, "def save(controller, new):\n"
                "    save = create_type if new else update_type\n"
                "    return save(controller.db, controller.actor, None)\n")
    assert [f.what for f in door_findings(path)][-2:] == [
        "calls desk.services.types.create_type outside the door",
        "calls desk.services.types.update_type outside the door"]


def test_work_handed_through_a_helper_of_the_module_passes_and_other_helpers_dont(copy_of):
    path = copy_of("freeze_dialog.py")
    plant(path, "def _write(dialog, title, work):\n"
                "    run_operation(dialog, title, work, cancellable=False)\n"
                "def _later(dialog, title, job):\n"
                "    job()\n"
                "def act(dialog):\n"
                "    _write(dialog, 'Freezing…', lambda: freeze_membership(dialog.db, 'm'))\n"
                "    _later(dialog, 'Freezing…', lambda: freeze_membership(dialog.db, 'm'))\n")
    [finding] = door_findings(path)
    assert finding.line == len(path.read_text(encoding="utf-8").splitlines())
