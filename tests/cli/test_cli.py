"""The command line contract of SPEC §8, run in-process and, once, as a real process."""

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from desk import __version__
from desk.cli import main
from desk.core.bookings import BOOKING_REFUSAL


def run(capsys, *argv) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    try:
        return code, json.loads(out)
    except json.JSONDecodeError:
        return code, out


def by_number(rows):
    return {r["number"]: r for r in rows}


def test_the_demo_lists_the_memberships_of_the_spec(capsys, db):
    code, rows = run(capsys, "memberships", "--db", db, "--json")
    today = date.today()
    ds1 = by_number(rows)["DS-0001"]
    assert code == 0 and len(rows) == 3
    assert (ds1["type"], ds1["phone"], ds1["remaining"], ds1["status"]) == (
        "Massage 10", "12125550101", 7, "active")
    assert ds1["sale_date"] == (today - timedelta(days=30)).isoformat()
    assert (by_number(rows)["DS-0002"]["type"], by_number(rows)["DS-0002"]["remaining"]) == (
        "PT 12", 12)
    carla = by_number(rows)[None]
    assert (carla["type"], carla["status"], carla["phone"]) == ("Yoga 8", "issued", "34911234567")


def test_demo_refuses_a_database_that_is_not_empty(capsys, db):
    assert main(["demo", "--db", db]) == 1
    assert "database_not_empty" in capsys.readouterr().err


def test_demo_with_force_moves_the_old_database_aside(capsys, db, tmp_path):
    assert main(["demo", "--db", db, "--force"]) == 0
    assert list(tmp_path.glob("desk.before-demo-*.sqlite"))


def test_sell_pay_undo_freeze_unfreeze_print_the_membership(capsys, db):
    _, sold = run(capsys, "sell", "Nails split", "--location", " downtown ", "--client",
                  "+1 (212) 555-0102", "--code", "NS-77", "--db", db, "--json")
    assert sold["balances"] == {"Classic massage": 2, "Manicure": 5}
    _, paid = run(capsys, "pay", "--client", "12125550102", "--service", "manicure",
                  "--location", "Downtown", "--membership", "ns-77", "--db", db, "--json")
    assert paid["balances"]["Manicure"] == 4 and paid["payment_id"]
    _, undone = run(capsys, "undo-pay", paid["payment_id"], "--db", db, "--json")
    assert undone["balances"]["Manicure"] == 5
    until = (date.today() + timedelta(days=5)).isoformat()
    _, frozen = run(capsys, "freeze", "DS-0001", "--until", until, "--db", db, "--json")
    assert (frozen["status"], frozen["frozen_until"]) == ("frozen", until)
    _, thawed = run(capsys, "unfreeze", "DS-0001", "--db", db, "--json")
    assert (thawed["status"], thawed["frozen_until"]) == ("active", None)


def test_a_refusal_exits_1_with_its_code(capsys, db):
    code, out = run(capsys, "pay", "--client", "12125550101", "--service", "Manicure",
                    "--location", "Downtown", "--db", db, "--json")
    assert code == 1 and out["error"]["code"] == "service_not_included"


def test_a_refused_booking_prints_the_exact_message(capsys, db):
    code, out = run(capsys, "book", "--client", "12125550101", "--service", "Yoga class",
                    "--location", "Downtown", "--at", "2030-01-01T10:00", "--db", db, "--json")
    assert (code, out["error"]["code"], out["error"]["message"]) == (
        1, "booking_not_covered", BOOKING_REFUSAL)


def test_a_covered_booking_names_its_membership(capsys, db):
    at = (date.today() + timedelta(days=1)).isoformat() + "T10:00"
    code, out = run(capsys, "book", "--client", "12125550102", "--service", "Personal training",
                    "--location", "Airport", "--at", at, "--db", db, "--json")
    assert code == 0 and out["services"][0]["membership_number"] == "DS-0002"


def test_the_report_prints_the_summary_figures(capsys, db):
    code, out = run(capsys, "report", "--db", db, "--json")
    assert code == 0
    assert (out["memberships"], out["active"], out["issued"], out["frozen"]) == (3, 2, 1, 0)
    assert (out["remaining_visits"], out["outstanding"]) == (27, "1300.00")


@pytest.mark.parametrize("argv", [
    ["sell", "Massage 10"],
    ["freeze", "DS-0001"],
    ["no-such-command"],
])
def test_usage_errors_exit_2_with_one_clear_line(capsys, db, argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--db", db])
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "code"), [
    (["freeze", "DS-0001", "--until", "next week"], "date_invalid"),
    (["pay", "--client", "12", "--service", "Manicure", "--location", "Downtown"],
     "phone_invalid"),
    (["pay", "--client", "12125550199", "--service", "Manicure", "--location", "Downtown"],
     "client_not_found"),
    (["sell", "Massage 10", "--location", "Moon"], "location_unknown"),
    (["sell", "Nope", "--location", "Downtown"], "type_unknown"),
    (["undo-pay", "nothing"], "payment_not_found"),
])
def test_bad_values_are_refused_by_name_without_a_traceback(capsys, db, argv, code):
    assert main([*argv, "--db", db]) == 1
    err = capsys.readouterr().err
    assert f"[{code}]" in err and "Traceback" not in err


def test_run_due_does_the_due_work_once(capsys, db):
    later = (date.today() + timedelta(days=15)).isoformat() + "T09:00"
    _, first = run(capsys, "run-due", "--now", later, "--db", db, "--json")
    _, second = run(capsys, "run-due", "--now", later, "--db", db, "--json")
    assert (len(first["activated"]), second["activated"]) == (1, [])


def test_backup_writes_a_copy(capsys, db, tmp_path):
    assert main(["backup", str(tmp_path / "copy.sqlite"), "--db", db]) == 0
    assert (tmp_path / "copy.sqlite").stat().st_size > 0


def test_the_installed_command_prints_its_version():
    out = subprocess.run([sys.executable, "-m", "desk", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == f"desk {__version__}"


def test_an_unexpected_fault_prints_one_line_and_logs_the_details(capsys, db, monkeypatch,
                                                                  tmp_path):
    monkeypatch.setattr("desk.support.log_dir", lambda: tmp_path)
    monkeypatch.setattr("desk.services.reports.summary",
                        lambda *a: (_ for _ in ()).throw(RuntimeError("boom")))
    assert main(["report", "--db", db]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nothing was changed" in err
    assert "RuntimeError: boom" in (tmp_path / "desk-errors.log").read_text()


def test_a_reader_that_goes_away_ends_the_command_quietly(db):
    """`desk memberships | head -1`: the reader closes its end; no traceback, no "unexpected
    problem", the shell's exit code for a closed pipe."""
    command = subprocess.Popen([sys.executable, "-m", "desk", "memberships", "--db", db],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    command.stdout.close()  # gone before the first line is written
    _, errors = command.communicate(timeout=60)
    assert command.returncode == 141, errors
    assert errors.decode() == ""
