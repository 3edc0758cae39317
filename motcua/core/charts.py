"""Server-side SVG charts: readable without JavaScript and when printed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Bar:
    label: str
    value: Any
    y: int
    # SVG coordinates as text: the page's locale would write a decimal comma.
    width: str
    value_x: str


def bar_chart(
    rows: Iterable[tuple[str, Decimal | float | None]], *, target: float, title: str
) -> dict[str, Any]:
    """Horizontal bars of percentages (0-100), lowest first, with a dashed target line; rows
    without a value are left out. Rendered by `dashboard/_bar_chart.html`."""
    left, span, step = 230, 360, 26
    ranked = sorted(((label, v) for label, v in rows if v is not None), key=lambda r: (r[1], r[0]))
    bars = []
    for n, (label, value) in enumerate(ranked):
        width = float(value) * span / 100
        bars.append(Bar(label, value, 24 + n * step, f"{width:.1f}", f"{left + width + 4:.1f}"))
    return {
        "title": title,
        "bars": bars,
        "left": left,
        "label_x": left - 6,
        "target_x": f"{left + span * target / 100:.1f}",
        "target": target,
        "height": 34 + len(bars) * step,
        "width": left + span + 70,
    }


@dataclass(frozen=True)
class Point:
    label: str
    value: Any
    x: str
    y: str
    label_y: str
    # Names under the axis alternate between two rows so that neighbours do not overlap.
    caption_y: str


def line_chart(
    points: Iterable[tuple[str, Decimal | float | None]], *, target: float, title: str
) -> dict[str, Any]:
    """Percentages (0-100) over time, oldest first, as a line with its values and a dashed
    target line. A point without a value ("not enough answers") is a gap, never a zero.
    The vertical axis starts below the lowest value so that changes of a few points show.
    Rendered by `dashboard/_line_chart.html`."""
    left, top, plot_width, plot_height, bottom = 46, 22, 520, 180, 64
    rows = list(points)
    known = [float(v) for _label, v in rows if v is not None]
    floor = max(0, min([*known, target]) - 10) // 10 * 10
    step = plot_width / max(len(rows) - 1, 1)

    def y_of(value: float) -> float:
        return top + plot_height * (100 - value) / (100 - floor)

    placed = []
    for n, (label, value) in enumerate(rows):
        x = left + (n * step if len(rows) > 1 else plot_width / 2)
        y = y_of(float(value)) if value is not None else None
        placed.append(
            Point(
                label,
                value,
                f"{x:.1f}",
                "" if y is None else f"{y:.1f}",
                "" if y is None else f"{y - 8:.1f}",
                f"{top + plot_height + (18 if n % 2 == 0 else 34):.1f}",
            )
        )
    segments, current = [], []
    for point in placed:
        if point.y:
            current.append(f"{point.x},{point.y}")
        elif current:
            segments.append(" ".join(current))
            current = []
    if current:
        segments.append(" ".join(current))
    ticks = [
        (int(value), f"{y_of(value):.1f}")
        for value in range(int(floor), 101, 10 if floor < 60 else 5)
    ]
    return {
        "title": title,
        "points": placed,
        "segments": segments,
        "ticks": ticks,
        "left": left,
        "right": left + plot_width,
        "axis_y": f"{top + plot_height:.1f}",
        "target": target,
        "target_y": f"{y_of(target):.1f}",
        "height": top + plot_height + bottom,
        "width": left + plot_width + 60,
    }


def bar_svg(chart: dict[str, Any], chart_id: str) -> SafeString:
    """The SVG of a `bar_chart`, built here rather than in a template: a ranking of a
    hundred communes is thousands of template nodes, and the dashboard must stay fast."""
    title_id = f"{chart_id}-title"
    parts = [
        format_html(
            # Sized by its width and svg.chart in site.css: no style attribute, which the
            # Content-Security-Policy would block.
            '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{}" '
            'class="chart" viewBox="0 0 {} {}" width="{}" font-family="sans-serif" '
            'font-size="12"><title id="{}">{}</title>',
            title_id,
            chart["width"],
            chart["height"],
            chart["width"],
            title_id,
            chart["title"],
        )
    ]
    for bar in chart["bars"]:
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="18" fill="#4a6f96"></rect>'
                '<text x="{}" y="{}">{}</text>',
                chart["label_x"],
                bar.y + 13,
                Truncator(bar.label).chars(34),
                chart["left"],
                bar.y,
                bar.width,
                bar.value_x,
                bar.y + 13,
                number_format(bar.value),
            )
        )
    parts.append(
        format_html(
            '<line x1="{x}" x2="{x}" y1="16" y2="{h}" stroke="#000" stroke-width="1.5" '
            'stroke-dasharray="5 3"></line><text x="{x}" y="12" text-anchor="middle">{t}</text>'
            "</svg>",
            x=chart["target_x"],
            h=chart["height"],
            t=_("target %(target)s") % {"target": number_format(chart["target"])},
        )
    )
    return mark_safe("".join(parts))
