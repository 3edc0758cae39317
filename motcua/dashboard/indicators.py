"""The leaders' dashboard: every indicator against its target for a unit and a period, the
trend by month or quarter, the units below ranked, the units furthest from target,
overdue tasks and dossiers, and a drill-down from each figure to the rows behind it.

Figures come from the monthly roll-ups (`metrics.rollups`), never from scanning dossiers
per request; the drill-down pages through the rows of one figure only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from motcua.core.charts import bar_chart, line_chart
from motcua.core.exports import table_response
from motcua.core.links import link_path
from motcua.directives.models import Assignment
from motcua.dossiers.models import Dossier
from motcua.feedback.models import Feedback
from motcua.metrics.backend import live
from motcua.metrics.figures import (
    INDEX_766,
    SIPAS,
    TASKS_OVERDUE,
    Figure,
    UnitFigures,
    feedback_by_category,
    unit_figures,
)
from motcua.metrics.indicators import BY_CODE, INDICATORS, drill_expression
from motcua.metrics.registry import DEFAULT_TARGET
from motcua.metrics.rollups import ratios
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.orgs.selectors import unit_descendant_ids

DRILL_PAGE = 100


class BoardForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit"), queryset=AdministrativeUnit.objects.none(), required=False
    )
    indicator = forms.ChoiceField(label=gettext_lazy("Trend and ranking of"), required=False)
    by = forms.ChoiceField(
        label=gettext_lazy("Trend by"),
        choices=[("month", gettext_lazy("month")), ("quarter", gettext_lazy("quarter"))],
        required=False,
    )

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["indicator"].choices = [(i.code, i.label) for i in INDICATORS]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The end of the period is before its start."))
        return data


def _visible_units(access: Access, day: dt.date) -> Any:
    units = AdministrativeUnit.objects.valid_on(day).order_by("code")
    return units if access.is_superuser else units.filter(pk__in=access.view_unit_ids)


def _top(units: Any) -> AdministrativeUnit | None:
    """The highest unit the user sees: the province for its coordinator, the commune for
    a commune's head."""
    pks = set(units.values_list("pk", flat=True))
    return next((u for u in units if u.parent_id not in pks), None)


def _period(request: HttpRequest, today: dt.date) -> dict[str, Any]:
    return {
        "start": request.GET.get("start") or dt.date(today.year, 1, 1).isoformat(),
        "end": request.GET.get("end") or today.isoformat(),
        "unit": request.GET.get("unit") or "",
        "indicator": request.GET.get("indicator") or "on_time",
        "by": request.GET.get("by") or "month",
    }


def _trend(
    code: str, unit_ids: set[int], start: dt.date, end: dt.date, by: str, today: dt.date
) -> list[Any]:
    """The indicator's value for each month or quarter, oldest first (a quarter is not the
    mean of its months where open dossiers count: the roll-ups' `ratios` knows)."""
    buckets = ratios(indicator=code, start=start, end=end, unit_ids=unit_ids, by=by, today=today)
    points = []
    for first, ratio in sorted(buckets.items(), key=lambda pair: str(pair[0])):
        month = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first))
        key = f"Q{(month.month - 1) // 3 + 1}/{month.year}" if by == "quarter" else f"{month:%m/%Y}"
        value = ratio.value
        points.append((key, round(100 * value, 1) if value is not None else None))
    return points


@dataclass(frozen=True)
class BoardRow:
    """A figure on the board with the page behind it: the rows of a roll-up figure, or the
    page the registry names for one computed otherwise."""

    figure: Figure
    link: str


def _board_row(figure: Figure, query: str) -> BoardRow:
    link = ""
    if figure.code in BY_CODE and figure.denominator:
        link = f"{reverse('dashboard:indicator_rows', args=[figure.code])}?{query}"
    elif figure.spec.page and (figure.denominator or figure.value):
        link = link_path(figure.spec.page)
    return BoardRow(figure, link)


