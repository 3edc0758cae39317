"""From findings to tasks, for the coordinator: the weak points of a period as proposed
tasks (`metrics.findings`), ticked and reworded on one page, issued as a new draft
directive that the coordinator numbers and issues from the editor.

Nothing comes ticked: the coordinator chooses each task that goes into the draft, so a
finding nobody read never becomes an order to a commune."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motcua.dashboard.forms import FindingsForm
from motcua.directives.selectors import issuing_units
from motcua.directives.services import DirectiveError
from motcua.metrics.findings import (
    DEFAULT_DEADLINE_DAYS,
    Proposal,
    proposals_draft,
    proposals_for,
)
from motcua.orgs.access import request_access, staff_required
from motcua.orgs.models import AdministrativeUnit


def _highest(units: Any) -> AdministrativeUnit:
    """The province for its coordinator rather than the first commune by code."""
    pks = set(units.values_list("pk", flat=True))
    return next(u for u in units if u.parent_id not in pks)


def _last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = first - dt.timedelta(days=1)
    return dt.date(end.year, (end.month - 1) // 3 * 3 + 1, 1), end


@dataclass
class ProposalRow:
    """A proposal as shown: ticked or not, its title and deadline as typed when the page
    comes back, else as proposed (and unticked)."""

    proposal: Proposal
    taken: bool
    title: str
    days: str


def _rows(found: list[Proposal], post: QueryDict | None) -> list[ProposalRow]:
    if post is None:
        return [ProposalRow(p, False, p.title, str(DEFAULT_DEADLINE_DAYS)) for p in found]
    return [
        ProposalRow(
            p,
            post.get(f"take:{p.key}") == "on",
            post.get(f"title:{p.key}", p.title),
            post.get(f"days:{p.key}", str(DEFAULT_DEADLINE_DAYS)),
        )
        for p in found
    ]


def _chosen(rows: list[ProposalRow]) -> tuple[list[tuple[Proposal, str, int]], list[str]]:
    """The ticked proposals with their title and deadline, and what is wrong with them."""
    chosen, errors = [], []
    for row in rows:
        if not row.taken:
            continue
        days = int(row.days) if row.days.strip().isdigit() else -1
        if not 0 < days <= 365:
            errors.append(
                _("“%s”: the deadline is a number of working days from 1 to 365.") % row.title
            )
        chosen.append((row.proposal, row.title.strip(), days))
    if not chosen:
        errors.append(_("Tick at least one proposed task."))
    return chosen, errors


def _findings_form(request: HttpRequest, units: Any) -> FindingsForm:
    """The issuing unit and the period, prefilled: the user's highest unit and the last
    full quarter."""
    start, end = _last_quarter(timezone.localdate())
    source = request.POST if request.method == "POST" else request.GET
    data = {
        "issuer": source.get("issuer") or _highest(units).pk,
        "start": source.get("start") or start.isoformat(),
        "end": source.get("end") or end.isoformat(),
    }
    return FindingsForm(data, units=units)


def _draft(
    request: HttpRequest, *, issuer: AdministrativeUnit, rows: list[ProposalRow], subject: str
) -> HttpResponse | list[str]:
    """The draft directive of the ticked proposals, and the editor to check it; or what is
    wrong."""
    chosen, errors = _chosen(rows)
    if errors:
        return errors
    try:
        directive = proposals_draft(
            issuer=issuer, chosen=chosen, subject=subject, actor=request.user
        )
    except DirectiveError as error:
        return list(error.messages)
    messages.success(
        request, _("Draft made with %s tasks: check it, then number and issue it.") % len(chosen)
    )
    return redirect("directives:directive_edit", pk=directive.pk)


@require_http_methods(["GET", "POST"])
@staff_required
def directive_proposals(request: HttpRequest) -> HttpResponse:
    units = issuing_units(request_access(request))
    if not units.exists():
        raise PermissionDenied(
            _("Only coordinators, unit heads and administrators issue directives.")
        )
    form = _findings_form(request, units)
    if not form.is_valid():
        return render(request, "dashboard/proposals.html", {"form": form}, status=400)
    issuer, start, end = (form.cleaned_data[k] for k in ("issuer", "start", "end"))
    language = translation.get_language() or "vi"
    found = proposals_for(issuer=issuer, start=start, end=end, language=language)
    subject = _("Remedying the weak points found from %(start)s to %(end)s") % {
        "start": start.strftime("%d/%m/%Y"),
        "end": end.strftime("%d/%m/%Y"),
    }
    if request.method != "POST":
        return render(
            request,
            "dashboard/proposals.html",
            {"form": form, "rows": _rows(found, None), "subject": subject, "errors": []},
        )
    rows = _rows(found, request.POST)
    typed = request.POST.get("subject", "").strip() or subject
    result = _draft(request, issuer=issuer, rows=rows, subject=typed)
    if isinstance(result, HttpResponse):
        return result
    context = {"form": form, "rows": rows, "subject": typed, "errors": result}
    return render(request, "dashboard/proposals.html", context)
