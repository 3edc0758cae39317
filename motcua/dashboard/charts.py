"""Server-side SVG charts: readable without JavaScript and when printed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


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
