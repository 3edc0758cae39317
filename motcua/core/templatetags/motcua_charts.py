from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from motcua.core.charts import bar_svg as build_bar_svg

register = template.Library()


@register.simple_tag
def bar_svg(chart: dict[str, Any], chart_id: str) -> SafeString:
    return build_bar_svg(chart, chart_id)
