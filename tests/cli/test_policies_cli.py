"""Sharing, visit limits, freeze policy, transfer, refund and a location's closure, on the demo
by the command line alone (SPEC §3.5, §3.10, §3.11, §8): the issue's whole scenario."""

from datetime import date, timedelta
from decimal import Decimal

from tests.cli.test_cli import run

ALICE, BOB, EMMA = "12125550101", "12125550102", "12025550143"
TODAY = date.today()


def desk(capsys, db, *argv, user="admin"):
    return run(capsys, "--user", user, *argv, "--db", db, "--json")


def days(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


def test_a_family_yoga_is_shared_capped_frozen_for_a_fee_transferred_and_refunded(capsys, db):
    code, fy = desk(capsys, db, "sell", "Family yoga", "--location", "Riverside", "--client",
                    ALICE, "--code", "FY-1")
    assert (code, fy["remaining"]) == (0, 20)
    code, fy = desk(capsys, db, "share", "FY-1", "--add", BOB, user="reception")
    assert (code, fy["shared_with"]) == (0, [BOB])
    yoga = ("pay", "--client", BOB, "--service", "Yoga class", "--location", "Riverside")
    code, paid = desk(capsys, db, *yoga, user="reception")
    assert (code, paid["number"], paid["remaining"]) == (0, "FY-1", 19)
    code, refusal = desk(capsys, db, *yoga, user="reception")
    assert (code, refusal["error"]["code"]) == (1, "visit_limit_reached")
    assert days(1) in refusal["error"]["message"]
    code, refusal = desk(capsys, db, "freeze", "FY-1", "--until", days(5), "--reason", "Travel")
    assert (code, refusal["error"]["code"]) == (1, "freeze_too_short")
    code, fy = desk(capsys, db, "freeze", "FY-1", "--until", days(7), "--reason", "Travel")
    assert (code, fy["frozen_until"]) == (0, days(7))
    code, due = desk(capsys, db, "payments-due")
    assert [(d["membership"], d["amount"], d["kind"]) for d in due] == [
        ("FY-1", "10.00", "freeze_fee")]
    code, fy = desk(capsys, db, "transfer", "FY-1", "--to", EMMA, user="reception")
    assert (code, fy["phone"], fy["shared_with"], fy["remaining"]) == (0, EMMA, [], 19)
    code, fy = desk(capsys, db, "refund", "FY-1", "--reason", "moved away", user="manager")
    assert (code, fy["status"], fy["remaining"]) == (0, "refunded", 0)
    code, report = desk(capsys, db, "report", user="manager")
    [family] = [r for r in report["liability"]["rows"] if r["type"] == "Family yoga"]
    assert (family["sold"], family["redeemed"], family["refunded"], family["closing"]) == (
        "300.00", "15.00", "285.00", "0.00")
    assert Decimal(report["liability"]["total"]["closing"]) == Decimal(report["outstanding"])


def test_a_closure_of_downtown_freezes_its_own_clients_and_a_cancel_credits_the_days(
        capsys, db):
    preview = ("close-location", "Downtown", "--from", days(0), "--to", days(9))
    code, plan = desk(capsys, db, *preview, user="manager")
    assert (code, plan["committed"], [m["number"] for m in plan["memberships"]]) == (
        0, False, ["DS-0001"])
    [ds1] = plan["memberships"]
    assert date.fromisoformat(ds1["new_expiry"]) - date.fromisoformat(ds1["expires"]) == \
        timedelta(days=10)
    code, plan = desk(capsys, db, *preview, "--commit", user="manager")
    assert (code, plan["freezes"]) == (0, 1)
    code, listed = desk(capsys, db, "memberships")
    by_number = {m["number"]: m for m in listed}
    assert (by_number["DS-0001"]["status"], by_number["DS-0002"]["status"]) == (
        "frozen", "active")
    code, cancelled = desk(capsys, db, "reopen-location", plan["closure_id"], "--on", days(3),
                           user="manager")
    assert (code, cancelled["unfrozen"]) == (0, 1)
    code, listed = desk(capsys, db, "memberships")
    ds1_after = next(m for m in listed if m["number"] == "DS-0001")
    assert date.fromisoformat(ds1_after["expires"]) - date.fromisoformat(ds1["expires"]) == \
        timedelta(days=3)


def test_reception_may_not_close_a_location_nor_transfer_a_massage_10(capsys, db):
    code, refusal = desk(capsys, db, "close-location", "Downtown", "--from", days(0), "--to",
                         days(1), "--commit", user="reception")
    assert code == 1 and refusal["error"]["code"] == "permission_denied"
    code, refusal = desk(capsys, db, "transfer", "DS-0001", "--to", EMMA, user="reception")
    assert code == 1 and refusal["error"]["code"] == "permission_denied"


def test_the_chains_freeze_reasons_are_listed_and_set_by_managers(capsys, db):
    assert desk(capsys, db, "freeze-reasons") == (0, ["Illness", "Travel", "Other"])
    assert desk(capsys, db, "freeze-reasons", "--set", "Illness", "Pregnancy",
                user="manager") == (0, ["Illness", "Pregnancy"])
    code, refusal = desk(capsys, db, "freeze-reasons", "--set", "X", user="reception")
    assert code == 1 and refusal["error"]["code"] == "permission_denied"