def _furthest(rows: list[UnitFigures], limit: int = 8) -> list[tuple[UnitFigures, Figure]]:
    gaps = [
        (row, figure)
        for row in rows
        for figure in row.figures.values()
        if figure.gap is not None and figure.gap > 0
    ]
    return sorted(gaps, key=lambda pair: -(pair[1].gap or 0))[:limit]


def _agencies(
    code: str, unit_ids: set[int], start: dt.date, end: dt.date, today: dt.date
) -> list[tuple[Agency, float | None, int]]:
    """The agencies of these units for one indicator, best first: the receiving agencies
    of dossiers, the agencies tasks went to."""
    by_agency = ratios(
        indicator=code, start=start, end=end, unit_ids=unit_ids, by="agency", today=today
    )
    names = Agency.objects.select_related("unit").in_bulk([k for k in by_agency if k])
    rows = [
        (names[key], round(100 * r.value, 1) if r.value is not None else None, r.denominator)
        for key, r in by_agency.items()
        if key in names
    ]
    return sorted(rows, key=lambda row: (row[1] is None, -(row[1] or 0), row[0].name))


def _shown(figure: Figure) -> str:
    if figure.shown is None:
        return str(_("no data"))
    value = number_format(figure.shown)
    return f"{value} %" if figure.percent else value


def _ranked_body(rows: list[Any], query: str) -> SafeString:
    """The ranking table's rows, built here: a hundred communes in template tags cost
    more than the rest of the page."""
    no_data = str(_("no data"))
    return format_html_join(
        "",
        '<tr><th scope="row"><a href="?{}&amp;unit={}">{}</a></th>{}<td>{}</td></tr>',
        (
            (
                query,
                unit.pk,
                unit.name,
                format_html_join("", "<td>{}</td>", ((_shown(f),) for f in cells)),
                no_data if score is None else number_format(round(score, 1)),
            )
            for unit, cells, score in rows
        ),
    )


def _agency_body(rows: list[tuple[Agency, float | None, int]]) -> SafeString:
    no_data = str(_("no data"))
    return format_html_join(
        "",
        '<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>',
        (
            (
                agency.name,
                agency.unit.name,
                no_data if value is None else f"{number_format(value)} %",
                n,
            )
            for agency, value, n in rows
        ),
    )


def _overdue_dossiers(unit_ids: set[int], today: dt.date) -> int:
    return Dossier.objects.overdue(today).filter(unit_id__in=unit_ids).count()


