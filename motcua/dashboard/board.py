"""The leaders' dashboard as data: every indicator against its target for a unit and a period,
the trend by month or quarter, the units below ranked, the units furthest from target, overdue
tasks and dossiers, and the rows behind one figure.

Figures come from the monthly roll-ups (`metrics.rollups`), never from scanning dossiers per
request; the drill-down pages through the rows of one figure only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.http import QueryDict
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from motcua.core.charts import bar_chart, line_chart
from motcua.core.links import link_path
from motcua.directives.models import Assignment
from motcua.dossiers.models import Dossier
from motcua.feedback.models import Feedback
from motcua.metrics.backend import live
from motcua.metrics.figures import (
    INDEX_766,
    SIPAS,
    TASKS_OVERDUE,
    CategoryFigures,
    Figure,
    UnitFigures,
    feedback_by_category,
    unit_figures,
)
from motcua.metrics.indicators import BY_CODE, Indicator, drill_expression
from motcua.metrics.registry import DEFAULT_TARGET
from motcua.metrics.rollups import ratios
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.orgs.selectors import unit_descendant_ids

DRILL_PAGE = 100
RANKED = (SIPAS, TASKS_OVERDUE)


def board_units(access: Access, day: dt.date) -> Any:
    """The units this user may put on the board, on the day."""
    units = AdministrativeUnit.objects.valid_on(day).order_by("code")
    return units if access.is_superuser else units.filter(pk__in=access.view_unit_ids)


def board_top(units: Any) -> AdministrativeUnit | None:
    """The highest unit the user sees: the province for its coordinator, the commune for
    a commune's head."""
    pks = set(units.values_list("pk", flat=True))
    return next((u for u in units if u.parent_id not in pks), None)


def board_params(query: QueryDict, today: dt.date) -> dict[str, Any]:
    """The board's filters with their defaults: this year to today, the user's own unit,
    the on-time rate by month."""
    return {
        "start": query.get("start") or dt.date(today.year, 1, 1).isoformat(),
        "end": query.get("end") or today.isoformat(),
        "unit": query.get("unit") or "",
        "indicator": query.get("indicator") or "on_time",
        "by": query.get("by") or "month",
    }


