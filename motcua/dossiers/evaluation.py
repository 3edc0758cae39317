"""Circular 01/2018 evaluation over stored dossiers: on-time rates and the officials' and
agencies' scores for a quarter or a year (Art. 12-15, DOMAIN.md §2-§3).

Everything is computed by the database (one GROUP BY per table), so a year of 60,000
dossiers costs a handful of queries. The points themselves come from `scoring.py`: each SQL
`CASE` is built by asking the scoring functions what every stored answer is worth, so the
rules live in one place.

Who is judged in a period: dossiers finished in it with a time limit (early, on time, late),
plus dossiers still unfinished when it ended (or today, while it runs) whose due date had
passed, which count as late. Withdrawn dossiers, dossiers without a time limit and dossiers
waiting for the citizen's supplement are not judged. The same nine indicators are applied to
dossiers received under Circular 03/2025; whether it keeps them unchanged is not yet
confirmed (DOMAIN.md §0).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure, Status
from motcua.catalogue.publication import publication_problems, published_procedures
from motcua.dossiers.models import (
    AgenciesContacted,
    Attitude,
    Contacts,
    Dossier,
    ProcessingStep,
    TimelinessChoice,
)
from motcua.dossiers.scoring import (
    DOSSIER_INDICATORS,
    OFFICIAL_INDICATORS,
    UNIT_INDICATORS,
    AgencyClass,
    OfficialClass,
    agency_points,
    agency_result,
    attitude_points,
    contact_points,
    official_result,
    publicity_points,
    time_points,
)
from motcua.dossiers.states import State
from motcua.dossiers.timeliness import Timeliness

RateBy = Literal["agency", "procedure", "field", "official", "unit"]

JUDGED = (TimelinessChoice.EARLY, TimelinessChoice.ON_TIME, TimelinessChoice.LATE)

OFFICIAL_CLASS_LABELS = {
    OfficialClass.FULL: _("Completed all duties (5 points or more)"),
    OfficialClass.PARTIAL: _("Completed 70 to under 100 per cent of duties (3.5 to under 5)"),
    OfficialClass.LOW: _("Completed under 70 per cent of duties (under 3.5)"),
}
AGENCY_CLASS_LABELS = {
    AgencyClass.EXCELLENT: _("Excellent"),
    AgencyClass.GOOD: _("Good"),
    AgencyClass.FAIR: _("Fair"),
    AgencyClass.AVERAGE: _("Average"),
    AgencyClass.WEAK: _("Weak"),
}
INDICATOR_LABELS = {
    1: _("1. Total handling time"),
    2: _("2. Each unit's time"),
    3: _("3. Contacts needed"),
    4: _("4. Agencies contacted"),
    6: _("6. Publicity of the procedure"),
    7: _("7. Officials' attitude"),
}


def evaluation_period(year: int, quarter: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (both included) of a year, or of one of its quarters."""
    if quarter is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1 to 4, not {quarter}")
    first = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + quarter // 4, 3 * quarter % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


@dataclass(frozen=True)
class _Period:
    begin: dt.datetime  # first instant, local midnight
    stop: dt.datetime  # the instant after the last day
    finished: Q  # finished in the period and judged
    overdue: Q  # unfinished when the period ended (or now) and past its due date


def _period(start: dt.date, end: dt.date) -> _Period:
    zone = timezone.get_default_timezone()
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=zone)
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    # The period ends at the end of its last day, so a dossier due that day and still open is
    # late; while the period runs, only what is already past due today is.
    judged_before = min(end + dt.timedelta(days=1), timezone.localdate())
    finished = Q(finished_at__gte=begin, finished_at__lt=stop, timeliness__in=JUDGED)
    overdue = (
        Q(received_at__lt=stop, due_date__lt=judged_before)
        & (Q(finished_at__isnull=True) | Q(finished_at__gte=stop))
        & ~Q(state__in=[State.WITHDRAWN, State.SUPPLEMENT_REQUESTED])
    )
    return _Period(begin, stop, finished, overdue)