@require_GET
@staff_required
def indicator_board(request: HttpRequest) -> HttpResponse:
    access = request_access(request)
    today = timezone.localdate()
    units = _visible_units(access, today)
    form = BoardForm(_period(request, today), units=units)
    if not form.is_valid():
        return render(request, "dashboard/indicators.html", {"form": form}, status=400)
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    unit = form.cleaned_data["unit"] or _top(units)
    if unit is None:
        raise PermissionDenied(_("You see no unit."))
    code = form.cleaned_data["indicator"] or "on_time"
    children = [u for u in units.filter(parent=unit) if access.can_view(u)]
    rows = unit_figures([unit, *children], start=start, end=end, today=today)
    main, below = rows[0], rows[1:]
    if request.GET.get("format") in ("xlsx", "csv"):
        codes = list(main.figures)
        return table_response(
            name=f"indicators-{unit.code}-{start}-{end}",
            fmt=request.GET["format"],
            headers=[_("Unit"), *[str(main.figures[c].label) for c in codes]],
            rows=[[row.unit.name, *[row.figures[c].shown for c in codes]] for row in rows],
        )
    subtree = unit_descendant_ids([unit.pk], on=end)
    target = main.figures[code].target
    reference = float(target if target is not None else DEFAULT_TARGET)
    agencies = _agencies(code, subtree, start, end, today)
    ranked = sorted(
        below,
        key=lambda r: (r.figures[code].value is None, -(r.figures[code].value or 0)),
    )
    context = {
        "form": form,
        "unit": unit,
        "start": start,
        "end": end,
        "code": code,
        "main": main,
        "figures": [
            _board_row(f, request.GET.urlencode())
            for c, f in main.figures.items()
            if c != INDEX_766
        ],
        "index": main.index,
        "index_figure": main.figures[INDEX_766],
        "ranked": ranked,
        "ranked_codes": [
            main.figures[c] for c in (code, SIPAS, TASKS_OVERDUE) if c in main.figures
        ],
        "ranked_body": _ranked_body(
            [
                (
                    r.unit,
                    [r.figures[c] for c in (code, SIPAS, TASKS_OVERDUE) if c in r.figures],
                    r.index.score if r.index else None,
                )
                for r in ranked
            ],
            urlencode({"start": start.isoformat(), "end": end.isoformat(), "indicator": code}),
        ),
        "furthest": _furthest(below),
        "agencies": agencies,
        "agency_body": _agency_body(agencies),
        "agency_chart": bar_chart(
            ((f"{agency.name} ({agency.unit.name})", value) for agency, value, _n in agencies),
            target=reference,
            title=str(BY_CODE[code].label),
        ),
        "overdue_tasks": int(main.figures[TASKS_OVERDUE].value or 0),
        "overdue_dossiers": _overdue_dossiers(subtree, today),
        "trend_chart": line_chart(
            _trend(code, subtree, start, end, form.cleaned_data["by"] or "month", today),
            target=reference,
            title=str(BY_CODE[code].label),
        ),
        "rank_chart": bar_chart(
            ((r.unit.name, r.figures[code].shown) for r in below),
            target=reference,
            title=str(BY_CODE[code].label),
        ),
        "query": request.GET.urlencode(),
    }
    topics = feedback_by_category(subtree, start=start, end=end)
    context["topics"] = topics
    context["topic_chart"] = bar_chart(
        ((row.category.name, row.figures["feedback_on_time"].shown) for row in topics),
        target=float(main.figures["feedback_on_time"].target or DEFAULT_TARGET),
        title=str(BY_CODE["feedback_on_time"].label),
    )
    return render(request, "dashboard/indicators.html", context)


@require_GET
@staff_required
def indicator_rows(request: HttpRequest, code: str) -> HttpResponse:
    """The dossiers (or assignments) behind one figure: those that count and those that do
    not, a page at a time, newest first."""
    indicator = BY_CODE.get(code)
    if indicator is None:
        raise Http404
    access = request_access(request)
    today = timezone.localdate()
    units = _visible_units(access, today)
    form = BoardForm(_period(request, today), units=units)
    if not form.is_valid():
        raise Http404
    unit = form.cleaned_data["unit"] or _top(units)
    if unit is None or not access.can_view(unit):
        raise PermissionDenied(_("You see no unit."))
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    only = {"yes": True, "no": False}.get(request.GET.get("only", ""))
    try:
        page = max(1, int(request.GET.get("page") or 1))
    except ValueError:
        page = 1
    subtree = unit_descendant_ids([unit.pk], on=end)
    ids = sorted(subtree if access.is_superuser else subtree & access.view_unit_ids)
    result = (
        live()
        .to_pyarrow(
            drill_expression(
                indicator,
                start,
                end,
                today,
                ids,
                only=only,
                limit=DRILL_PAGE + 1,
                offset=(page - 1) * DRILL_PAGE,
            )
        )
        .to_pydict()
    )
    hits = dict(zip(result["id"], result["hit"], strict=True))
    more = len(hits) > DRILL_PAGE
    wanted = list(hits)[:DRILL_PAGE]
    models: dict[str, tuple[Any, tuple[str, ...]]] = {
        "assignment": (Assignment, ("task__directive", "unit", "agency")),
        "feedback": (Feedback, ("category", "unit", "agency")),
        "dossier": (Dossier, ("procedure", "unit")),
    }
    model, related = models[indicator.subject]
    objects = model.objects.select_related(*related).in_bulk(wanted)
    listing = [(objects[pk], hits[pk]) for pk in wanted if pk in objects]
    return render(
        request,
        "dashboard/indicator_rows.html",
        {
            "indicator": indicator,
            "unit": unit,
            "start": start,
            "end": end,
            "rows": listing,
            "only": request.GET.get("only", ""),
            "page": page,
            "more": more,
            "subject": indicator.subject,
            "query": request.GET.copy(),
        },
    )
