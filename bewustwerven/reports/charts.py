"""Charts (reportlab.graphics). A hidden figure (None) is drawn as no bar, marked "–"."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from bewustwerven.reports.i18n import HIDDEN

PALETTE = [
    colors.HexColor(c)
    for c in (
        "#004699",
        "#ec0000",
        "#ff9100",
        "#009de6",
        "#bed200",
        "#a00078",
        "#00a03c",
        "#666666",
    )
]


def _clean(values: Sequence[float | int | None]) -> list[float]:
    return [0.0 if v is None else float(v) for v in values]


def grouped_bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | int | None]]],
    *,
    width: float = 480,
    height: float = 200,
    percent: bool = False,
    reference: float | None = None,
    reference_label: str = "",
) -> Drawing:
    """Vertical grouped bars; a None value gets no bar and a "–" above its slot."""
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName="Helvetica-Bold", fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 170, height - 70
    chart.data = [_clean(v) for _, v in series] or [[0.0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontSize = 7
    slot_width = (width - 170) / max(len(categories), 1)
    longest = max((len(c) for c in categories), default=0)
    chart.categoryAxis.labels.angle = 20 if longest * 3.8 > slot_width else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if chart.categoryAxis.labels.angle else "n"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([max(_clean(v), default=0) for _, v in series] + [reference or 0, 0.001])
    chart.valueAxis.valueMax = 1.0 if percent and top <= 1 else top * 1.15
    if percent:
        chart.valueAxis.labelTextFormat = lambda v: f"{v * 100:.0f}%"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    n_cat = max(len(categories), 1)
    n_ser = max(len(series), 1)
    slot = chart.width / n_cat
    for i, (_, values) in enumerate(series):
        for j, v in enumerate(values):
            if v is None:
                x = chart.x + slot * j + slot * (i + 0.5) / n_ser
                d.add(String(x, chart.y + 2, HIDDEN, fontSize=7, textAnchor="middle"))
    if reference is not None:
        y = chart.y + chart.height * reference / chart.valueAxis.valueMax
        d.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=colors.black,
                strokeDashArray=[3, 2],
                strokeWidth=0.8,
            )
        )
        d.add(String(chart.x + chart.width + 3, y - 3, reference_label, fontSize=7))
    legend = Legend()
    legend.x, legend.y = width - 120, height - 30
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)
    ]
    if len(series) > 1:
        d.add(legend)
    return d


def horizontal_bars(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    width: float = 480,
    bar_height: float = 14,
    reference: float | None = None,
    value_min: float | None = None,
    value_max: float | None = None,
) -> Drawing:
    """One horizontal bar per label (for example leniency per rater)."""
    height = 40 + bar_height * max(len(labels), 1)
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName="Helvetica-Bold", fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 130, 15
    chart.width, chart.height = width - 150, height - 35
    chart.data = [_clean(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labelAxisMode = "low"  # names left of the chart, not on the zero line
    chart.valueAxis.labels.fontSize = 7
    clean = _clean(values)
    lo = value_min if value_min is not None else min([*clean, 0.0])
    hi = value_max if value_max is not None else max([*clean, 0.0])
    span = max(hi - lo, 0.1)
    chart.valueAxis.valueMin = lo - 0.1 * span
    chart.valueAxis.valueMax = hi + 0.1 * span
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    d.add(chart)
    if reference is not None:
        vmin, vmax = chart.valueAxis.valueMin, chart.valueAxis.valueMax
        x = chart.x + chart.width * (reference - vmin) / (vmax - vmin)
        d.add(
            Line(
                x,
                chart.y,
                x,
                chart.y + chart.height,
                strokeColor=colors.black,
                strokeDashArray=[3, 2],
            )
        )
    return d
