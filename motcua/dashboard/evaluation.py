"""Staff pages for Circular 01/2018 evaluation: on-time rates, officials' and agencies'
scores for a quarter or a year, and one-stop postings with the 24-month warning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from motcua.core.exports import table_response
from motcua.dashboard.charts import bar_chart
from motcua.dashboard.views import staff_required
from motcua.dossiers.evaluation import (
    INDICATOR_LABELS,
    RateBy,
    RateRow,
    agency_scores,
    evaluation_period,
    official_scores,
    on_time_rates,
    rates_total,
)
from motcua.dossiers.models import Dossier
from motcua.dossiers.scoring import DOSSIER_INDICATORS, OFFICIAL_INDICATORS, feedback_points
from motcua.feedback.selectors import substantiated_by_official, substantiated_dossier_codes
from motcua.metrics.figures import feedback_on_time_by_agency
from motcua.orgs.access import request_access
from motcua.orgs.models import Agency, Posting, Role
from motcua.orgs.selectors import posting_limit, posting_warnings

MANAGING_ROLES = (Role.UNIT_HEAD, Role.COORDINATOR, Role.SUPERVISOR, Role.ADMINISTRATOR)
RATE_TABS: dict[RateBy, Any] = {
    "agency": gettext_lazy("Agency"),
    "procedure": gettext_lazy("Procedure"),
    "field": gettext_lazy("Field"),
    "official": gettext_lazy("Receiving officer"),
}
TARGET_RATE = 90  # per cent; the line drawn on the chart
POSTINGS_ENDED_SHOWN_FOR = dt.timedelta(days=365)


class PeriodForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(
        label=gettext_lazy("Quarter"),
        choices=[
            ("", gettext_lazy("Whole year")),
            ("1", gettext_lazy("Quarter 1")),
            ("2", gettext_lazy("Quarter 2")),
            ("3", gettext_lazy("Quarter 3")),
            ("4", gettext_lazy("Quarter 4")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )


def _chart(rows: list[RateRow]) -> dict[str, Any]:
    """Horizontal bars of the on-time rate per agency against the 90 % line."""
    return bar_chart(
        ((r.label, r.rate) for r in rows),
        target=TARGET_RATE,
        title=_("Early or on time (%) per agency, with the 90 % target"),
    )


def _period(request: HttpRequest) -> tuple[PeriodForm, int, int | None]:
    today = timezone.localdate()
    form = PeriodForm(request.GET if "year" in request.GET else None, initial={"year": today.year})
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["year"], form.cleaned_data["quarter"]
    return form, today.year, None


def _score(value: Decimal | None) -> float | str:
    """A score or rate for a download: a number the spreadsheet can sum, or "no data"."""
    return _("no data") if value is None else float(value)


def _feedback_points(
    start: dt.date, end: dt.date
) -> tuple[dict[int, dict[int, int]], dict[int, tuple[int, int]]]:
    """Indicator 8 for every agency from its feedback due in the period (2 when it had
    none), and the counts behind it."""
    counts = feedback_on_time_by_agency(start, end, timezone.localdate())
    points = {
        agency_id: {8: feedback_points(total=due, on_time=on_time)}
        for agency_id in Agency.objects.values_list("pk", flat=True)
        for on_time, due in [counts.get(agency_id, (0, 0))]
    }
    return points, counts


@require_GET
@staff_required
def evaluation(request: HttpRequest) -> HttpResponse:
    form, year, quarter = _period(request)
    start, end = evaluation_period(year, quarter)
    access = request_access(request)
    # Officers' scores and rates are for those who manage them, not for their colleagues.
    sees_officials = access.has_any_role(*MANAGING_ROLES)
    requested = request.GET.get("by")
    by: RateBy = next(
        (key for key in RATE_TABS if key == requested and (key != "official" or sees_officials)),
        "agency",
    )
    dossiers = access.visible(Dossier.objects.all())
    complained = substantiated_dossier_codes(start, end)
    conduct = substantiated_by_official(start, end)
    unit_points, feedback = _feedback_points(start, end)
    name = f"{year}-q{quarter}" if quarter else str(year)
    table, fmt = request.GET.get("table", ""), request.GET.get("format", "")

    rate_headers = [
        RATE_TABS[by],
        _("Finished"),
        _("Early"),
        _("On time"),
        _("Late"),
        _("of which still open"),
        _("Early or on time (%)"),
    ]
    if fmt and table == "officials":
        if not sees_officials:
            raise PermissionDenied(_("Only heads, coordinators and supervisors see these scores."))
        officials = official_scores(start=start, end=end, queryset=dossiers, complained=complained)
        return table_response(
            name=f"officials-{name}",
            fmt=fmt,
            headers=[
                _("Receiving officer"),
                _("Dossiers"),
                *[str(INDICATOR_LABELS[i]) for i in OFFICIAL_INDICATORS],
                _("Total (of 10)"),
                _("Class"),
                _("Substantiated complaints about conduct"),
            ],
            rows=[
                (
                    s.label,
                    s.dossiers,
                    *[_score(v) for v in s.cells],
                    _score(s.total),
                    s.classification_label or _("no data"),
                    conduct.get(s.user_id, 0),
                )
                for s in officials
            ],
        )
    agencies = [
        s
        for s in agency_scores(
            start=start,
            end=end,
            queryset=dossiers,
            complained=complained,
            unit_points=unit_points,
        )
        if access.can_view(s.unit_id)
    ]
    if fmt and table == "agencies":
        return table_response(
            name=f"agencies-{name}",
            fmt=fmt,
            headers=[
                _("Agency"),
                _("Dossiers"),
                *[str(INDICATOR_LABELS[i]) for i in DOSSIER_INDICATORS],
                _("Dossier indicators (of 12)"),
                str(FEEDBACK_LABEL),
                _("Feedback answered on time"),
                _("Feedback due"),
                _("Class"),
            ],
            rows=[
                (
                    s.label,
                    s.dossiers,
                    *[_score(v) for v in s.cells],
                    _score(s.dossier_total),
                    (s.unit_points or {}).get(8),
                    *feedback.get(s.agency_id, (0, 0)),
                    s.class_label or _("no data"),
                )
                for s in agencies
            ],
        )
    rates = on_time_rates(start=start, end=end, by=by, queryset=dossiers)
    total = rates_total(rates)
    if fmt:
        return table_response(
            name=f"on-time-{by}-{name}",
            fmt=fmt,
            headers=rate_headers,
            rows=[
                (r.label, r.finished, r.early, r.on_time, r.late, r.unfinished_late, _score(r.rate))
                for r in [*rates, total]
            ],
        )
    agency_rates = (
        rates
        if by == "agency"
        else on_time_rates(start=start, end=end, by="agency", queryset=dossiers)
    )
    query = {"year": year, "quarter": quarter or ""}
    return render(
        request,
        "dashboard/evaluation/evaluation.html",
        {
            "form": form,
            "year": year,
            "quarter": quarter,
            "start": start,
            "end": end,
            "query": "&".join(f"{k}={v}" for k, v in query.items()),
            "by": by,
            "rates": rates,
            "total": total,
            "chart": _chart(agency_rates),
            "officials": [
                (s, conduct.get(s.user_id, 0))
                for s in official_scores(
                    start=start, end=end, queryset=dossiers, complained=complained
                )
            ]
            if sees_officials
            else None,
            "tabs": [(k, v) for k, v in RATE_TABS.items() if k != "official" or sees_officials],
            "agencies": [(s, feedback.get(s.agency_id, (0, 0))) for s in agencies],
            "feedback_label": FEEDBACK_LABEL,
            "official_indicators": [INDICATOR_LABELS[i] for i in OFFICIAL_INDICATORS],
            "dossier_indicators": [INDICATOR_LABELS[i] for i in DOSSIER_INDICATORS],
        },
    )


FEEDBACK_LABEL = gettext_lazy("8. Handling of feedback")


@require_GET
@staff_required
def postings(request: HttpRequest) -> HttpResponse:
    """One-stop postings in force or ended in the past year, with the 24-month warning."""
    today = timezone.localdate()
    visible = request_access(request).visible(Posting.objects.all(), "agency__unit")
    warnings = {w.posting.pk: w for w in posting_warnings(on=today, queryset=visible)}
    recent = Q(ended_on__isnull=True) | Q(ended_on__gte=today - POSTINGS_ENDED_SHOWN_FOR)
    rows = [
        (posting, posting_limit(posting.started_on), warnings.get(posting.pk))
        for posting in visible.filter(recent)
        .select_related("user", "agency", "agency__unit")
        .order_by("agency__unit__name", "agency__name", "started_on", "pk")
    ]
    if request.GET.get("format"):
        return table_response(
            name=f"postings-{today}",
            fmt=request.GET["format"],
            headers=[
                _("Officer"),
                _("One-stop unit"),
                _("Administrative unit"),
                _("Posted from"),
                _("Posted until"),
                _("24 months end on"),
                _("Warning"),
            ],
            rows=[
                (
                    posting.user.get_full_name() or posting.user.get_username(),
                    posting.agency.name,
                    posting.agency.unit.name,
                    posting.started_on,
                    posting.ended_on,
                    limit,
                    warning.label if warning else "",
                )
                for posting, limit, warning in rows
            ],
        )
    return render(
        request,
        "dashboard/evaluation/postings.html",
        {"rows": rows, "today": today, "warnings": len(warnings)},
    )
