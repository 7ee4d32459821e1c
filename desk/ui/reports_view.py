"""The reports overview: summary cards, three charts, and the export button (SPEC §4)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TR_NOOP, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.ui.formats import day_in_words
from desk.ui.i18n import tr

CARDS = (("memberships", QT_TR_NOOP("Memberships")), ("active", QT_TR_NOOP("Active memberships")),
         ("issued", QT_TR_NOOP("Issued, not activated")),
         ("frozen", QT_TR_NOOP("Frozen memberships")),
         ("remaining", QT_TR_NOOP("Remaining visits")),
         ("outstanding", QT_TR_NOOP("Outstanding obligations")),
         ("revenue", QT_TR_NOOP("Revenue")))
CARDS_PER_ROW = 4
DATE_TICKS = 5  # dates along a line chart: as many as fit a third of the window
MONTH_LABEL_WIDTH = 34  # pixels a month name needs under its bar
LEFT_PAD, RIGHT_PAD = 0.02, 0.09  # of a line chart's span: the right one holds a label
DAY_MSECS = 86_400_000
LATEST_LABEL = "@yPoint"
LATEST_MARKER = 8.0  # pixels: the latest point stands out from the line's


class Card(QFrame):
    """A figure with its caption underneath."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(tr(caption))
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class ReportsView(QWidget):
    """Lays out the figures; the controller fills them in."""

    sig_refresh = Signal()
    sig_export = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of = QLabel()
        self.refresh_button = QPushButton(tr("Re&fresh"))
        self.export_button = QPushButton(tr("&Export summary to Excel…"))
        self.refresh_button.clicked.connect(self.sig_refresh)
        self.export_button.clicked.connect(self.sig_export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.cards = {key: Card(caption) for key, caption in CARDS}
        self.sales_chart = self._chart_view()
        self.visits_chart = self._chart_view()
        self.liability_chart = self._chart_view()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._card_grid())
        charts = QHBoxLayout()
        charts.addWidget(self.sales_chart)
        charts.addWidget(self.visits_chart)
        charts.addWidget(self.liability_chart)
        layout.addLayout(charts, 1)
        layout.addWidget(self.message)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.as_of)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)
        return row

    def _card_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // CARDS_PER_ROW, i % CARDS_PER_ROW)
        return grid

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return view

    def set_card(self, key: str, text: str) -> None:
        self.cards[key].value.setText(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_bars(self, view: QChartView, title: str, series_name: str,
                 categories: Sequence[str], values: Sequence[float]) -> None:
        """Replace ``view``'s chart by one bar per category."""
        bars = QBarSet(series_name)
        bars.append([float(v) for v in values])
        series = QBarSeries()
        series.append(bars)
        x = QBarCategoryAxis()
        x.append(list(categories))
        _show(view, title, series, x, _value_axis(values))
        _smaller_labels(x)  # twelve months fit a narrow window
        self._fit_month_labels()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_month_labels()

    def _fit_month_labels(self) -> None:
        """Upright month names when the chart is too narrow for them side by side."""
        chart = self.sales_chart.chart()
        axes = chart.axes(Qt.Orientation.Horizontal) if chart is not None else []
        if axes and isinstance(axes[0], QBarCategoryAxis) and axes[0].count():
            per_month = chart.plotArea().width() / axes[0].count()
            axes[0].setLabelsAngle(0 if per_month >= MONTH_LABEL_WIDTH else -90)

    def set_line(self, view: QChartView, title: str, series_name: str,
                 days: Sequence[date], values: Sequence[float], *,
                 day_format: str = "d MMM yy") -> None:
        """Replace ``view``'s chart by a line through (day, value) points."""
        series = QLineSeries()
        series.setName(series_name)
        series.setPointsVisible(True)
        for day, value in zip(days, values, strict=True):
            series.append(_msecs(day), float(value))
        x = QDateTimeAxis()
        x.setFormat(day_format)
        x.setTickCount(DATE_TICKS)
        if days:
            first, last = _padded(_msecs(days[0]), _msecs(days[-1]))
            x.setRange(QDateTime.fromMSecsSinceEpoch(int(first)),
                       QDateTime.fromMSecsSinceEpoch(int(last)))
        _show(view, title, series, x, _value_axis(values))
        _smaller_labels(x)
        if days:  # the latest figure, named: what a manager reads the chart for
            latest = QScatterSeries()
            latest.setName(tr("{series} on {day}").format(series=series_name,
                                                           day=day_in_words(days[-1])))
            latest.append(_msecs(days[-1]), float(values[-1]))
            latest.setMarkerSize(LATEST_MARKER)
            latest.setColor(series.color())
            latest.setBorderColor(series.color())
            latest.setPointLabelsFormat(LATEST_LABEL)
            latest.setPointLabelsVisible(True)
            latest.setPointLabelsClipping(False)
            view.chart().addSeries(latest)
            for axis in view.chart().axes():
                latest.attachAxis(axis)


def _padded(first: float, last: float) -> tuple[float, float]:
    """The x range around the points, with room on the right for the last point's marker
    and its label (on the plot's edge, half of it was cut off)."""
    span = max(last - first, DAY_MSECS)
    return first - span * LEFT_PAD, last + span * RIGHT_PAD


def _smaller_labels(axis) -> None:
    """After _show: adding an axis to a chart applies the theme's font."""
    small = QFont(axis.labelsFont())
    small.setPointSizeF(small.pointSizeF() * 0.85)
    axis.setLabelsFont(small)


def _msecs(day: date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def _value_axis(values: Sequence[float]) -> QValueAxis:
    """From 0 (or below, for a negative value) to a round number above the largest value,
    ticks on whole round steps."""
    low = min([float(v) for v in values] + [0.0]) * 1.1
    high = max([float(v) for v in values] + [1.0]) * 1.1
    step = next(m * 10**k for k in range(12) for m in (1, 2, 5)
                if (high - low) / (m * 10**k) <= 5)
    below, above = math.ceil(-low / step), math.ceil(high / step)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(-below * step, above * step)
    axis.setTickCount(below + above + 1)
    return axis


def _show(view: QChartView, title: str, series, x, y) -> None:
    chart = QChart()
    chart.setLocale(QLocale())  # the axes' dates and numbers as the window writes them
    chart.setTitle(title)
    chart.addSeries(series)
    chart.legend().setVisible(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