def _judged(queryset: QuerySet[Dossier] | None, period: _Period) -> QuerySet[Dossier]:
    base = queryset if queryset is not None else Dossier.objects.all()
    # No default ordering: it would join the GROUP BY and split the groups.
    return base.filter(period.finished | period.overdue).order_by()


# On-time rates -------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    key: Any
    label: str
    finished: int  # finished in the period with a time limit
    early: int
    on_time: int
    late: int  # finished late, plus `unfinished_late`
    unfinished_late: int  # still open at the end of the period, past the due date

    @property
    def judged(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def rate(self) -> Decimal | None:
        """Early or on time among those judged, as a percentage to one decimal."""
        if not self.judged:
            return None
        share = Decimal(100 * (self.early + self.on_time)) / self.judged
        return share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


_RATE_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "agency": ("agency", ("agency__name",)),
    "procedure": ("procedure", ("procedure__code", "procedure__name")),
    "field": ("procedure__field", ("procedure__field__name",)),
    "official": (
        "received_by",
        ("received_by__username", "received_by__first_name", "received_by__last_name"),
    ),
    "unit": ("unit", ("unit__name",)),
}


def _label(by: str, row: Mapping[str, Any]) -> str:
    if by == "procedure":
        return f"{row['procedure__code']} · {row['procedure__name']}"
    if by == "official":
        return _person(
            row["received_by__username"],
            row["received_by__first_name"],
            row["received_by__last_name"],
        )
    return str(row[_RATE_GROUPS[by][1][0]])


def _person(username: str | None, first: str | None, last: str | None) -> str:
    if username is None:
        return str(_("Not recorded"))
    full = f"{last or ''} {first or ''}".strip()  # Vietnamese order: family name first
    return f"{full} ({username})" if full else username


def on_time_rates(
    *,
    start: dt.date,
    end: dt.date,
    by: RateBy,
    queryset: QuerySet[Dossier] | None = None,
) -> list[RateRow]:
    """Early, on time and late per agency, procedure, field, official or unit, for the
    period from `start` to `end` (both included), ordered by label.

    "official" is the one-stop officer who received the dossier (`received_by`), not the
    specialists who processed it; dossiers with no recorded officer form one row. Pass the
    dossiers the user may see as `queryset`."""
    key, label_fields = _RATE_GROUPS[by]
    period = _period(start, end)
    finished = period.finished
    rows = (
        _judged(queryset, period)
        .values(key, *label_fields)
        .annotate(
            n_finished=Count("pk", filter=finished),
            n_early=Count("pk", filter=finished & Q(timeliness=TimelinessChoice.EARLY)),
            n_on_time=Count("pk", filter=finished & Q(timeliness=TimelinessChoice.ON_TIME)),
            n_late_finished=Count("pk", filter=finished & Q(timeliness=TimelinessChoice.LATE)),
            n_unfinished_late=Count("pk", filter=period.overdue),
        )
        .order_by(*label_fields)
    )
    return [
        RateRow(
            key=row[key],
            label=_label(by, row),
            finished=row["n_finished"],
            early=row["n_early"],
            on_time=row["n_on_time"],
            late=row["n_late_finished"] + row["n_unfinished_late"],
            unfinished_late=row["n_unfinished_late"],
        )
        for row in rows
    ]


def rates_total(rows: Iterable[RateRow]) -> RateRow:
    """All rows together (each dossier is in exactly one row)."""
    rows = list(rows)
    return RateRow(
        key=None,
        label=str(_("Total")),
        finished=sum(r.finished for r in rows),
        early=sum(r.early for r in rows),
        on_time=sum(r.on_time for r in rows),
        late=sum(r.late for r in rows),
        unfinished_late=sum(r.unfinished_late for r in rows),
    )


# Per-dossier points, as SQL -----------------------------------------------------------


def _int(value: int | None) -> Value | Cast:
    if value is None:
        # A typed NULL: PostgreSQL cannot choose a SUM() for an untyped one.
        return Cast(Value(None), output_field=IntegerField())
    return Value(value, output_field=IntegerField())


