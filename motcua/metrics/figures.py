"""Every indicator for a unit (with everything below it) and a period, against its target:
what `motcua metrics show` prints and the dashboard draws. Reads the roll-ups, the stored
design-based index of the period's survey campaign, and the open assignments; never the
raw dossiers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, Q

from motcua.catalogue.publication import publication_problems, published_procedures
from motcua.directives.models import Assignment, AssignmentStatus, DirectiveStatus
from motcua.feedback.models import Category
from motcua.metrics.backend import live
from motcua.metrics.d766 import BAND_LABELS, Index766, index_766
from motcua.metrics.indicators import BY_CODE, INDICATORS, feedback_grouped_expression
from motcua.metrics.models import Target
from motcua.metrics.registry import REGISTRY, Direction, Kind, Spec
from motcua.metrics.rollups import ratios_by_category, ratios_by_unit
from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.selectors import survey_indices_for

SIPAS = "sipas_overall"
PROCEDURES_PUBLISHED = "procedures_published"
TASKS_OVERDUE = "tasks_overdue"
INDEX_766 = "index_766"


@dataclass
class Figure:
    code: str
    value: float | None  # a share 0-1, a count or points; None: no data
    numerator: int | None = None
    denominator: int | None = None
    target: Decimal | None = None  # in the unit people use: per cent, count or points
    # A survey index's 95 % interval, in per cent.
    interval: tuple[float, float] | None = None

    @property
    def spec(self) -> Spec:
        return REGISTRY[self.code]

    @property
    def kind(self) -> str:
        return str(self.spec.kind)

    @property
    def label(self) -> Any:
        return self.spec.name

    @property
    def lower_is_better(self) -> bool:
        return self.spec.direction == Direction.LOWER

    @property
    def percent(self) -> bool:
        """Shown as a percentage: a share, or a survey index."""
        return self.spec.kind in (Kind.SHARE, Kind.INDEX)

    @property
    def shown(self) -> float | None:
        """The value in the target's unit: a share as a percentage."""
        if self.value is None:
            return None
        if self.spec.kind == Kind.COUNT:
            return round(self.value)
        return round(self.value * 100, 1) if self.percent else round(self.value, 1)

    @property
    def gap(self) -> float | None:
        """How far from the target, in its unit: positive when short of it."""
        if self.shown is None or self.target is None:
            return None
        if self.spec.direction == Direction.LOWER:
            return round(self.shown - float(self.target), 1)
        return round(float(self.target) - self.shown, 1)

    @property
    def meets(self) -> bool | None:
        gap = self.gap
        return None if gap is None else gap <= 0


@dataclass
class UnitFigures:
    unit: AdministrativeUnit
    figures: dict[str, Figure] = field(default_factory=dict)
    index: Index766 | None = None

    @property
    def band(self) -> Any:
        band = self.index.band() if self.index else None
        return BAND_LABELS.get(band) if band else None


def _ancestors(unit_id: int, parents: Mapping[int, int | None]) -> list[int]:
    chain: list[int] = []
    current: int | None = unit_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def targets_for(
    units: Iterable[AdministrativeUnit], start: dt.date, end: dt.date
) -> dict[tuple[int, str], Decimal]:
    """The target of each indicator for each unit in the period: the unit's own, else the
    nearest unit above it whose target covers the units below; the latest deadline wins."""
    units = list(units)
    parents = dict(AdministrativeUnit.objects.values_list("pk", "parent_id"))
    chains = {unit.pk: _ancestors(unit.pk, parents) for unit in units}
    wanted = {pk for chain in chains.values() for pk in chain}
    rows = Target.objects.filter(unit_id__in=wanted, starts_on__lte=end, ends_on__gte=start)
    best: dict[tuple[int, str], Target] = {}
    for target in rows.order_by("ends_on"):
        best[(target.unit_id, target.indicator)] = target
    found = {}
    for unit in units:
        for depth, pk in enumerate(chains[unit.pk]):
            for (owner, indicator), target in best.items():
                if owner != pk or (unit.pk, indicator) in found:
                    continue
                if depth == 0 or target.include_descendants:
                    found[(unit.pk, indicator)] = target.value
    return found


def _procedures_complete(on: dt.date) -> Figure:
    """Decision 766 group 1 as far as motcua knows it: published procedures with every
    mandatory component and no expired form or legal basis, on the day (the catalogue is
    the province's, so every unit shares this figure)."""
    procedures = published_procedures()
    total = procedures.count()
    flawed = {problem.procedure_pk for problem in publication_problems(on=on)}
    return Figure(
        PROCEDURES_PUBLISHED,
        (total - len(flawed)) / total if total else None,
        total - len(flawed),
        total,
    )


