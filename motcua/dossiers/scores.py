"""Circular 01/2018 scores of the officials, agencies and fields for a period (Art. 12-15,
DOMAIN.md §3), over the dossiers `evaluation.judged_dossiers` selects.

The points come from `scoring.py`: each SQL `CASE` is built by asking the scoring functions
what every stored answer is worth, so the rules live in one place. Every score is kept apart
by rule set (`evaluation.RULE_SETS`): a period that straddles 1 July 2025 never mixes the
two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, Generic, TypeVar

from django.contrib.auth import get_user_model
from django.db import connections
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
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

from motcua.catalogue.models import Procedure, Status
from motcua.catalogue.publication import publication_problems, published_procedures
from motcua.dossiers.evaluation import (
    AGENCY_CLASS_LABELS,
    IN_FORCE,
    JUDGED,
    OFFICIAL_CLASS_LABELS,
    RULE_SET_NAMES,
    RULE_SET_TITLES,
    RULE_SETS,
    Period,
    judged_dossiers,
    period_bounds,
    person_name,
)
from motcua.dossiers.models import (
    AgenciesContacted,
    Attitude,
    Contacts,
    Dossier,
    DossierEvent,
    ProcessingStep,
    Satisfaction,
)
from motcua.dossiers.scoring import (
    AGENCY_INDICATORS,
    DOSSIER_INDICATORS,
    OFFICIAL_INDICATORS,
    AgencyClass,
    FeedbackHandling,
    OfficialClass,
    Result,
    agency_points,
    agency_result,
    attitude_points,
    contact_points,
    official_result,
    one_decimal,
    percentage,
    publicity_points,
    time_points,
)
from motcua.dossiers.states import RuleSet, State
from motcua.dossiers.timeliness import Timeliness

# Per-dossier points, as SQL -----------------------------------------------------------


def _int(value: int | None) -> Value | Cast:
    if value is None:
        # A typed NULL: PostgreSQL cannot choose a SUM() for an untyped one.
        return Cast(Value(None), output_field=IntegerField())
    return Value(value, output_field=IntegerField())


def _flag(condition: Q) -> Case:
    """1 when the condition holds, else 0: a count that SUM() adds up."""
    return Case(When(condition, then=_int(1)), default=_int(0), output_field=IntegerField())


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


def _rule_set(prefix: str = "") -> Case:
    """The dossier's rule set as one of `RULE_SETS`, for grouping. It is stored at receipt
    (`states.rule_set_for`); anything but Circular 01's counts as the rules of today."""
    return Case(
        When(**{f"{prefix}rule_set": IN_FORCE}, then=Value(str(IN_FORCE))),
        default=Value(str(RuleSet.D118_2025)),
        output_field=CharField(),
    )