def _points(field: str, points: Mapping[str, int | None]) -> Case:
    """Each stored answer mapped to its points; anything else (no answer) is NULL."""
    return Case(
        *[When(**{field: answer}, then=_int(p)) for answer, p in points.items() if p is not None],
        default=_int(None),
        output_field=IntegerField(),
    )


def _time_whens() -> list[When]:
    return [When(timeliness=t, then=_int(time_points(Timeliness(t)))) for t in JUDGED]


def _time_case() -> Case:
    return Case(*_time_whens(), default=_int(None), output_field=IntegerField())


def _steps() -> QuerySet[ProcessingStep]:
    return ProcessingStep.objects.filter(dossier=OuterRef("pk")).order_by()


def _indicator_expressions(
    period: _Period, publicity: Mapping[int, int], complained: Iterable[str] = ()
) -> dict[int, Case]:
    """Per dossier, indicator -> points (NULL when there is nothing to judge it by).
    `complained`: codes of dossiers with a substantiated complaint about the officials'
    conduct (from feedback), which take 0 points for indicator 7."""
    late = _int(time_points(Timeliness.LATE))
    # Indicator 1: the dossier's time; one still open at the end of the period is late.
    total_time = Case(
        When(period.overdue, then=late),
        *_time_whens(),
        default=_int(None),
        output_field=IntegerField(),
    )
    # Indicator 2: every participating agency's own time. A dossier passed between agencies
    # takes its worst judged step; one handled by a single agency takes its total time.
    worst_step = Subquery(
        _steps()
        .filter(timeliness__in=JUDGED)
        .annotate(points=_time_case())
        .order_by("points")
        .values("points")[:1],
        output_field=IntegerField(),
    )
    unit_time = Case(
        When(Exists(_steps()), then=worst_step), default=total_time, output_field=IntegerField()
    )
    # Indicators 3, 4 and 7 come from the citizen's rating; the rating does not say whether
    # extra contacts were the citizen's own fault, so none are counted as such.
    contacts = _points("rating__contacts", {c: contact_points(c) for c in Contacts.values})
    agencies = _points("rating__agencies", {a: agency_points(a) for a in AgenciesContacted.values})
    # Indicator 7: a rating saying the officials harassed the applicant is taken as the
    # complaint; otherwise the points follow the dossier's timeliness.
    attitude = Case(
        When(
            code__in=list(complained),
            then=_int(attitude_points(timeliness=Timeliness.LATE, substantiated_complaint=True)),
        ),
        When(
            rating__attitude=Attitude.HARASSING,
            then=_int(attitude_points(timeliness=Timeliness.LATE, substantiated_complaint=True)),
        ),
        *[
            When(
                Q(rating__isnull=False, timeliness=t),
                then=_int(attitude_points(timeliness=Timeliness(t), substantiated_complaint=False)),
            )
            for t in JUDGED
        ],
        default=_int(None),
        output_field=IntegerField(),
    )
    by_points: dict[int, list[int]] = {}
    for procedure_id, points in publicity.items():
        by_points.setdefault(points, []).append(procedure_id)
    published = Case(
        *[When(procedure_id__in=ids, then=_int(p)) for p, ids in sorted(by_points.items())],
        default=_int(None),
        output_field=IntegerField(),
    )
    return {1: total_time, 2: unit_time, 3: contacts, 4: agencies, 6: published, 7: attitude}


def procedure_publicity(*, procedure_ids: Iterable[int], on: dt.date) -> dict[int, int]:
    """Indicator 6 for each procedure, as it stands in the catalogue on the day: posted means
    published in the catalogue (shown at the counter and on the portal) and in force;
    online means published on the national database; accurate and complete means the
    publication check finds nothing wrong. A procedure not published scores 0."""
    ids = set(procedure_ids)
    if not ids:
        return {}
    faulty = {
        p.procedure_pk
        for p in publication_problems(on=on, procedures=published_procedures().filter(pk__in=ids))
    }
    points: dict[int, int] = {}
    for pk, status, published_on, valid_from, valid_to in Procedure.objects.filter(
        pk__in=ids
    ).values_list("pk", "status", "published_on", "valid_from", "valid_to"):
        posted = (
            status == Status.PUBLISHED
            and (valid_from is None or valid_from <= on)
            and (valid_to is None or valid_to >= on)
        )
        points[pk] = publicity_points(
            posted=posted,
            online=published_on is not None and published_on <= on,
            accurate_and_complete=posted and pk not in faulty,
        )
    return points


