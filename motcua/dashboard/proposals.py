"""From findings to tasks, for the coordinator: the weak points of a period as proposed
tasks (`metrics.findings`), ticked and reworded on one page, issued as a new draft
directive that the coordinator numbers and issues from the editor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from motcua.directives.selectors import may_issue
from motcua.directives.services import DirectiveError
from motcua.metrics.findings import (
    DEFAULT_DEADLINE_DAYS,
    Proposal,
    proposals_draft,
    proposals_for,
)
from motcua.orgs.access import request_access, staff_required
from motcua.orgs.models import AdministrativeUnit


class FindingsForm(forms.Form):
    issuer = forms.ModelChoiceField(
        label=gettext_lazy("Issued by"), queryset=AdministrativeUnit.objects.none()
    )
    start = forms.DateField(
        label=gettext_lazy("Findings from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(label=gettext_lazy("to"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = units  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The end of the period is before its start."))
        return data


def _highest(units: Any) -> AdministrativeUnit:
    """The province for its coordinator rather than the first commune by code."""
    pks = set(units.values_list("pk", flat=True))
    return next(u for u in units if u.parent_id not in pks)


def _last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = first - dt.timedelta(days=1)
    return dt.date(end.year, (end.month - 1) // 3 * 3 + 1, 1), end


def _row(request: HttpRequest, proposal: Proposal) -> dict[str, Any]:
    """A proposal as shown: ticked, its title and deadline as typed when the page comes
    back with errors, else as proposed."""
    if request.method != "POST":
        return {
            "p": proposal,
            "taken": True,
            "title": proposal.title,
            "days": DEFAULT_DEADLINE_DAYS,
        }
    return {
        "p": proposal,
        "taken": request.POST.get(f"take:{proposal.key}") == "on",
        "title": request.POST.get(f"title:{proposal.key}", proposal.title),
        "days": request.POST.get(f"days:{proposal.key}", DEFAULT_DEADLINE_DAYS),
    }


@require_http_methods(["GET", "POST"])
@staff_required
def directive_proposals(request: HttpRequest) -> HttpResponse:
    access = request_access(request)
    today = timezone.localdate()
    units = AdministrativeUnit.objects.valid_on(today).order_by("code")
    if not access.is_superuser:
        units = units.filter(pk__in=[u for u in access.change_unit_ids if may_issue(access, u)])
    if not units.exists():
        raise PermissionDenied(
            _("Only coordinators, unit heads and administrators issue directives.")
        )
    start, end = _last_quarter(today)
    source = request.POST if request.method == "POST" else request.GET
    form = FindingsForm(
        {
            "issuer": source.get("issuer") or _highest(units).pk,
            "start": source.get("start") or start.isoformat(),
            "end": source.get("end") or end.isoformat(),
        },
        units=units,
    )
    if not form.is_valid():
        return render(request, "dashboard/proposals.html", {"form": form}, status=400)
    issuer = form.cleaned_data["issuer"]
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    found = proposals_for(
        issuer=issuer, start=start, end=end, language=translation.get_language() or "vi"
    )
    subject = _("Remedying the weak points found from %(start)s to %(end)s") % {
        "start": start.strftime("%d/%m/%Y"),
        "end": end.strftime("%d/%m/%Y"),
    }
    errors: list[str] = []
    if request.method == "POST":
        chosen = []
        for proposal in found:
            if request.POST.get(f"take:{proposal.key}") != "on":
                continue
            try:
                days = int(request.POST.get(f"days:{proposal.key}") or DEFAULT_DEADLINE_DAYS)
            except ValueError:
                days = -1
            if not 0 < days <= 365:
                errors.append(
                    _("“%s”: the deadline is a number of working days from 1 to 365.")
                    % proposal.title
                )
            chosen.append((proposal, request.POST.get(f"title:{proposal.key}", "").strip(), days))
        if not chosen:
            errors.append(_("Tick at least one proposed task."))
        if not errors:
            try:
                directive = proposals_draft(
                    issuer=issuer,
                    chosen=chosen,
                    subject=request.POST.get("subject", "").strip() or subject,
                    actor=request.user,
                )
            except DirectiveError as error:
                errors = list(error.messages)
            else:
                messages.success(
                    request,
                    _("Draft made with %s tasks: check it, then number and issue it.")
                    % len(chosen),
                )
                return redirect("directives:directive_edit", pk=directive.pk)
    return render(
        request,
        "dashboard/proposals.html",
        {
            "form": form,
            "rows": [_row(request, p) for p in found],
            "subject": request.POST.get("subject") or subject,
            "errors": errors,
        },
    )
