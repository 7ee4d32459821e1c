"""The reports tab on the demo chain: its cards, its charts, its export."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desk.services.memberships import undo_payment
from desk.services.reports import report_summary
from desk.ui import formats
from desk.ui.reports_controller import build_reports_tab
from tests.demo_chain import DEMO_DAY


def overview_of(demo, qtbot, actor):
    """The reports tab's overview page once its figures have arrived."""
    tabs = build_reports_tab(demo.db, actor, today=lambda: DEMO_DAY)
    qtbot.addWidget(tabs)
    tabs.resize(1200, 700)
    tabs.show()
    with qtbot.waitSignal(tabs.overview.controller.sig_refreshed, timeout=10_000):
        tabs.refresh()
    return tabs.overview


@pytest.fixture
def tab(demo, qtbot):
    return overview_of(demo, qtbot, demo.at("Downtown"))


def card(view, key):
    return view.cards[key].value.text()


def test_the_cards_show_the_summary_as_of_today(demo, tab):
    expected = report_summary(demo.db, demo.admin, DEMO_DAY)
    assert card(tab, "memberships") == str(expected.memberships) == "3"
    assert card(tab, "active") == str(expected.active)
    assert card(tab, "issued") == str(expected.issued)
    assert card(tab, "frozen") == str(expected.frozen)
    assert card(tab, "remaining") == str(expected.remaining_visits)
    assert card(tab, "outstanding") == formats.money(expected.outstanding, "USD")
    assert card(tab, "revenue") == formats.money(expected.revenue, "USD")


def test_the_charts_plot_sales_per_month_visits_per_week_and_liability(tab):
    sales = tab.sales_chart.chart().series()[0]
    assert isinstance(sales, QBarSeries)
    bars = sales.barSets()[0]
    assert bars.count() == 12 and sum(bars.at(i) for i in range(12)) > 0
    visits = tab.visits_chart.chart().series()[0]
    assert isinstance(visits, QLineSeries)
    assert sum(point.y() for point in visits.points()) == 3
    owed = [point.y() for point in tab.liability_chart.chart().series()[0].points()]
    assert owed[0] == 0 and owed[-1] == 1300.0  # nothing a year ago; the outstanding today


def test_the_liability_charts_last_point_and_its_label_are_inside_the_plot(tab):
    chart = tab.liability_chart.chart()
    line, latest = chart.series()
    point = line.points()[-1]
    assert [(p.x(), p.y()) for p in latest.points()] == [(point.x(), point.y())]
    at = chart.mapToPosition(point, line)
    metrics = QFontMetricsF(latest.pointLabelsFont())
    text = f"{point.y():g}"  # what "@yPoint" shows
    label = QRectF(at.x() - metrics.horizontalAdvance(text) / 2,
                   at.y() - latest.markerSize() / 2 - metrics.height(),
                   metrics.horizontalAdvance(text), metrics.height())
    marker = QRectF(at.x() - latest.markerSize() / 2, at.y() - latest.markerSize() / 2,
                    latest.markerSize(), latest.markerSize())
    assert chart.plotArea().contains(marker) and chart.plotArea().contains(label)


def test_export_writes_the_summary_workbook(tab, qtbot, tmp_path):
    controller = tab.controller
    controller.ask_path = lambda parent, title, suggested: str(tmp_path / "summary")
    with qtbot.waitSignal(controller.sig_exported) as signal:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(tmp_path / "summary.xlsx")]
    sheet = load_workbook(tmp_path / "summary.xlsx").active
    figures = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert figures["Memberships"] == 3
    assert "summary.xlsx" in tab.message.text()


def test_cancelling_the_export_writes_nothing(tab, tmp_path):
    tab.controller.ask_path = lambda parent, title, suggested: ""
    assert tab.controller.export() is None
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_receptionist_is_refused_with_a_message(demo, qtbot):
    view = overview_of(demo, qtbot, demo.reception)
    assert view.controller.board is None
    assert view.message.text()
    assert not view.export_button.isEnabled()
    assert card(view, "memberships") == "–"


def test_a_week_of_undos_only_stays_inside_the_visits_chart(demo, qtbot):
    payment = [e for e in demo.membership("DS-0001").entries if e.kind.value == "payment"][-1]
    undo_payment(demo.db, demo.admin, payment.id, day=DEMO_DAY)
    view = overview_of(demo, qtbot, demo.admin)
    chart = view.visits_chart.chart()
    values = [p.y() for p in chart.series()[0].points()]
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert min(values) == -1 and axis.min() <= -1 and axis.max() >= 1
