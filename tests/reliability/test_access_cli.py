"""The role × action matrix walked through the command line too (issue 16 item 4): each
command, run as each demo user with ``--user``, is refused with ``permission_denied`` exactly
when the user's role lacks its action, and a refused command writes nothing."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from desk.cli import main
from desk.core.permissions import Action, Role, allowed
from tests.importer.helpers import HEADER, row, write_xlsx
from tests.reliability.test_access import content

TODAY = date.today()
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/elsewhere"


def a_payment(capsys, db: str) -> str:
    assert main(["pay", "--client", "12125550101", "--service", "Classic massage",
                 "--location", "Downtown", "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["payment_id"]


def command_lines(tmp_path, payment: str) -> dict[str, tuple[Action, list[str]]]:
    tomorrow = f"{TODAY + timedelta(days=1)}T10:00"
    return {
        "sell": (Action.SELL, ["sell", "PT 12", "--location", "Riverside", "--code", "CLI-9"]),
        "pay": (Action.PAY_VISIT, ["pay", "--client", "12125550101", "--service",
                                   "Classic massage", "--location", "Downtown"]),
        "undo-pay": (Action.UNDO_PAYMENT, ["undo-pay", payment]),
        "freeze": (Action.FREEZE, ["freeze", "DS-0001", "--until",
                                   str(TODAY + timedelta(days=5))]),
        "book": (Action.BOOK, ["book", "--client", "12125550101", "--service",
                               "Classic massage", "--location", "Downtown", "--at", tomorrow]),
        "import": (Action.IMPORT, ["import", str(write_xlsx(tmp_path / "in.xlsx", HEADER,
                                                            [row()])), "--commit"]),
        "report": (Action.VIEW_REPORTS, ["report"]),
        "memberships": (Action.EXPORT_CLIENTS, ["memberships"]),
        "run-due": (Action.RUN_DUE, ["run-due"]),
        "backup": (Action.BACKUP, ["backup", str(tmp_path / "copy.sqlite")]),
        "audit": (Action.AUDIT, ["audit", "verify"]),
        "demo --force": (Action.RESTORE, ["demo", "--force"]),
        "sync --server": (Action.MANAGE_CHAIN, ["sync", "--server", UNREACHABLE]),
    }


COMMANDS = ["sell", "pay", "undo-pay", "freeze", "book", "import", "report", "memberships",
            "run-due", "backup", "audit", "demo --force", "sync --server"]


@pytest.fixture(scope="module")
def demo_today(tmp_path_factory) -> Path:
    """The demo chain sold today (the command line's own dates)."""
    path = tmp_path_factory.mktemp("access") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_refuses_a_user_whose_role_lacks_its_action_and_writes_nothing(
        demo_today, tmp_path, capsys, role, name):
    path = tmp_path / "desk" / "demo.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_today, path)
    payment = a_payment(capsys, str(path))
    action, argv = command_lines(tmp_path, payment)[name]
    before = content(SimpleNamespace(path=path))
    code = main(["--user", role.value, *argv, "--db", str(path)])
    said = "".join(capsys.readouterr())
    if allowed(role, action):
        assert "permission_denied" not in said, said
        return
    assert (code, "permission_denied" in said) == (1, True), said
    assert content(SimpleNamespace(path=path)) == before
    assert not (tmp_path / "copy.sqlite").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite"]