def _mean(total: int | None, count: int) -> Decimal | None:
    """The mean rounded half up to one decimal, exactly as `scoring.mean_scores`; None when
    no dossier had anything to judge the indicator by."""
    if not count:
        return None
    return (Decimal(total or 0) / count).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _sums(expressions: Mapping[int, Combinable], indicators: Iterable[int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i in indicators:
        out[f"s{i}"] = Sum(expressions[i])
        out[f"n{i}"] = Count(expressions[i])
    return out


# Officials -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialScore:
    """A one-stop officer's score on indicators 1, 2, 3, 4 and 7 (out of 10)."""

    user_id: int
    label: str
    dossiers: int
    scores: dict[int, Decimal | None]

    @property
    def cells(self) -> list[Decimal | None]:
        return [self.scores[i] for i in OFFICIAL_INDICATORS]

    @property
    def complete(self) -> bool:
        return all(self.scores[i] is not None for i in OFFICIAL_INDICATORS)

    @property
    def total(self) -> Decimal | None:
        """None when an indicator has no data: a missing indicator is not a zero."""
        return official_result(self._known())[0] if self.complete else None

    @property
    def classification(self) -> OfficialClass | None:
        return official_result(self._known())[1] if self.complete else None

    @property
    def classification_label(self) -> str:
        c = self.classification
        return str(OFFICIAL_CLASS_LABELS[c]) if c else ""

    def _known(self) -> dict[int, Decimal]:
        return {i: s for i, s in self.scores.items() if s is not None}


def official_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    complained: Iterable[str] = (),
) -> list[OfficialScore]:
    """Scores of the one-stop officers who received the dossiers judged in the period
    (`received_by`), ordered by name. Dossiers with no recorded officer are left out.
    `complained`: dossier codes with a substantiated complaint about conduct."""
    period = _period(start, end)
    expressions = _indicator_expressions(period, publicity={}, complained=complained)
    rows = (
        _judged(queryset, period)
        .filter(received_by__isnull=False)
        .values(
            "received_by",
            "received_by__username",
            "received_by__first_name",
            "received_by__last_name",
        )
        .annotate(dossiers=Count("pk"), **_sums(expressions, OFFICIAL_INDICATORS))
    )
    scores = [
        OfficialScore(
            user_id=row["received_by"],
            label=_person(
                row["received_by__username"],
                row["received_by__first_name"],
                row["received_by__last_name"],
            ),
            dossiers=row["dossiers"],
            scores={i: _mean(row[f"s{i}"], row[f"n{i}"]) for i in OFFICIAL_INDICATORS},
        )
        for row in rows
    ]
    return sorted(scores, key=lambda s: s.label.casefold())


# Agencies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyScore:
    """An agency's score: the means of the per-dossier indicators 1, 2, 3, 4, 6, 7 (out of
    12) plus the unit-level indicators 5, 8, 9 (out of 6), which are judged for the unit as a
    whole and are not derived from dossiers. While those are not given, the class is shown
    as the range they leave open."""

    agency_id: int
    label: str
    unit_id: int
    dossiers: int
    scores: dict[int, Decimal | None]
    unit_points: Mapping[int, int] | None = None

    @property
    def cells(self) -> list[Decimal | None]:
        return [self.scores[i] for i in DOSSIER_INDICATORS]

    @property
    def complete(self) -> bool:
        return all(self.scores[i] is not None for i in DOSSIER_INDICATORS)

    @property
    def dossier_total(self) -> Decimal | None:
        """Indicators 1, 2, 3, 4, 6, 7 (out of 12); None when one of them has no data."""
        if not self.complete:
            return None
        return sum((s for s in self.scores.values() if s is not None), Decimal(0))

    @property
    def total(self) -> Decimal | None:
        """Out of 18, once the unit-level points are known."""
        if not self.complete or not self._unit_known():
            return None
        return agency_result(self._known(), self.unit_points or {})[0]

    @property
    def class_range(self) -> tuple[AgencyClass, AgencyClass] | None:
        """The class with the unit-level indicators at their lowest and highest points (the
        same class twice once they are known); None when a dossier indicator has no data."""
        if not self.complete:
            return None
        given = dict(self.unit_points or {})
        low = agency_result(self._known(), {**{i: 0 for i in UNIT_INDICATORS}, **given})[1]
        high = agency_result(self._known(), {**{i: 2 for i in UNIT_INDICATORS}, **given})[1]
        return low, high

    @property
    def class_label(self) -> str:
        span = self.class_range
        if span is None:
            return ""
        low, high = (str(AGENCY_CLASS_LABELS[c]) for c in span)
        if low == high:
            return low
        return str(_("%(low)s to %(high)s, depending on indicators %(open)s")) % {
            "low": low,
            "high": high,
            "open": ", ".join(str(i) for i in self.unit_open),
        }

    @property
    def unit_open(self) -> list[int]:
        """The unit-level indicators not given yet."""
        return [i for i in UNIT_INDICATORS if i not in (self.unit_points or {})]

    def _known(self) -> dict[int, Decimal]:
        return {i: s for i, s in self.scores.items() if s is not None}

    def _unit_known(self) -> bool:
        return not self.unit_open


def agency_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    unit_points: Mapping[int, Mapping[int, int]] | None = None,
    complained: Iterable[str] = (),
) -> list[AgencyScore]:
    """Scores of the agencies for the dossiers judged in the period, ordered by name.

    Indicators 1, 3, 4, 6 and 7 go to the agency that received the dossier. Indicator 2 goes
    to each agency for its own steps of inter-agency dossiers, and to the receiving agency for
    dossiers it handled alone. `unit_points` gives indicators 5, 8 and 9 per agency id when
    they have been assessed (some of them may be: indicator 8 comes from feedback)."""
    period = _period(start, end)
    judged = _judged(queryset, period)
    on = min(end, timezone.localdate())
    publicity = procedure_publicity(
        procedure_ids=judged.values_list("procedure_id", flat=True).distinct(), on=on
    )
    expressions = _indicator_expressions(period, publicity, complained)
    alone = Case(
        When(Exists(_steps()), then=_int(None)),
        default=expressions[1],
        output_field=IntegerField(),
    )
    by_receiver = judged.values("agency", "agency__name", "agency__unit").annotate(
        dossiers=Count("pk"),
        s2=Sum(alone),
        n2=Count(alone),
        **_sums(expressions, (1, 3, 4, 6, 7)),
    )
    step_points = _time_case()
    by_step = (
        ProcessingStep.objects.filter(dossier__in=judged.values("pk"), timeliness__in=JUDGED)
        .values("agency", "agency__name", "agency__unit")
        .annotate(s2=Sum(step_points), n2=Count(step_points))
        .order_by()
    )
    rows: dict[int, dict[str, Any]] = {row["agency"]: dict(row) for row in by_receiver}
    for row in by_step:
        target = rows.get(row["agency"])
        if target is None:  # an agency seen only through its steps
            empty = {f"{k}{i}": 0 for k in "sn" for i in (1, 3, 4, 6, 7)}
            rows[row["agency"]] = {**row, **empty, "dossiers": 0}
        else:
            target["s2"] = (target["s2"] or 0) + (row["s2"] or 0)
            target["n2"] += row["n2"]
    points = unit_points or {}
    scores = [
        AgencyScore(
            agency_id=agency_id,
            label=row["agency__name"],
            unit_id=row["agency__unit"],
            dossiers=row["dossiers"],
            scores={i: _mean(row[f"s{i}"], row[f"n{i}"]) for i in DOSSIER_INDICATORS},
            unit_points=points.get(agency_id),
        )
        for agency_id, row in rows.items()
    ]
    return sorted(scores, key=lambda s: s.label.casefold())
