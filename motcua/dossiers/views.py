"""Staff pages for dossiers: queues and search, the officer's inbox and the head's view of
who holds what, intake at the counter, the dossier page with its actions, the slips (HTML
and DOCX) and the tracking book. Each view reads its input, calls one selector or service
and renders what it returns."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.catalogue.models import Procedure
from motcua.catalogue.selectors import procedure_search
from motcua.core.exports import DOCX, table_response, xlsx_response
from motcua.core.identity import phone_mask
from motcua.core.services import audit_record
from motcua.dossiers.book import tracking_book_workbook
from motcua.dossiers.forms import ActionForm, BookForm, IntakeForm, StepsForm
from motcua.dossiers.inbox import (
    dossier_queue_page,
    head_may_see_workload,
    officer_inbox,
    unit_workload,
)
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import (
    QUEUES,
    dossier_for_staff,
    dossier_may_act,
    dossier_queue,
    own_agency,
    receiving_agencies,
)
from motcua.dossiers.services import DossierError, dossier_receive, dossier_steps_plan
from motcua.dossiers.slips import SLIP_KINDS, slip_build, slip_docx
from motcua.dossiers.workspace import dossier_may_handle, dossier_page, dossier_perform
from motcua.orgs.access import request_access, staff_required
from motcua.orgs.models import Agency


def _dossier_or_404(request: HttpRequest, code: str) -> Dossier:
    dossier = dossier_for_staff(code=code, access=request_access(request))
    if dossier is None:
        raise Http404
    audit_record(
        actor=request.user, action="dossier.view", object_type="dossier", object_id=dossier.code
    )
    return dossier


@require_GET
@staff_required
def dossier_list(request: HttpRequest) -> HttpResponse:
    """My queue, due in the next two working days, overdue, or all; with a search box."""
    queue, query = request.GET.get("queue", "mine"), request.GET.get("q", "")
    queue = queue if queue in QUEUES else "mine"
    if request.GET.get("format"):
        return _list_export(request, queue, query, request.GET["format"][:8])
    listing = dossier_queue_page(
        access=request_access(request),
        user=request.user,
        queue=queue,
        query=query,
        page=request.GET.get("page"),
    )
    return render(request, "dossiers/list.html", {"listing": listing})


def _list_export(request: HttpRequest, queue: str, query: str, fmt: str) -> HttpResponse:
    audit_record(
        actor=request.user,
        action="dossier.export",
        object_type="dossier",
        object_id="",
        detail={"queue": queue, "q": query[:100], "format": fmt},
    )
    dossiers = dossier_queue(
        access=request_access(request), user=request.user, queue=queue, query=query
    )
    return table_response(
        name=f"dossiers-{queue}-{timezone.localdate()}",
        fmt=fmt,
        headers=[
            _("Dossier code"),
            _("Procedure"),
            _("Applicant"),
            _("Phone"),
            _("Received"),
            _("Due date"),
            _("Status"),
        ],
        rows=(
            [
                d.code,
                d.procedure.name,
                d.applicant_name,
                phone_mask(d.applicant_phone),
                timezone.localtime(d.received_at).replace(tzinfo=None),
                getattr(d, "effective_due", None),
                d.get_state_display(),
            ]
            for d in dossiers[:50_000]
        ),
    )


@require_GET
@staff_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The officer's trays: to process, to sign (heads), results to return at the counter."""
    trays = officer_inbox(
        access=request_access(request), user=request.user, tab=request.GET.get("tab", "")
    )
    return render(request, "dossiers/inbox.html", {"inbox": trays})


@require_GET
@staff_required
def workload(request: HttpRequest) -> HttpResponse:
    """For the unit head: who holds which dossiers, since when, and how many are late."""
    access = request_access(request)
    if not head_may_see_workload(access=access):
        raise PermissionDenied(_("Only the head of a unit sees who holds its dossiers."))
    return render(request, "dossiers/workload.html", {"workload": unit_workload(access=access)})


@require_GET
@staff_required
def intake_choose(request: HttpRequest) -> HttpResponse:
    """Intake step 1: find the procedure (the same accent-insensitive search as the portal)."""
    if not receiving_agencies(request_access(request)):
        raise PermissionDenied(_("You cannot receive dossiers in any unit."))
    query = request.GET.get("q", "")
    results = procedure_search(query=query[:200])[:30] if query.strip() else []
    return render(request, "dossiers/intake_choose.html", {"query": query, "results": results})


def _intake_form(request: HttpRequest, procedure: Procedure) -> IntakeForm:
    access = request_access(request)
    agencies = receiving_agencies(access)
    if not agencies:
        raise PermissionDenied(_("You cannot receive dossiers in any unit."))
    post = request.POST if request.method == "POST" else None
    going_back = post is not None and post.get("outcome") == "edit"
    initial: dict[str, Any] = {"client_key": uuid.uuid4().hex}
    if post is not None and going_back:
        initial = {**post.dict(), "components": post.getlist("components")}
        initial["flags"] = post.getlist("flags")
    return IntakeForm(
        None if going_back else post,
        procedure=procedure,
        agencies=Agency.objects.filter(pk__in=[a.pk for a in agencies]),
        own_agency=own_agency(access, agencies),
        initial=initial,
    )


