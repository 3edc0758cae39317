"""Staff pages: the staff home, the publication check, and web imports."""

from __future__ import annotations

from typing import Any, NamedTuple

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.catalogue.publication import publication_problems
from motcua.catalogue.services import (
    PROCEDURE_COLUMNS,
    PROCEDURE_LABELS,
    PROCEDURE_REQUIRED,
    procedure_template_rows,
)
from motcua.core import dates
from motcua.core.exports import import_template_workbook, table_response, xlsx_response
from motcua.core.imports import import_job_cancel, import_job_confirm, import_job_create
from motcua.core.models import ImportJob
from motcua.dashboard.forms import ImportForm
from motcua.directives.reminders import due_soon_for
from motcua.dossiers.inbox import officer_inbox
from motcua.dossiers.selectors import HANDLING_ROLES
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import Membership, Role
from motcua.orgs.selectors import unit_tree_rows
from motcua.orgs.services import UNIT_COLUMNS, UNIT_EXAMPLE, UNIT_LABELS, UNIT_REQUIRED

HTMX_STOP_POLLING = 286

IMPORT_KINDS: dict[str, dict[str, Any]] = {
    "procedures": {
        "title": gettext_lazy("Import a procedure list"),
        "columns": PROCEDURE_COLUMNS,
        "labels": PROCEDURE_LABELS,
        "required": PROCEDURE_REQUIRED,
        "roles": (Role.ADMINISTRATOR, Role.COORDINATOR),
        # The catalogue is the province's: only province-level staff replace it.
        "province_wide": True,
    },
    "units": {
        "title": gettext_lazy("Import administrative units"),
        "columns": UNIT_COLUMNS,
        "labels": UNIT_LABELS,
        "required": UNIT_REQUIRED,
        "roles": (Role.ADMINISTRATOR,),
        # Each row is checked against the units the uploader administers.
        "province_wide": False,
    },
}


class ImportLink(NamedTuple):
    kind: str
    title: Any


@require_GET
@staff_required
def home(request: HttpRequest) -> HttpResponse:
    memberships = (
        Membership.objects.valid_on(timezone.localdate())
        .filter(user=request.user)
        .select_related("unit", "agency", "agency__unit")
    )
    access = request_access(request)
    imports = [
        ImportLink(kind, spec["title"])
        for kind, spec in IMPORT_KINDS.items()
        if _may_import(access, spec)
    ]
    today = timezone.localdate()
    due = due_soon_for(access, today)
    # Officers who handle dossiers start their day from their trays.
    handles = access.is_superuser or access.has_any_role(*HANDLING_ROLES)
    inbox = officer_inbox(access=access, user=request.user, tab="process") if handles else None
    return render(
        request,
        "dashboard/home.html",
        {
            "memberships": memberships,
            "imports": imports,
            "due": due.count(),
            "overdue": due.filter(due_on__lt=today).count(),
            "inbox": inbox,
        },
    )


@require_GET
@staff_required
def unit_tree_view(request: HttpRequest) -> HttpResponse:
    """The organisation tree as it stood on any date, with each historic unit's successors."""
    typed = request.GET.get("on", "")
    on = dates.parse_date(typed) if typed else None
    if typed and on is None:
        messages.error(request, dates.INVALID_DATE)
    day = on or timezone.localdate()
    rows = unit_tree_rows(on=day)
    if request.GET.get("format"):
        return table_response(
            name=f"units-{day}",
            fmt=request.GET["format"],
            headers=[
                _("Level"),
                _("Unit"),
                _("Code"),
                _("Kind"),
                _("Valid from"),
                _("Valid to"),
                _("Became"),
            ],
            rows=[
                (
                    row.depth,
                    row.unit.name,
                    row.unit.code,
                    row.unit.get_kind_display(),
                    row.unit.valid_from,
                    row.unit.valid_to,
                    ", ".join(row.successors),
                )
                for row in rows
            ],
        )
    return render(request, "dashboard/unit_tree.html", {"rows": rows, "day": day})