def board_figures(
    *,
    access: Access,
    units: Any,
    unit: AdministrativeUnit,
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> list[UnitFigures]:
    """The figures of the unit, then of each unit directly below it that the user sees."""
    children = [u for u in units.filter(parent=unit) if access.can_view(u)]
    return unit_figures([unit, *children], start=start, end=end, today=today)


@dataclass(frozen=True)
class Gap:
    """A unit below and its figure furthest from target."""

    unit: AdministrativeUnit
    figure: Figure


@dataclass(frozen=True)
class AgencyRate:
    agency: Agency
    value: float | None  # per cent
    counted: int


@dataclass(frozen=True)
class Board:
    unit: AdministrativeUnit
    start: dt.date
    end: dt.date
    code: str
    query: str
    main: UnitFigures
    figures: list[BoardRow]
    index_figure: Figure
    ranked: list[UnitFigures]
    ranked_codes: list[Figure]
    ranked_body: SafeString
    furthest: list[Gap]
    agencies: list[AgencyRate]
    agency_body: SafeString
    agency_chart: dict[str, Any]
    overdue_tasks: int
    overdue_dossiers: int
    trend_chart: dict[str, Any]
    rank_chart: dict[str, Any]
    topics: list[CategoryFigures]
    topic_chart: dict[str, Any]

    @property
    def index(self) -> Any:
        return self.main.index


def board_build(
    *,
    rows: list[UnitFigures],
    code: str,
    by: str,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    query: str,
) -> Board:
    """The board of `rows[0]` with the units below it (`board_figures`), ranked by `code`."""
    main, below = rows[0], rows[1:]
    subtree = unit_descendant_ids([main.unit.pk], on=end)
    target = main.figures[code].target
    reference = float(target if target is not None else DEFAULT_TARGET)
    title = str(BY_CODE[code].label)
    agencies = _agencies(code, subtree, start, end, today)
    ranked = sorted(
        below, key=lambda r: (r.figures[code].value is None, -(r.figures[code].value or 0))
    )
    ranked_codes = [c for c in (code, *RANKED) if c in main.figures]
    topics = feedback_by_category(subtree, start=start, end=end)
    return Board(
        unit=main.unit,
        start=start,
        end=end,
        code=code,
        query=query,
        main=main,
        figures=[_board_row(f, query) for c, f in main.figures.items() if c != INDEX_766],
        index_figure=main.figures[INDEX_766],
        ranked=ranked,
        ranked_codes=[main.figures[c] for c in ranked_codes],
        ranked_body=_ranked_body(
            ranked,
            ranked_codes,
            urlencode({"start": start.isoformat(), "end": end.isoformat(), "indicator": code}),
        ),
        furthest=_furthest(below),
        agencies=agencies,
        agency_body=_agency_body(agencies),
        agency_chart=bar_chart(
            ((f"{a.agency.name} ({a.agency.unit.name})", a.value) for a in agencies),
            target=reference,
            title=title,
        ),
        overdue_tasks=int(main.figures[TASKS_OVERDUE].value or 0),
        overdue_dossiers=Dossier.objects.overdue(today).filter(unit_id__in=subtree).count(),
        trend_chart=line_chart(
            _trend(code, subtree, start, end, by, today), target=reference, title=title
        ),
        rank_chart=bar_chart(
            ((r.unit.name, r.figures[code].shown) for r in below), target=reference, title=title
        ),
        topics=topics,
        topic_chart=bar_chart(
            ((row.category.name, row.figures["feedback_on_time"].shown) for row in topics),
            target=float(main.figures["feedback_on_time"].target or DEFAULT_TARGET),
            title=str(BY_CODE["feedback_on_time"].label),
        ),
    )


def board_table(rows: list[UnitFigures]) -> tuple[list[str], list[list[Any]]]:
    """The board's figures as a table to download: a row per unit, a column per figure."""
    codes = list(rows[0].figures)
    headers = [str(_("Unit")), *[str(rows[0].figures[c].label) for c in codes]]
    return headers, [[row.unit.name, *[row.figures[c].shown for c in codes]] for row in rows]


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


def _furthest(rows: list[UnitFigures], limit: int = 8) -> list[Gap]:
    gaps = [
        Gap(row.unit, figure)
        for row in rows
        for figure in row.figures.values()
        if figure.gap is not None and figure.gap > 0
    ]
    return sorted(gaps, key=lambda gap: -(gap.figure.gap or 0))[:limit]


def _agencies(
    code: str, unit_ids: set[int], start: dt.date, end: dt.date, today: dt.date
) -> list[AgencyRate]:
    """The agencies of these units for one indicator, best first: the receiving agencies
    of dossiers, the agencies tasks went to."""
    by_agency = ratios(
        indicator=code, start=start, end=end, unit_ids=unit_ids, by="agency", today=today
    )
    names = Agency.objects.select_related("unit").in_bulk([k for k in by_agency if k])
    rows = [
        AgencyRate(
            names[key], round(100 * r.value, 1) if r.value is not None else None, r.denominator
        )
        for key, r in by_agency.items()
        if key in names
    ]
    return sorted(rows, key=lambda a: (a.value is None, -(a.value or 0), a.agency.name))


def _shown(figure: Figure) -> str:
    if figure.shown is None:
        return str(_("no data"))
    value = number_format(figure.shown)
    return f"{value} %" if figure.percent else value


def _ranked_body(rows: list[UnitFigures], codes: list[str], query: str) -> SafeString:
    """The ranking table's rows, built here: a hundred communes in template tags cost
    more than the rest of the page."""
    no_data = str(_("no data"))
    return format_html_join(
        "",
        '<tr><th scope="row"><a href="?{}&amp;unit={}">{}</a></th>{}<td>{}</td></tr>',
        (
            (
                query,
                row.unit.pk,
                row.unit.name,
                format_html_join(
                    "",
                    "<td>{}</td>",
                    ((_shown(row.figures[c]),) for c in codes if c in row.figures),
                ),
                no_data
                if row.index is None or row.index.score is None
                else number_format(round(row.index.score, 1)),
            )
            for row in rows
        ),
    )


def _agency_body(rows: list[AgencyRate]) -> SafeString:
    no_data = str(_("no data"))
    return format_html_join(
        "",
        '<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>',
        (
            (
                a.agency.name,
                a.agency.unit.name,
                no_data if a.value is None else f"{number_format(a.value)} %",
                a.counted,
            )
            for a in rows
        ),
    )


@dataclass(frozen=True)
class DrillRow:
    """One dossier, feedback item or assignment behind a figure, and whether it counts."""

    item: Any
    hit: bool


@dataclass(frozen=True)
class DrillPage:
    indicator: Indicator
    start: dt.date
    end: dt.date
    rows: list[DrillRow]
    page: int
    more: bool


_DRILL_MODELS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "assignment": (Assignment, ("task__directive", "unit", "agency")),
    "feedback": (Feedback, ("category", "unit", "agency")),
    "dossier": (Dossier, ("procedure", "unit")),
}


def drill_page(
    *,
    indicator: Indicator,
    access: Access,
    unit: AdministrativeUnit,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    only: bool | None,
    page: int,
) -> DrillPage:
    """The rows behind one figure of `unit` and every unit below it that the user sees: those
    that count and those that do not (`only`), a page at a time, newest first."""
    subtree = unit_descendant_ids([unit.pk], on=end)
    ids = sorted(subtree if access.is_superuser else subtree & access.view_unit_ids)
    expression = drill_expression(
        indicator,
        start,
        end,
        today,
        ids,
        only=only,
        limit=DRILL_PAGE + 1,
        offset=(page - 1) * DRILL_PAGE,
    )
    result = live().to_pyarrow(expression).to_pydict()
    hits = dict(zip(result["id"], result["hit"], strict=True))
    wanted = list(hits)[:DRILL_PAGE]
    model, related = _DRILL_MODELS[indicator.subject]
    objects = model.objects.select_related(*related).in_bulk(wanted)
    rows = [DrillRow(objects[pk], bool(hits[pk])) for pk in wanted if pk in objects]
    return DrillPage(indicator, start, end, rows, page, more=len(hits) > DRILL_PAGE)
