"""The memberships report and liability pages of the reports tab, on the demo chain."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape
from PySide6.QtCore import Qt

from desk.services.chain import add_client
from desk.services.memberships import sell_membership
from desk.ui import formats
from desk.ui.reports_controller import build_reports_tab
from tests.demo_chain import DEMO_DAY

HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', "+1 Plus", "-2 Minus", "@SUM(A1)", "\tTab Name",
                 "\rCr Name"]


@pytest.fixture
def tabs(demo, qtbot):
    view = build_reports_tab(demo.db, demo.admin, today=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


@pytest.fixture
def page(tabs, qtbot):
    """The memberships report page, showing every membership."""
    page = tabs.memberships
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        tabs.setCurrentWidget(page)
    return page


def shown(page, qtbot) -> list[str]:
    """Press Show and return the numbers in the table, in order."""
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    return numbers(page)


def numbers(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_the_report_lists_every_membership_with_altegio_columns(page):
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Number", "Type", "Balance", "Status", "Valid until", "Client", "Phone",
                      "Date of sale", "Place of sale", "Cost", "Payments", "Amount debited"]
    assert sorted(numbers(page)) == ["(no code)", "DS-0001", "DS-0002"]
    assert page.count.text() == "3 memberships"
    alice = numbers(page).index("DS-0001")
    assert model.data(model.index(alice, 11)) == formats.money(Decimal("240"), "USD")  # 3 × 80


def test_status_and_place_of_sale_filters_narrow_the_table(page, qtbot):
    page.status.setCurrentIndex(page.status.findData("issued"))
    assert shown(page, qtbot) == ["(no code)"]
    page.status.setCurrentIndex(0)
    page.sale_location.setCurrentIndex(page.sale_location.findText("Downtown"))
    assert shown(page, qtbot) == ["DS-0001"]
    assert page.count.text() == "1 membership"


def test_a_membership_that_never_expires_is_shown_valid_without_limit(page):
    bob = numbers(page).index("DS-0002")  # PT 12: unlimited validity
    assert page.model.data(page.model.index(bob, 4)) == "unlimited"


def test_phone_number_and_visits_left_filters(page, qtbot):
    qtbot.keyClicks(page.phone, "+1 212")
    assert sorted(shown(page, qtbot)) == ["DS-0001", "DS-0002"]
    qtbot.keyClicks(page.remaining_max, "10")
    assert shown(page, qtbot) == ["DS-0001"]
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(numbers(page)) == 3 and page.phone.text() == ""


def test_a_date_that_is_not_a_date_is_explained_and_the_table_kept(page, qtbot):
    qtbot.keyClicks(page.sold_from, "31/02/2026")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert "'31/02/2026' is not a date" in page.message.text()
    assert "yyyy-mm-dd" in page.message.text()
    assert len(numbers(page)) == 3


def test_clicking_a_header_sorts_by_that_column_in_sql(page, qtbot):
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # Balance, highest first
    assert numbers(page) == ["DS-0002", "(no code)", "DS-0001"]  # 12, 8, 7 left


def test_further_pages_arrive_as_the_table_asks_for_them(page, qtbot, qtmodeltester):
    page.model.page_rows = 2
    assert len(shown(page, qtbot)) == 2 and page.model.total == 3
    assert page.model.canFetchMore()
    with qtbot.waitSignal(page.model.sig_fetched, timeout=10_000):
        page.model.fetchMore()
    assert len(numbers(page)) == 3 and not page.model.canFetchMore()
    qtmodeltester.check(page.model)


def test_the_export_writes_the_filtered_rows_literally_and_typed(demo, page, qtbot, tmp_path):
    names = []
    for i, name in enumerate(HOSTILE_NAMES):
        client = add_client(demo.db, demo.admin, name, f"+1 212 555 02{i:02d}")
        names.append(client.name)
        sell_membership(demo.db, demo.admin, type_id=demo.type_id("Yoga 8"),
                        location_id=demo.location("Riverside"), client_id=client.id, day=DEMO_DAY)
    qtbot.keyClicks(page.phone, "+1 212 555 02")
    page.controller.ask_path = lambda parent, title, suggested: str(tmp_path / "hostile")
    with qtbot.waitSignal(page.controller.sig_exported, timeout=10_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "hostile.xlsx").active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert sorted(unescape(r[5]) for r in rows) == sorted(names)
    assert {n[0] for n in names} >= {"=", "+", "-", "@"}  # formula-like text went in
    assert {r[8] for r in rows} == {"Riverside"}
    assert sheet["H2"].is_date and sheet["J2"].data_type == "n" and sheet["J2"].value == 140
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


@pytest.fixture
def liability(tabs, qtbot):
    page = tabs.liability
    with qtbot.waitSignal(page.controller.sig_shown, timeout=10_000):
        tabs.setCurrentWidget(page)
    return page


def cell(page, row, column) -> str:
    return page.model.data(page.model.index(row, column))


def closing(page, row) -> str:
    """The row's closing liability, wherever the roll-forward's columns put it."""
    model = page.model
    [column] = [c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "= Closing"]
    return cell(page, row, column)


def test_the_liability_page_rolls_this_month_forward_with_the_total_last(liability):
    assert liability.start.text() == "2026-03-01" and liability.end.text() == "2026-03-15"
    last = liability.model.rowCount() - 1
    assert (cell(liability, last, 0), cell(liability, last, 1)) == ("All locations", "All types")
    # closing = the outstanding obligations
    assert closing(liability, last) == formats.money(Decimal("1300"), "USD")


def test_the_total_row_stands_out_in_bold(liability, qtmodeltester):
    model, last = liability.model, liability.model.rowCount() - 1
    assert model.data(model.index(last, 8), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 8), Qt.ItemDataRole.FontRole) is None
    qtmodeltester.check(model)


def test_a_reversed_period_is_explained_and_nothing_recalculated(liability, qtbot):
    liability.start.setText("2026-03-15")
    liability.end.setText("2026-03-01")
    qtbot.mouseClick(liability.show_button, Qt.MouseButton.LeftButton)
    assert "ends on 2026-03-01, before it starts on 2026-03-15" in liability.message.text()
    assert closing(liability, liability.model.rowCount() - 1) == formats.money(Decimal("1300"),
                                                                            "USD")


def test_the_liability_export_is_a_typed_workbook(liability, qtbot, tmp_path):
    liability.controller.ask_path = lambda parent, title, suggested: str(tmp_path / "l.xlsx")
    with qtbot.waitSignal(liability.controller.sig_exported, timeout=10_000):
        qtbot.mouseClick(liability.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "l.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Location", "Type", "Opening"] and header[-1] == "Closing"
    total = [c.value for c in sheet[sheet.max_row]]
    assert total[0] == "All locations" and total[-1] == 1300
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
