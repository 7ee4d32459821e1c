"""``desk run-due --now <date>`` on the demo chain: the due work once, printed."""

import json

from desk.cli import main
from tests.services.due_helpers import change_type, notices


def run_due(capsys, path, now: str, *extra) -> str:
    assert main(["run-due", "--now", now, "--db", str(path), *extra]) == 0
    return capsys.readouterr().out


def test_run_due_twice_writes_off_once_and_prints_what_it_did(capsys, demo):
    demo.db.close()
    first = json.loads(run_due(capsys, demo.path, "2026-05-14T09:00", "--json"))
    second = json.loads(run_due(capsys, demo.path, "2026-05-14T09:00", "--json"))
    assert len(first["activated"]) == 1 and len(first["written_off"]) == 2
    assert "DS-0001 560.00" in first["written_off"]
    assert second["activated"] == second["written_off"] == second["queued"] == []


def test_run_due_prints_one_line_per_kind_of_work(capsys, demo):
    demo.db.close()
    text = run_due(capsys, demo.path, "2026-05-14T09:00")
    assert "written off: " in text and "DS-0001 560.00" in text
    assert run_due(capsys, demo.path, "2026-05-14T10:00").splitlines()[3] == "written off: none"


def test_a_wrong_now_is_refused_with_a_clear_message(capsys, demo):
    demo.db.close()
    assert main(["run-due", "--now", "next tuesday", "--db", str(demo.path)]) != 0
    assert "not a date and time" in capsys.readouterr().err


def test_payments_due_lists_renewal_charges_and_cancel_renewal_stops_the_next(capsys, demo):
    change_type(demo, "Yoga 8", auto_renew=True)
    yoga = demo.carla_yoga().id
    demo.db.close()
    run_due(capsys, demo.path, "2026-04-30T09:00")
    assert main(["payments-due", "--db", str(demo.path), "--json"]) == 0
    [charge] = json.loads(capsys.readouterr().out)
    assert (charge["client"], charge["amount"], charge["due_on"]) == (
        "Carla Díaz", "140.00", "2026-04-29")
    assert main(["cancel-renewal", yoga, "--db", str(demo.path)]) == 0
    assert "ends on 2026-05-29" in capsys.readouterr().out
    assert json.loads(run_due(capsys, demo.path, "2026-06-30T09:00", "--json"))["renewed"] == []


def test_outbox_lists_messages_with_why_they_wait(capsys, demo):
    change_type(demo, "Massage 10", notices=notices(before=30))
    demo.db.close()
    run_due(capsys, demo.path, "2026-04-20T09:00")
    assert main(["outbox", "--db", str(demo.path), "--status", "pending"]) == 0
    assert "Alice Smith" in (out := capsys.readouterr().out) and "Settings" in out