@require_http_methods(["GET", "POST"])
@staff_required
def intake(request: HttpRequest, procedure_code: str) -> HttpResponse:
    """Intake step 2: tick the papers handed in and press one of three outcomes: accept and
    give the appointment, request a supplement (confirmed on a second page that lists the
    missing papers, then printed), or refuse. A hidden client key makes a retry safe."""
    procedure = Procedure.objects.public().filter(code=procedure_code).first()
    if procedure is None:
        raise Http404
    form = _intake_form(request, procedure)
    if not form.is_bound or not form.is_valid():
        return render(request, "dossiers/intake.html", {"form": form, "procedure": procedure})
    outcome = form.cleaned_data["outcome"]
    if outcome == "supplement" and not form.cleaned_data["confirmed"]:
        context = {"form": form, "procedure": procedure, "missing": form.missing_papers()}
        return render(request, "dossiers/intake_confirm.html", context)
    key = f"intake:{request.user.pk}:{form.cleaned_data['client_key']}"
    try:
        dossier = dossier_receive(
            procedure=procedure, actor=request.user, client_key=key, **form.receive_arguments()
        )
    except DossierError as error:
        form.add_error(None, error)
        return render(request, "dossiers/intake.html", {"form": form, "procedure": procedure})
    messages.success(request, _("Dossier %(code)s recorded.") % {"code": dossier.code})
    if outcome == "supplement":
        return redirect("dossiers:dossier_slip", code=dossier.code, kind="supplement")
    return redirect("dossiers:dossier_detail", code=dossier.code)


@require_GET
@staff_required
def dossier_detail(request: HttpRequest, code: str) -> HttpResponse:
    """The dossier with its timeline, steps, slips and one button per action this officer
    may take now; reading it is audited (it holds personal data)."""
    dossier = _dossier_or_404(request, code)
    page = dossier_page(access=request_access(request), dossier=dossier)
    steps_form = (
        StepsForm(agencies=Agency.objects.valid_on(timezone.localdate())) if page.may_plan else None
    )
    return render(request, "dossiers/detail.html", {"page": page, "steps_form": steps_form})


@require_POST
@staff_required
def dossier_act(request: HttpRequest, code: str) -> HttpResponse:
    """One action from the dossier page, through `workspace.dossier_perform`: an action not
    offered, or one the rules refuse, comes back as a message and goes to the audit log."""
    dossier = _dossier_or_404(request, code)
    access = request_access(request)
    if not dossier_may_handle(access=access, dossier=dossier):
        raise PermissionDenied(_("You may only read this dossier."))
    form = ActionForm(request.POST, procedure=dossier.procedure)
    if not form.is_valid():
        # A date that cannot be read says how to write it; the other fields come from the page.
        typed = form.errors.get("new_due_date")
        messages.error(
            request, str(typed[0]) if typed else _("The action could not be read; try again.")
        )
        return redirect("dossiers:dossier_detail", code=dossier.code)
    outcome = dossier_perform(
        access=access,
        dossier=dossier,
        actor=request.user,
        action=form.cleaned_data["action"],
        data=form.cleaned_data,
    )
    (messages.success if outcome.done else messages.error)(request, outcome.message)
    return redirect("dossiers:dossier_detail", code=dossier.code)


@require_POST
@staff_required
def dossier_plan(request: HttpRequest, code: str) -> HttpResponse:
    dossier = _dossier_or_404(request, code)
    if not dossier_may_act(access=request_access(request), dossier=dossier):
        raise PermissionDenied(_("You may only read this dossier."))
    form = StepsForm(request.POST, agencies=Agency.objects.valid_on(timezone.localdate()))
    if form.is_valid():
        try:
            dossier_steps_plan(dossier=dossier, actor=request.user, steps=form.steps())
        except DossierError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The steps are planned."))
    else:
        messages.error(
            request, _("Check the steps: every line needs an agency and a number of days.")
        )
    return redirect("dossiers:dossier_detail", code=dossier.code)


@require_GET
@staff_required
def dossier_slip(request: HttpRequest, code: str, kind: str) -> HttpResponse:
    """An A5 slip to print, or the same slip as DOCX with `?format=docx`."""
    if kind not in SLIP_KINDS:
        raise Http404
    dossier = _dossier_or_404(request, code)
    slip = slip_build(request, dossier, kind)
    if request.GET.get("format") == "docx":
        response = HttpResponse(slip_docx(slip), content_type=DOCX)
        response["Content-Disposition"] = f'attachment; filename="{dossier.code}-{kind}.docx"'
        return response
    return render(request, "dossiers/slip.html", {"slip": slip})


@require_GET
@staff_required
def tracking_book(request: HttpRequest) -> HttpResponse:
    """The tracking book (Circular 01/2018 form 06, Circular 03/2025 form 07) of one
    receiving unit over a period, as XLSX; the officer's unit and the month so far are
    filled in."""
    access = request_access(request)
    agencies = access.visible(Agency.objects.all().select_related("unit"))
    own = own_agency(access, receiving_agencies(access))
    form = BookForm(request.GET or None, agencies=agencies, own_agency=own)
    if not request.GET or not form.is_valid():
        return render(request, "dossiers/book.html", {"form": form})
    agency, start, end = (form.cleaned_data[k] for k in ("agency", "start", "end"))
    audit_record(
        actor=request.user,
        action="dossier.book_export",
        object_type="agency",
        object_id=agency.identifier,
        detail={"from": str(start), "to": str(end)},
    )
    workbook = tracking_book_workbook(agency=agency, start=start, end=end)
    return xlsx_response(name=f"so-theo-doi-{agency.identifier}-{start}-{end}", workbook=workbook)
