"""The Circular 01/2018 evaluation as data: on-time rates, the officials', agencies' and
fields' scores for a quarter or a year, and their downloads. The figures come from
`dossiers.evaluation` and `dossiers.scores`; this module adds indicator 8 from feedback, which
the dossiers app cannot read, and scopes everything to what the user may see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.charts import bar_chart
from motcua.dossiers.evaluation import (
    DEFINITIONS,
    INDICATOR_LABELS,
    Definition,
    RateBy,
    RateRow,
    evaluation_period,
    on_time_rates,
    rates_total,
)
from motcua.dossiers.models import Dossier
from motcua.dossiers.scores import (
    AgencyScore,
    FieldScore,
    OfficialScore,
    agency_scores,
    evaluation_scores,
    field_scores,
    official_scores,
)
from motcua.dossiers.scoring import DOSSIER_INDICATORS, OFFICIAL_INDICATORS, FeedbackHandling
from motcua.feedback.models import Event as FeedbackEvent
from motcua.feedback.models import Feedback
from motcua.feedback.models import State as FeedbackState
from motcua.feedback.selectors import substantiated_by_official, substantiated_dossier_codes
from motcua.metrics.figures import feedback_on_time_by_agency, targets_for
from motcua.metrics.indicators import HANDLED_KINDS
from motcua.metrics.registry import spec
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit, Agency, Role

MANAGING_ROLES = (Role.UNIT_HEAD, Role.COORDINATOR, Role.SUPERVISOR, Role.ADMINISTRATOR)


class Tab(NamedTuple):
    key: RateBy
    label: Any


RATE_TABS: dict[RateBy, Any] = {
    "agency": gettext_lazy("Agency"),
    "procedure": gettext_lazy("Procedure"),
    "field": gettext_lazy("Field"),
    "official": gettext_lazy("Receiving officer"),
}
SCORE_TABLES = ("officials", "agencies", "fields")
TARGET_RATE = float(spec("on_time").default_target or 0)  # the line drawn on the chart


def _on_time_target(access: Access, start: dt.date, end: dt.date) -> float:
    """The target the indicator board shows for `on_time` at the top of the user's reach:
    the coordinator's for that unit and period, else the registry's default."""
    reach = AdministrativeUnit.objects.valid_on(end)
    if not access.is_superuser:
        reach = reach.filter(pk__in=access.view_unit_ids)
    tops = [u for u in reach if u.parent_id is None or u.parent_id not in access.view_unit_ids]
    if len(tops) != 1:
        return TARGET_RATE
    target = targets_for(tops, start, end).get((tops[0].pk, "on_time"))
    return float(target) if target is not None else TARGET_RATE


def _chart(rows: list[RateRow], target: float) -> dict[str, Any]:
    """Horizontal bars of the on-time rate per agency against the target line."""
    return bar_chart(
        ((r.label, r.rate) for r in rows),
        target=target,
        title=_("Early or on time (%) per agency, with the target"),
    )


def _score(value: Decimal | None) -> float | str:
    """A score or rate for a download: a number the spreadsheet can sum, or "no data"."""
    return _("no data") if value is None else float(value)


# Indicator 8 from feedback ---------------------------------------------------------------


def _prolonged_feedback(end: dt.date, today: dt.date) -> dict[int, int]:
    """Per agency, its prolonged (kéo dài) feedback: items of the kinds indicator 8 counts
    that, at the end of the period (or today, while it runs), were still unanswered past
    their handling deadline, whenever that deadline fell.

    An item due in an earlier period and still open is what the on-time share of the items
    due in this one does not see, and what the rule adds. Not prolonged: an item waiting for
    the information asked of the citizen at that moment (its clock is stopped and its
    deadline moves), one refused by then, merged into another or redirected elsewhere."""
    zone = timezone.get_default_timezone()
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    # Past due once the day after the deadline has begun, as for dossiers.
    judged_before = min(end + dt.timedelta(days=1), today)
    refused = FeedbackEvent.objects.filter(feedback=OuterRef("pk"), action="refused", at__lt=stop)
    rows = (
        Feedback.objects.filter(
            kind__in=HANDLED_KINDS,
            agency__isnull=False,
            received_at__lt=stop,
            due_on__lt=judged_before,
        )
        .exclude(state__in=[FeedbackState.MERGED, FeedbackState.REDIRECTED])
        .filter(Q(answered_at__isnull=True) | Q(answered_at__gte=stop))
        .filter(Q(waiting_since__isnull=True) | Q(waiting_since__gt=end))
        .exclude(Exists(refused))
        .values("agency")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["agency"]: row["n"] for row in rows}


def _feedback_handling(start: dt.date, end: dt.date) -> dict[int, FeedbackHandling]:
    """Indicator 8 for every agency: its feedback due in the period and answered on time
    (the metrics' own definition), and its prolonged items. An agency with nothing due and
    nothing prolonged takes 2 points."""
    today = timezone.localdate()
    counts = feedback_on_time_by_agency(start, end, today)
    prolonged = _prolonged_feedback(end, today)
    return {
        agency_id: FeedbackHandling(due=due, on_time=on_time, prolonged=prolonged.get(agency_id, 0))
        for agency_id in Agency.objects.values_list("pk", flat=True)
        for on_time, due in [counts.get(agency_id, (0, 0))]
    }


# Downloads -------------------------------------------------------------------------------


def _indicator_headers(indicators: tuple[int, ...]) -> list[str]:
    return [str(INDICATOR_LABELS[i]) for i in indicators]


def _total_headers() -> list[str]:
    return [_("Total"), _("Out of"), _("Left out"), _("Class")]


def _officials_table(scores: list[OfficialScore]) -> tuple[list[str], list[tuple[Any, ...]]]:
    headers = [
        _("Official"),
        _("Rules"),
        _("Dossiers"),
        _("Received"),
        _("Processed"),
        _("Returned"),
        *_indicator_headers(OFFICIAL_INDICATORS),
        *_total_headers(),
        _("Early or on time (%)"),
        _("Ratings"),
        _("Satisfied, 4 or 5 (%)"),
        _("Ratings reporting harassment (not checked)"),
        _("Substantiated complaints about conduct"),
    ]
    rows = [
        (
            s.label,
            s.rules,
            s.dossiers,
            s.received,
            s.processed,
            s.returned,
            *[_score(v) for v in s.cells],
            _score(s.total),
            s.maximum,
            s.left_out,
            s.classification_label or _("no data"),
            _score(s.on_time_rate),
            s.rated,
            _score(s.satisfaction_rate),
            s.harassment_reported,
            s.substantiated_complaints,
        )
        for s in scores
    ]
    return headers, rows


def _agencies_table(scores: list[AgencyScore]) -> tuple[list[str], list[tuple[Any, ...]]]:
    headers = [
        _("Agency"),
        _("Rules"),
        _("Dossiers"),
        *_indicator_headers(DOSSIER_INDICATORS),
        str(INDICATOR_LABELS[8]),
        _("Feedback answered on time"),
        _("Feedback due"),
        _("Feedback prolonged"),
        *_total_headers(),
    ]
    rows = []
    for s in scores:
        handling = s.feedback or FeedbackHandling(due=0, on_time=0, prolonged=0)
        rows.append(
            (
                s.label,
                s.rules,
                s.dossiers,
                *[_score(v) for v in s.cells],
                s.unit_points.get(8),
                handling.on_time,
                handling.due,
                handling.prolonged,
                _score(s.total),
                s.maximum,
                s.left_out,
                s.class_label or _("no data"),
            )
        )
    return headers, rows


def _fields_table(scores: list[FieldScore]) -> tuple[list[str], list[tuple[Any, ...]]]:
    headers = [
        _("Field"),
        _("Rules"),
        _("Dossiers"),
        *_indicator_headers(DOSSIER_INDICATORS),
        *_total_headers(),
    ]
    rows = [
        (
            s.label,
            s.rules,
            s.dossiers,
            *[_score(v) for v in s.cells],
            _score(s.total),
            s.maximum,
            s.left_out,
            s.class_label or _("no data"),
        )
        for s in scores
    ]
    return headers, rows


def rates_table(
    rates: list[RateRow], total: RateRow, *, by: RateBy
) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """The on-time rates grouped `by`, with their total, to download."""
    return (
        [
            RATE_TABS[by],
            _("Finished"),
            _("Early"),
            _("On time"),
            _("Late"),
            _("of which still open"),
            _("Early or on time (%)"),
        ],
        [
            (r.label, r.finished, r.early, r.on_time, r.late, r.unfinished_late, _score(r.rate))
            for r in [*rates, total]
        ],
    )


def score_table(
    *, access: Access, table: str, start: dt.date, end: dt.date
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One of the score tables (`SCORE_TABLES`) to download, scoped like the page."""
    dossiers = access.visible(Dossier.objects.all())
    complained = substantiated_dossier_codes(start, end)
    if table == "officials":
        if not access.has_any_role(*MANAGING_ROLES):
            raise PermissionDenied(_("Only heads, coordinators and supervisors see these scores."))
        officials = official_scores(
            start=start,
            end=end,
            queryset=dossiers,
            complained=complained,
            conduct=substantiated_by_official(start, end),
        )
        headers, rows = _officials_table(officials)
    elif table == "agencies":
        agencies = agency_scores(
            start=start,
            end=end,
            queryset=dossiers,
            complained=complained,
            feedback=_feedback_handling(start, end),
        )
        headers, rows = _agencies_table([s for s in agencies if access.can_view(s.unit_id)])
    else:
        fields = field_scores(start=start, end=end, queryset=dossiers, complained=complained)
        headers, rows = _fields_table(fields)
    return headers, rows


@dataclass(frozen=True)
class EvaluationPage:
    year: int
    quarter: int | None
    start: dt.date
    end: dt.date
    by: RateBy
    rates: list[RateRow]
    total: RateRow
    chart: dict[str, Any]
    tabs: list[Tab]
    parts: Any
    sees_officials: bool
    definitions: tuple[Definition, ...] = DEFINITIONS
    official_indicators: list[str] = field(default_factory=list)
    dossier_indicators: list[str] = field(default_factory=list)

    @property
    def query(self) -> str:
        return f"year={self.year}&quarter={self.quarter or ''}"

    @property
    def feedback_label(self) -> Any:
        return INDICATOR_LABELS[8]


def rate_by(access: Access, requested: str | None) -> RateBy:
    """The grouping asked for, if this user may see it; by agency otherwise. Officers' rates
    and scores are for those who manage them, not for their colleagues."""
    sees_officials = access.has_any_role(*MANAGING_ROLES)
    return next(
        (key for key in RATE_TABS if key == requested and (key != "official" or sees_officials)),
        "agency",
    )


def evaluation_rates(
    *, access: Access, start: dt.date, end: dt.date, by: RateBy
) -> tuple[list[RateRow], RateRow]:
    """The on-time rates of the dossiers this user sees, grouped `by`, and their total."""
    rates = on_time_rates(
        start=start, end=end, by=by, queryset=access.visible(Dossier.objects.all())
    )
    return rates, rates_total(rates)


def evaluation_page(
    *, access: Access, year: int, quarter: int | None, by: RateBy
) -> EvaluationPage:
    """Everything the evaluation page shows for the period, scoped to what the user sees."""
    start, end = evaluation_period(year, quarter)
    sees_officials = access.has_any_role(*MANAGING_ROLES)
    dossiers = access.visible(Dossier.objects.all())
    rates, total = evaluation_rates(access=access, start=start, end=end, by=by)
    agency_rates = (
        rates
        if by == "agency"
        else on_time_rates(start=start, end=end, by="agency", queryset=dossiers)
    )
    scores = evaluation_scores(
        start=start,
        end=end,
        queryset=dossiers,
        feedback=_feedback_handling(start, end),
        complained=substantiated_dossier_codes(start, end),
        conduct=substantiated_by_official(start, end) if sees_officials else None,
        officials=sees_officials,
    )
    scores = replace(scores, agencies=[s for s in scores.agencies if access.can_view(s.unit_id)])
    return EvaluationPage(
        year=year,
        quarter=quarter,
        start=start,
        end=end,
        by=by,
        rates=rates,
        total=total,
        chart=_chart(agency_rates, _on_time_target(access, start, end)),
        tabs=[Tab(k, v) for k, v in RATE_TABS.items() if k != "official" or sees_officials],
        parts=scores.by_rule_set(),
        sees_officials=sees_officials,
        official_indicators=_indicator_headers(OFFICIAL_INDICATORS),
        dossier_indicators=_indicator_headers(DOSSIER_INDICATORS),
    )