@require_GET
@staff_required
def publication(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    problems = publication_problems(on=today)
    if request.GET.get("format"):
        return table_response(
            name=f"publication-check-{today}",
            fmt=request.GET["format"],
            headers=[_("Procedure code"), _("Procedure"), _("Problem"), _("Detail"), _("Since")],
            rows=[
                (p.procedure_code, p.procedure_name, p.label, p.detail, p.since) for p in problems
            ],
        )
    return render(request, "dashboard/publication.html", {"problems": problems, "today": today})


def _may_import(access: Access, spec: dict[str, Any]) -> bool:
    if spec["province_wide"]:
        return access.has_top_role(*spec["roles"])
    return access.has_any_role(*spec["roles"])


def _import_spec(request: HttpRequest, kind: str) -> dict[str, Any]:
    spec = IMPORT_KINDS.get(kind)
    if spec is None:
        raise Http404
    if not _may_import(request_access(request), spec):
        raise PermissionDenied(_("Only administrators may import this list."))
    return spec


@require_http_methods(["GET", "POST"])
@staff_required
def import_start(request: HttpRequest, kind: str) -> HttpResponse:
    spec = _import_spec(request, kind)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = import_job_create(
            kind=kind, filename=upload.name, data=upload.read(), user=request.user
        )
        return redirect("dashboard:import_status", public_id=job.public_id)
    jobs = ImportJob.objects.filter(kind=kind, created_by_id=request.user.pk).defer("data")[:10]
    return render(
        request,
        "dashboard/import_start.html",
        {"form": form, "kind": kind, "spec": spec, "jobs": jobs},
    )


def _own_job(request: HttpRequest, public_id: str) -> ImportJob:
    job = ImportJob.objects.defer("data").filter(public_id=public_id).first()
    user: Any = request.user
    if job is None or (job.created_by_id != user.pk and not user.is_superuser):
        raise Http404
    return job


@require_GET
@staff_required
def import_status(request: HttpRequest, public_id: str) -> HttpResponse:
    job = _own_job(request, public_id)
    context = {"job": job, "spec": IMPORT_KINDS[job.kind]}
    if getattr(request, "htmx", False):
        # htmx stops polling when it gets 286; the live region keeps its element, so screen
        # readers announce each change.
        status = HTMX_STOP_POLLING if job.finished else 200
        return render(request, "dashboard/_import_progress.html", context, status=status)
    return render(request, "dashboard/import_status.html", context)


@require_POST
@staff_required
def import_confirm(request: HttpRequest, public_id: str) -> HttpResponse:
    job = _own_job(request, public_id)
    _import_spec(request, job.kind)  # the uploader must still hold the role
    if request.POST.get("action") == "cancel":
        import_job_cancel(job=job)
    else:
        import_job_confirm(job=job)
    return redirect("dashboard:import_status", public_id=job.public_id)


@require_GET
@staff_required
def import_template(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    spec = _import_spec(request, kind)
    headers = [f"{spec['labels'][key][1]} ({key})" for key in spec["columns"]]
    if fmt == "xlsx":
        return xlsx_response(
            name=f"motcua-{kind}-template",
            workbook=import_template_workbook(
                kind=kind, headers=headers, guide=_template_guide(kind, spec)
            ),
        )
    return table_response(name=f"motcua-{kind}-template", fmt=fmt, headers=headers, rows=[])


def _template_guide(kind: str, spec: dict[str, Any]) -> list[list[Any]]:
    """One line per column: header, what it holds, required or not, an example."""
    if kind == "procedures":
        example = dict(zip(spec["columns"], procedure_template_rows()[1], strict=True))
    else:
        example = UNIT_EXAMPLE
    return [
        [
            f"{spec['labels'][key][1]} ({key})",
            str(spec["labels"][key][0]),
            _("required") if key in spec["required"] else "",
            str(example.get(key, "")),
        ]
        for key in spec["columns"]
    ]
