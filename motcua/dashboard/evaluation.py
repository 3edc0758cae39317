"""Staff pages for Circular 01/2018 evaluation: on-time rates and the officials', agencies'
and fields' scores for a quarter or a year (built in `dashboard.assessment`), and one-stop
postings with the 24-month warning."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from motcua.core.exports import table_response
from motcua.dashboard.assessment import (
    SCORE_TABLES,
    evaluation_page,
    evaluation_rates,
    rate_by,
    rates_table,
    score_table,
)
from motcua.dashboard.forms import PeriodForm
from motcua.dossiers.evaluation import evaluation_period
from motcua.orgs.access import request_access, staff_required
from motcua.orgs.models import Posting
from motcua.orgs.selectors import posting_rows


def _period(request: HttpRequest) -> tuple[PeriodForm, int, int | None]:
    """The year and quarter asked for; this year when the form is missing or wrong."""
    today = timezone.localdate()
    form = PeriodForm(request.GET if "year" in request.GET else None, initial={"year": today.year})
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["year"], form.cleaned_data["quarter"]
    return form, today.year, None


@require_GET
@staff_required
def evaluation(request: HttpRequest) -> HttpResponse:
    form, year, quarter = _period(request)
    access = request_access(request)
    by = rate_by(access, request.GET.get("by"))
    name = f"{year}-q{quarter}" if quarter else str(year)
    table, fmt = request.GET.get("table", ""), request.GET.get("format", "")
    if fmt:
        start, end = evaluation_period(year, quarter)
        if table in SCORE_TABLES:
            headers, rows = score_table(access=access, table=table, start=start, end=end)
            name = f"{table}-{name}"
        else:
            rates, total = evaluation_rates(access=access, start=start, end=end, by=by)
            headers, rows = rates_table(rates, total, by=by)
            name = f"on-time-{by}-{name}"
        return table_response(name=name, fmt=fmt, headers=headers, rows=rows)
    page = evaluation_page(access=access, year=year, quarter=quarter, by=by)
    return render(request, "dashboard/evaluation/evaluation.html", {"form": form, "page": page})


@require_GET
@staff_required
def postings(request: HttpRequest) -> HttpResponse:
    """One-stop postings in force or ended in the past year, with the 24-month warning."""
    today = timezone.localdate()
    visible = request_access(request).visible(Posting.objects.all(), "agency__unit")
    rows = posting_rows(on=today, queryset=visible)
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
                    row.officer,
                    row.posting.agency.name,
                    row.posting.agency.unit.name,
                    row.posting.started_on,
                    row.posting.ended_on,
                    row.limit_on,
                    row.warning.label if row.warning else "",
                )
                for row in rows
            ],
        )
    warnings = sum(1 for row in rows if row.warning)
    context = {"rows": rows, "today": today, "warnings": warnings}
    return render(request, "dashboard/evaluation/postings.html", context)
