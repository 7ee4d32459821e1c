"""What a committed import writes: memberships that are not sales (SPEC §3.8, §4, §7)."""

import pytest

from tests.importer.helpers import (
    HEADER,
    TODAY,
    desk,
    listed,
    memberships,
    query,
    row,
    run_import,
    write_xlsx,
)

ROWS = [
    row(type="Massage 10", remaining=4, number="M-1", sale_date="2026-01-10"),
    row(type="Massage 10", remaining=4, number="M-2", sale_date="2026-01-10",
        valid_until="2026-06-30"),
    row(location="Riverside", type="Yoga 8", remaining=6, status="activated", phone=None,
        number="Y-1", sale_date="2026-03-01"),
    row(location="Riverside", type="Yoga 8", remaining=8, status="issued",
        phone="12025550143", number=None, sale_date="2026-03-10"),
    row(location="Riverside", phone="447911123456", number="P-1", sale_date="2026-02-01"),
]


@pytest.fixture
def imported(capsys, db, tmp_path):
    """The demo chain with the five rows above committed; yields the report before."""
    _, before = desk(capsys, "report", "--json", "--db", db, "--as-of", TODAY)
    code, out = run_import(capsys, write_xlsx(tmp_path / "in.xlsx", HEADER, ROWS), db,
                           "--commit")
    assert (code, out["committed"]) == (0, 5), out
    return before


def test_imported_memberships_get_import_entries_and_activation_for_activated_rows(
        imported, db):
    kinds = dict(query(db, "SELECT coalesce(code, '-'), group_concat(kind, ' ') FROM (SELECT "
                       "m.id, m.code, e.kind FROM memberships m JOIN ledger_entries e ON "
                       "e.membership_id = m.id WHERE m.imported ORDER BY m.id, e.seq) GROUP BY id"))
    assert kinds == {"M-1": "import", "M-2": "import", "Y-1": "import activation",
                     "-": "import", "P-1": "import"}


def test_imported_memberships_are_unpaid_and_take_nothing_from_a_storage(imported, db):
    assert query(db, "SELECT DISTINCT amount_paid, storage_id, payment_method FROM "
                     "memberships WHERE imported") == [(0, None, "import")]
    assert query(db, "SELECT count(*) FROM memberships WHERE imported") == [(5,)]


def test_imported_memberships_count_everywhere_but_in_sales_and_revenue(capsys, imported, db):
    _, after = desk(capsys, "report", "--json", "--db", db, "--as-of", TODAY)
    assert (after["sold"], after["revenue"]) == (imported["sold"], imported["revenue"])
    assert after["memberships"] == imported["memberships"] + 5
    assert after["remaining_visits"] == imported["remaining_visits"] + 4 + 4 + 6 + 8 + 12


def test_activated_rows_expire_after_the_validity_unless_valid_until_is_given(
        capsys, imported, db):
    shown = memberships(capsys, db)
    assert shown["M-1"]["expires"] == "2026-04-10"  # sale + 3 months
    assert shown["M-2"]["expires"] == "2026-06-30"  # Valid until overrides
    assert (shown["Y-1"]["status"], shown["Y-1"]["expires"]) == ("active", "2026-04-01")
    assert (shown["P-1"]["status"], shown["P-1"]["expires"]) == ("active", None)  # unlimited


def test_an_issued_row_of_a_first_visit_type_waits_for_its_first_visit(capsys, imported, db):
    [emma] = [m for m in listed(capsys, db) if m["phone"] == "12025550143"]
    assert (emma["number"], emma["type"], emma["location"]) == (None, "Yoga 8", "Riverside")
    assert (emma["status"], emma["expires"], emma["remaining"]) == ("issued", None, 8)


def test_the_membership_list_shows_each_imported_row_as_written(capsys, imported, db):
    shown = memberships(capsys, db)
    m1, p1 = shown["M-1"], shown["P-1"]
    assert (m1["type"], m1["location"], m1["phone"], m1["remaining"], m1["sale_date"]) == (
        "Massage 10", "Downtown", "12125550101", 4, "2026-01-10")
    assert (p1["type"], p1["location"], p1["phone"], p1["remaining"]) == (
        "PT 12", "Riverside", "447911123456", 12)


def test_an_issued_rows_valid_until_applies_once_it_is_activated(capsys, db, tmp_path):
    file = write_xlsx(tmp_path / "y.xlsx", HEADER, [row(
        location="Riverside", type="Yoga 8", remaining=8, status="issued", number="Y-9",
        valid_until="2026-05-01", sale_date="2026-03-10")])
    assert run_import(capsys, file, db, "--commit")[0] == 0
    code, paid = desk(capsys, "pay", "--client", "12125550101", "--service", "Yoga class",
                      "--location", "Riverside", "--membership", "Y-9", "--on", TODAY,
                      "--db", db, "--json")
    assert (code, paid["status"], paid["expires"], paid["remaining"]) == (
        0, "active", "2026-05-01", 7)