def _indicator_expressions(
    period: Period, publicity: Mapping[int, int], complained: Iterable[str] = ()
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
    # Indicator 7: only a complaint found true after checking takes the points to 0. A rating
    # that reports harassment is the applicant's word, not yet checked: the points follow
    # the dossier's timeliness until a complaint about it is substantiated.
    attitude = Case(
        When(
            code__in=list(complained),
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
    return one_decimal(Decimal(total or 0) / count)


def _sums(expressions: Mapping[int, Combinable], indicators: Iterable[int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i in indicators:
        out[f"s{i}"] = Sum(expressions[i])
        out[f"n{i}"] = Count(expressions[i])
    return out


# Totals and classes ---------------------------------------------------------------------

K = TypeVar("K", OfficialClass, AgencyClass)


class _Scored(Generic[K]):
    """The total over the indicators that have data, its maximum and its class
    (`scoring._result`); None throughout when no indicator has data."""

    rule_set: str
    scores: dict[int, Decimal | None]
    indicators: ClassVar[tuple[int, ...]]  # shown one by one
    applicable: ClassVar[tuple[int, ...]]  # make up the total

    @property
    def in_force(self) -> bool:
        return self.rule_set == IN_FORCE

    @property
    def rules(self) -> str:
        """Which rules the score follows: Circular 01/2018, or the local method."""
        return str(RULE_SET_NAMES[RuleSet(self.rule_set)])

    @property
    def cells(self) -> list[Decimal | None]:
        return [self.scores.get(i) for i in self.indicators]

    @property
    def result(self) -> Result[K] | None:
        raise NotImplementedError

    @property
    def total(self) -> Decimal | None:
        result = self.result
        return result.total if result else None

    @property
    def maximum(self) -> int | None:
        result = self.result
        return result.maximum if result else None

    @property
    def classification(self) -> K | None:
        result = self.result
        return result.classification if result else None

    @property
    def left_out(self) -> str:
        """The indicators left out of the total for want of data, as "3, 4, 7"."""
        result = self.result
        missing = result.left_out if result else self.applicable
        return ", ".join(str(i) for i in missing if i in self.applicable)


# Officials -----------------------------------------------------------------------------

# The events through which an official takes part in a dossier. "import" is left out: whoever
# loads a file of dossiers did not handle them.
_HANDLING_ACTIONS = (
    "receive",
    "supplement_received",
    "request_supplement",
    "transition",
    "apologise",
    "plan_steps",
    "hand_over",
)


@dataclass(frozen=True)
class OfficialScore(_Scored[OfficialClass]):
    """An official's part in the dossiers judged under one rule set: the Circular 01 scores
    on indicators 1, 2, 3, 4 and 7 (out of 10 with all of them), and the staff measures."""

    user_id: int
    label: str
    rule_set: str
    dossiers: int  # judged dossiers the official took part in, each counted once
    received: int
    processed: int
    returned: int
    scores: dict[int, Decimal | None]
    early_or_on_time: int
    rated: int
    satisfied: int  # ratings of 4 or 5
    harassment_reported: int  # ratings reporting harassment, not a checked complaint
    substantiated_complaints: int = 0  # about the official's conduct, found true (feedback)
    indicators: ClassVar[tuple[int, ...]] = OFFICIAL_INDICATORS
    applicable: ClassVar[tuple[int, ...]] = OFFICIAL_INDICATORS

    @property
    def result(self) -> Result[OfficialClass] | None:
        return official_result(self.scores)

    @property
    def classification_label(self) -> str:
        c = self.classification
        return str(OFFICIAL_CLASS_LABELS[c]) if c else ""

    @property
    def on_time_rate(self) -> Decimal | None:
        """Staff measure: early or on time among the dossiers judged, in per cent."""
        return percentage(self.early_or_on_time, self.dossiers)

    @property
    def satisfaction_rate(self) -> Decimal | None:
        """Staff measure: ratings of 4 or 5 among the ratings, in per cent."""
        return percentage(self.satisfied, self.rated)


_PART_COLUMNS = ("part_dossier", "part_user", "part_received", "part_processed", "part_returned")
_POINT_COLUMNS = (
    "pt_dossier",
    "pt_rule_set",
    *(f"p{i}" for i in OFFICIAL_INDICATORS),
    "pt_on_time",
    "pt_rated",
    "pt_satisfied",
    "pt_reported",
)


def _parts(judged: QuerySet[Dossier]) -> QuerySet[Any]:
    """One row for every part an official took in a judged dossier (a dossier may appear
    several times for the same official): receiving it, processing it (any event of its
    processing, or receiving or handing over one of its steps) or returning the result."""
    ids = judged.values("pk")
    one, zero = _int(1), _int(0)
    # Accepting an online dossier (waiting -> received) is receiving it too.
    receiving = Q(action__in=("receive", "supplement_received")) | Q(
        action="transition", to_state=State.RECEIVED
    )
    returning = Q(action="transition", to_state=State.RETURNED)
    receivers = judged.filter(received_by__isnull=False).annotate(
        part_dossier=F("pk"),
        part_user=F("received_by"),
        part_received=one,
        part_processed=zero,
        part_returned=zero,
    )
    actors = DossierEvent.objects.filter(
        dossier__in=ids, refused=False, actor__isnull=False, action__in=_HANDLING_ACTIONS
    ).annotate(
        part_dossier=F("dossier"),
        part_user=F("actor"),
        part_received=_flag(receiving),
        part_processed=_flag(~(receiving | returning)),
        part_returned=_flag(returning),
    )
    steps = ProcessingStep.objects.filter(dossier__in=ids)
    step_people = [
        steps.filter(**{f"{who}__isnull": False}).annotate(
            part_dossier=F("dossier"),
            part_user=F(who),
            part_received=zero,
            part_processed=one,
            part_returned=zero,
        )
        for who in ("received_by", "handed_over_by")
    ]
    first, *others = (
        rows.order_by().values(*_PART_COLUMNS) for rows in (receivers, actors, *step_people)
    )
    return first.union(*others, all=True)


def _official_rows(
    judged: QuerySet[Dossier], period: Period, complained: Iterable[str]
) -> list[tuple[Any, ...]]:
    """Per official and rule set: dossiers, parts, the indicators' sums and counts, and the
    staff measures' counts, in one query.

    An official who took several parts in a dossier counts it once: the parts are first
    collapsed to one row per dossier and official, then joined to the dossier's points.
    The ORM cannot aggregate over a UNION, so the two compiled querysets are wrapped in
    plain SQL; both run unchanged on SQLite and PostgreSQL."""
    expressions = _indicator_expressions(period, publicity={}, complained=complained)
    finished_in_time = period.finished & Q(timeliness__in=[Timeliness.EARLY, Timeliness.ON_TIME])
    points = judged.annotate(
        pt_dossier=F("pk"),
        pt_rule_set=_rule_set(),
        **{f"p{i}": expressions[i] for i in OFFICIAL_INDICATORS},
        pt_on_time=_flag(finished_in_time),
        pt_rated=_flag(Q(rating__isnull=False)),
        pt_satisfied=_flag(Q(rating__satisfaction__gte=Satisfaction.SATISFIED)),
        pt_reported=_flag(Q(rating__attitude=Attitude.HARASSING)),
    ).values(*_POINT_COLUMNS)
    parts_sql, parts_params = _parts(judged).query.sql_with_params()
    points_sql, points_params = points.query.sql_with_params()
    sums = ", ".join(f"SUM(pts.p{i}), COUNT(pts.p{i})" for i in OFFICIAL_INDICATORS)
    # Only compiled querysets and fixed column names go into the text; values are parameters.
    sql = (
        "SELECT part.part_user, pts.pt_rule_set, COUNT(*), SUM(part.part_received), "  # noqa: S608
        f"SUM(part.part_processed), SUM(part.part_returned), {sums}, SUM(pts.pt_on_time), "
        "SUM(pts.pt_rated), SUM(pts.pt_satisfied), SUM(pts.pt_reported) "
        "FROM (SELECT parts.part_dossier, parts.part_user, "
        "MAX(parts.part_received) AS part_received, "
        "MAX(parts.part_processed) AS part_processed, "
        "MAX(parts.part_returned) AS part_returned "
        f"FROM ({parts_sql}) parts GROUP BY parts.part_dossier, parts.part_user) part "
        f"JOIN ({points_sql}) pts ON pts.pt_dossier = part.part_dossier "
        "GROUP BY part.part_user, pts.pt_rule_set"
    )
    with connections[judged.db].cursor() as cursor:
        cursor.execute(sql, [*parts_params, *points_params])
        return list(cursor.fetchall())


def _official_scores(
    judged: QuerySet[Dossier],
    period: Period,
    complained: Iterable[str],
    conduct: Mapping[int, int],
) -> list[OfficialScore]:
    rows = _official_rows(judged, period, complained)
    people = {
        pk: person_name(username, first, last)
        for pk, username, first, last in get_user_model()
        .objects.filter(pk__in={row[0] for row in rows})
        .values_list("pk", "username", "first_name", "last_name")
    }
    scores = []
    for row in rows:
        user_id, rule_set, dossiers, received, processed, returned, *rest = row
        n = 2 * len(OFFICIAL_INDICATORS)
        sums_counts, (on_time, rated, satisfied, reported) = rest[:n], rest[n:]
        scores.append(
            OfficialScore(
                user_id=user_id,
                label=people[user_id],
                rule_set=rule_set,
                dossiers=dossiers,
                received=int(received),
                processed=int(processed),
                returned=int(returned),
                scores={
                    i: _mean(sums_counts[2 * k], sums_counts[2 * k + 1])
                    for k, i in enumerate(OFFICIAL_INDICATORS)
                },
                early_or_on_time=int(on_time),
                rated=int(rated),
                satisfied=int(satisfied),
                harassment_reported=int(reported),
                substantiated_complaints=conduct.get(user_id, 0),
            )
        )
    return sorted(scores, key=lambda s: (RULE_SETS.index(s.rule_set), s.label.casefold()))


def official_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    complained: Iterable[str] = (),
    conduct: Mapping[int, int] | None = None,
) -> list[OfficialScore]:
    """Every official who received, processed or returned the dossiers judged in the period,
    once per rule set, ordered by rule set and name. From feedback, which the caller reads:
    `complained`, the codes of dossiers with a substantiated complaint about conduct;
    `conduct`, the substantiated complaints about conduct per official (shown, not scored:
    a complaint without a dossier has no indicator to change)."""
    period = period_bounds(start, end)
    return _official_scores(judged_dossiers(queryset, period), period, complained, conduct or {})


# Agencies and fields -------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyScore(_Scored[AgencyClass]):
    """An agency's score under one rule set: the means of the per-dossier indicators 1, 2,
    3, 4, 6, 7 and the unit-level points given (8 from feedback; 5 and 9, judged for the
    unit as a whole, only when assessed), out of 18 with all nine."""

    agency_id: int
    label: str
    unit_id: int
    rule_set: str
    dossiers: int
    scores: dict[int, Decimal | None]
    unit_points: Mapping[int, int] = field(default_factory=dict)
    feedback: FeedbackHandling | None = None  # the counts behind indicator 8
    indicators: ClassVar[tuple[int, ...]] = DOSSIER_INDICATORS
    applicable: ClassVar[tuple[int, ...]] = AGENCY_INDICATORS

    @property
    def dossier_total(self) -> Decimal | None:
        """Indicators 1, 2, 3, 4, 6, 7 that have data; None when none has."""
        known = [s for s in self.scores.values() if s is not None]
        return sum(known, Decimal(0)) if known else None

    @property
    def result(self) -> Result[AgencyClass] | None:
        given = {i: Decimal(p) for i, p in self.unit_points.items()}
        return agency_result({**self.scores, **given})

    @property
    def class_label(self) -> str:
        c = self.classification
        return str(AGENCY_CLASS_LABELS[c]) if c else ""


@dataclass(frozen=True)
class FieldScore(_Scored[AgencyClass]):
    """A field's (lĩnh vực) score under one rule set on indicators 1, 2, 3, 4, 6 and 7,
    classified on the agencies' scale with the unit-level indicators left out."""

    field_id: int
    label: str
    rule_set: str
    dossiers: int
    scores: dict[int, Decimal | None]
    indicators: ClassVar[tuple[int, ...]] = DOSSIER_INDICATORS
    applicable: ClassVar[tuple[int, ...]] = DOSSIER_INDICATORS

    @property
    def result(self) -> Result[AgencyClass] | None:
        return agency_result(self.scores)

    @property
    def class_label(self) -> str:
        c = self.classification
        return str(AGENCY_CLASS_LABELS[c]) if c else ""


_RECEIVER_INDICATORS = (1, 3, 4, 6, 7)


def _grouped(
    judged: QuerySet[Dossier],
    expressions: Mapping[int, Case],
    *,
    by: Mapping[str, str],
    steps_by: Mapping[str, str],
) -> dict[tuple[Any, str], dict[str, Any]]:
    """Sums and counts per group and rule set. Indicators 1, 3, 4, 6 and 7 go to the group
    of the dossier (`by`, paths from the dossier); indicator 2 to the group of each judged
    step of an inter-agency dossier (`steps_by`, paths from the step) and, for a dossier
    handled by one agency, to the dossier's group."""
    alone = Case(
        When(Exists(_steps()), then=_int(None)),
        default=expressions[1],
        output_field=IntegerField(),
    )
    names = [*by, "g_rule_set"]
    by_dossier = (
        judged.annotate(**{name: F(path) for name, path in by.items()}, g_rule_set=_rule_set())
        .values(*names)
        .annotate(
            dossiers=Count("pk"),
            s2=Sum(alone),
            n2=Count(alone),
            **_sums(expressions, _RECEIVER_INDICATORS),
        )
    )
    step_points = _time_case()
    by_step = (
        ProcessingStep.objects.filter(dossier__in=judged.values("pk"), timeliness__in=JUDGED)
        .annotate(
            **{name: F(path) for name, path in steps_by.items()},
            g_rule_set=_rule_set("dossier__"),
        )
        .values(*names)
        .annotate(s2=Sum(step_points), n2=Count(step_points))
        .order_by()
    )
    rows: dict[tuple[Any, str], dict[str, Any]] = {
        (row["g_key"], row["g_rule_set"]): dict(row) for row in by_dossier
    }
    for row in by_step:
        target = rows.get((row["g_key"], row["g_rule_set"]))
        if target is None:  # a group seen only through its steps
            empty = {f"{k}{i}": 0 for k in "sn" for i in _RECEIVER_INDICATORS}
            rows[(row["g_key"], row["g_rule_set"])] = {**row, **empty, "dossiers": 0}
        else:
            target["s2"] = (target["s2"] or 0) + (row["s2"] or 0)
            target["n2"] += row["n2"]
    return rows


def _means(row: Mapping[str, Any]) -> dict[int, Decimal | None]:
    return {i: _mean(row[f"s{i}"], row[f"n{i}"]) for i in DOSSIER_INDICATORS}


def _publicity(judged: QuerySet[Dossier], end: dt.date) -> dict[int, int]:
    return procedure_publicity(
        procedure_ids=judged.values_list("procedure_id", flat=True).distinct(),
        on=min(end, timezone.localdate()),
    )


def _agency_scores(
    judged: QuerySet[Dossier],
    expressions: Mapping[int, Case],
    unit_points: Mapping[int, Mapping[int, int]],
    feedback: Mapping[int, FeedbackHandling],
) -> list[AgencyScore]:
    rows = _grouped(
        judged,
        expressions,
        by={"g_key": "agency", "g_label": "agency__name", "g_unit": "agency__unit"},
        steps_by={"g_key": "agency", "g_label": "agency__name", "g_unit": "agency__unit"},
    )
    scores = [
        AgencyScore(
            agency_id=agency_id,
            label=row["g_label"],
            unit_id=row["g_unit"],
            rule_set=rule_set,
            dossiers=row["dossiers"],
            scores=_means(row),
            unit_points=_given(unit_points.get(agency_id, {}), feedback.get(agency_id)),
            feedback=feedback.get(agency_id),
        )
        for (agency_id, rule_set), row in rows.items()
    ]
    return sorted(scores, key=lambda s: (RULE_SETS.index(s.rule_set), s.label.casefold()))


def _given(points: Mapping[int, int], feedback: FeedbackHandling | None) -> dict[int, int]:
    """The unit-level points given, indicator 8 from the feedback counts when known."""
    return {**points, 8: feedback.points} if feedback is not None else dict(points)


def _field_scores(judged: QuerySet[Dossier], expressions: Mapping[int, Case]) -> list[FieldScore]:
    rows = _grouped(
        judged,
        expressions,
        by={"g_key": "procedure__field", "g_label": "procedure__field__name"},
        steps_by={
            "g_key": "dossier__procedure__field",
            "g_label": "dossier__procedure__field__name",
        },
    )
    scores = [
        FieldScore(
            field_id=field_id,
            label=row["g_label"],
            rule_set=rule_set,
            dossiers=row["dossiers"],
            scores=_means(row),
        )
        for (field_id, rule_set), row in rows.items()
    ]
    return sorted(scores, key=lambda s: (RULE_SETS.index(s.rule_set), s.label.casefold()))


def agency_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    unit_points: Mapping[int, Mapping[int, int]] | None = None,
    feedback: Mapping[int, FeedbackHandling] | None = None,
    complained: Iterable[str] = (),
) -> list[AgencyScore]:
    """Scores of the agencies for the dossiers judged in the period, per rule set, ordered
    by rule set and name.

    Indicators 1, 3, 4, 6 and 7 go to the agency that received the dossier. Indicator 2 goes
    to each agency for its own steps of inter-agency dossiers, and to the receiving agency for
    dossiers it handled alone. `unit_points` gives indicators 5, 8 and 9 per agency id when
    they have been assessed, and `feedback` the counts indicator 8 is taken from (the
    caller reads feedback); indicators not given are left out."""
    period = period_bounds(start, end)
    judged = judged_dossiers(queryset, period)
    expressions = _indicator_expressions(period, _publicity(judged, end), complained)
    return _agency_scores(judged, expressions, unit_points or {}, feedback or {})


def field_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    complained: Iterable[str] = (),
) -> list[FieldScore]:
    """Scores of the fields of the procedures judged in the period, per rule set, ordered by
    rule set and name (Circular 01 consolidates by field as well as by agency)."""
    period = period_bounds(start, end)
    judged = judged_dossiers(queryset, period)
    expressions = _indicator_expressions(period, _publicity(judged, end), complained)
    return _field_scores(judged, expressions)


# Everything for a period, by rule set ----------------------------------------------------

S = TypeVar("S", OfficialScore, AgencyScore, FieldScore)


@dataclass(frozen=True)
class RuleSetScores:
    """The scores of the dossiers received under one rule set."""

    rule_set: str
    officials: list[OfficialScore] | None
    agencies: list[AgencyScore]
    fields: list[FieldScore]

    @property
    def in_force(self) -> bool:
        return self.rule_set == IN_FORCE

    @property
    def title(self) -> str:
        return str(RULE_SET_TITLES[RuleSet(self.rule_set)])


@dataclass(frozen=True)
class Scores:
    officials: list[OfficialScore] | None  # None when not asked for
    agencies: list[AgencyScore]
    fields: list[FieldScore]

    def by_rule_set(self) -> list[RuleSetScores]:
        """One part per rule set that has any score, Circular 01's first."""
        parts = []
        for rule_set in RULE_SETS:
            officials = None if self.officials is None else _of(self.officials, rule_set)
            agencies, fields = _of(self.agencies, rule_set), _of(self.fields, rule_set)
            if officials or agencies or fields:
                parts.append(RuleSetScores(str(rule_set), officials, agencies, fields))
        return parts


def _of(scores: list[S], rule_set: str) -> list[S]:
    return [s for s in scores if s.rule_set == rule_set]


def evaluation_scores(
    *,
    start: dt.date,
    end: dt.date,
    queryset: QuerySet[Dossier] | None = None,
    unit_points: Mapping[int, Mapping[int, int]] | None = None,
    feedback: Mapping[int, FeedbackHandling] | None = None,
    complained: Iterable[str] = (),
    conduct: Mapping[int, int] | None = None,
    officials: bool = True,
) -> Scores:
    """The officials' (unless `officials` is false), agencies' and fields' scores of the
    period at once, as `official_scores`, `agency_scores` and `field_scores` give them."""
    period = period_bounds(start, end)
    judged = judged_dossiers(queryset, period)
    expressions = _indicator_expressions(period, _publicity(judged, end), complained)
    return Scores(
        officials=(
            _official_scores(judged, period, complained, conduct or {}) if officials else None
        ),
        agencies=_agency_scores(judged, expressions, unit_points or {}, feedback or {}),
        fields=_field_scores(judged, expressions),
    )