def _overdue(unit_ids: set[int], today: dt.date) -> dict[int, int]:
    """Overdue tasks and reports per unit, in one query."""
    pending = Q(
        period_start__isnull=True,
        status__in=[AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS],
    )
    pending |= Q(period_start__isnull=False, reported_at__isnull=True)
    rows = (
        Assignment.objects.filter(
            pending,
            unit_id__in=unit_ids,
            due_on__lt=today,
            task__directive__status=DirectiveStatus.ISSUED,
        )
        .values("unit_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["unit_id"]: row["n"] for row in rows}


def _subtrees(units: list[AdministrativeUnit], on: dt.date) -> dict[int, set[int]]:
    """Each unit with every unit below it in force on the day, from one query."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in AdministrativeUnit.objects.valid_on(on).values_list("pk", "parent_id"):
        children.setdefault(parent, []).append(pk)
    found = {}
    for unit in units:
        ids, frontier = {unit.pk}, [unit.pk]
        while frontier:
            frontier = [c for p in frontier for c in children.get(p, []) if c not in ids]
            ids.update(frontier)
        found[unit.pk] = ids
    return found


def unit_figures(
    units: Iterable[AdministrativeUnit], *, start: dt.date, end: dt.date, today: dt.date
) -> list[UnitFigures]:
    """Every indicator for each unit (its whole subtree) in the period, with targets."""
    units = list(units)
    subtrees = _subtrees(units, end)
    all_ids = set().union(*subtrees.values()) if subtrees else set()
    per_indicator = ratios_by_unit(
        indicators=[i.code for i in INDICATORS],
        start=start,
        end=end,
        unit_ids=all_ids,
        today=today,
    )
    targets = targets_for(units, start, end)
    # The stored design-based index of the campaign's results page, unit by unit.
    surveys = survey_indices_for([unit.pk for unit in units], start=start, end=end)
    overdue = _overdue(all_ids, today)
    catalogue = _procedures_complete(min(end, today))
    config = getattr(settings, "MOTCUA_D766", None)
    result = []
    for unit in units:
        ids = subtrees[unit.pk]
        row = UnitFigures(unit)
        for code in per_indicator:
            by_unit = per_indicator[code]
            numerator = sum(by_unit[u].numerator for u in ids if u in by_unit)
            denominator = sum(by_unit[u].denominator for u in ids if u in by_unit)
            counted = REGISTRY[code].kind == Kind.COUNT
            value = numerator if counted else (numerator / denominator if denominator else None)
            row.figures[code] = Figure(
                code,
                float(value) if value is not None and (counted or denominator) else None,
                numerator,
                denominator,
            )
        survey = surveys.get(unit.pk)
        row.figures[SIPAS] = Figure(
            SIPAS,
            survey.index if survey else None,
            denominator=survey.n if survey else None,
            interval=(
                (round(survey.ci_low * 100, 1), round(survey.ci_high * 100, 1))
                if survey and survey.ci_low is not None and survey.ci_high is not None
                else None
            ),
        )
        row.figures[PROCEDURES_PUBLISHED] = Figure(
            PROCEDURES_PUBLISHED, catalogue.value, catalogue.numerator, catalogue.denominator
        )
        row.figures[TASKS_OVERDUE] = Figure(
            TASKS_OVERDUE, float(sum(overdue.get(u, 0) for u in ids))
        )
        row.index = index_766({code: figure.value for code, figure in row.figures.items()}, config)
        row.figures[INDEX_766] = Figure(INDEX_766, row.index.score)
        for code, figure in row.figures.items():
            # A coordinator's target for the unit, or the registry's default.
            figure.target = targets.get((unit.pk, code), figure.spec.default_target)
        result.append(row)
    return result


FEEDBACK_BY_CATEGORY = ("feedback_received", "feedback_on_time", "feedback_satisfaction")


@dataclass
class CategoryFigures:
    category: Category
    figures: dict[str, Figure] = field(default_factory=dict)


def feedback_by_category(
    unit_ids: Iterable[int], *, start: dt.date, end: dt.date
) -> list[CategoryFigures]:
    """The feedback indicators of the units, category by category, from the same roll-ups
    as the board's figures (so the topics add up to them), the most received first."""
    counts: dict[int, dict[str, tuple[int, int]]] = {}
    stored = ratios_by_category(
        indicators=FEEDBACK_BY_CATEGORY, start=start, end=end, unit_ids=unit_ids
    )
    for code, by_category in stored.items():
        for category_id, ratio in by_category.items():
            counts.setdefault(category_id, {})[code] = (ratio.numerator, ratio.denominator)
    categories = Category.objects.in_bulk(list(counts))
    rows = []
    for category_id, by_code in counts.items():
        figures = {}
        for code in FEEDBACK_BY_CATEGORY:
            numerator, denominator = by_code.get(code, (0, 0))
            if REGISTRY[code].kind == Kind.COUNT:
                value: float | None = float(numerator)
            else:
                value = numerator / denominator if denominator else None
            figures[code] = Figure(code, value, numerator, denominator)
        rows.append(CategoryFigures(categories[category_id], figures))
    rows.sort(key=lambda row: (-(row.figures["feedback_received"].value or 0), row.category.name))
    return rows


def _feedback_counts(
    code: str,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    *,
    by: str,
    unit_ids: list[int] | None = None,
) -> dict[int, tuple[int, int]]:
    table = (
        live()
        .to_pyarrow(
            feedback_grouped_expression(BY_CODE[code], start, end, today, by=by, unit_ids=unit_ids)
        )
        .to_pydict()
    )
    return {
        key: (int(numerator), int(denominator))
        for key, numerator, denominator in zip(
            table[by], table["numerator"], table["denominator"], strict=True
        )
    }


def feedback_on_time_by_agency(
    start: dt.date, end: dt.date, today: dt.date
) -> dict[int, tuple[int, int]]:
    """Per agency, its feedback due in the period answered on time and all of it, by the
    indicator's definition: Circular 01 indicator 8."""
    return _feedback_counts("feedback_on_time", start, end, today, by="agency_id")
