"""Staff pages for dossiers: queues and search, intake at the counter, the dossier page with
its actions, the slips (HTML and DOCX) and the tracking book."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.catalogue.models import Procedure
from motcua.catalogue.selectors import procedure_search
from motcua.core.exports import DOCX, table_response
from motcua.core.identity import phone_mask
from motcua.core.services import audit_record
from motcua.dossiers.forms import ActionForm, BookForm, IntakeForm, StepsForm
from motcua.dossiers.models import Dossier, SupplementKind
from motcua.dossiers.selectors import (
    QUEUES,
    RECEIVING_ROLES,
    dossier_for_staff,
    dossier_holds_step,
    dossier_may_act,
    dossier_queue,
)
from motcua.dossiers.services import (
    DossierError,
    dossier_apologise,
    dossier_hand_over,
    dossier_receive,
    dossier_request_supplement,
    dossier_return,
    dossier_steps_plan,
    dossier_supplement_received,
    dossier_transition,
    supplement_kind_next,
)
from motcua.dossiers.slips import (
    SLIP_KINDS,
    form_number,
    rating_path,
    slip_build,
    slip_docx,
)
from motcua.dossiers.states import ACTIONS_BY_NAME, FINISHED, State, actions_available
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import Agency

PAGE_SIZE = 50


def _dossier_or_404(request: HttpRequest, code: str) -> Dossier:
    dossier = dossier_for_staff(code=code, access=request_access(request))
    if dossier is None:
        raise Http404
    audit_record(
        actor=request.user, action="dossier.view", object_type="dossier", object_id=dossier.code
    )
    return dossier


def _agencies(access: Access) -> QuerySet[Agency]:
    """Agencies in force where the user receives dossiers: units they may change and in
    which they are a counter officer or the head."""
    agencies = access.changeable(Agency.objects.valid_on(timezone.localdate()))
    unit_ids = {a.unit_id for a in agencies if access.has_role(a.unit_id, *RECEIVING_ROLES)}
    return (
        Agency.objects.filter(pk__in=[a.pk for a in agencies if a.unit_id in unit_ids])
        .select_related("unit")
        .order_by("unit__code", "name")
    )


@require_GET
@staff_required
def dossier_list(request: HttpRequest) -> HttpResponse:
    """My queue, due in the next two working days, overdue, or all; with a search box."""
    queue = request.GET.get("queue", "mine")
    if queue not in QUEUES:
        queue = "mine"
    query = request.GET.get("q", "")
    dossiers = dossier_queue(
        access=request_access(request), user=request.user, queue=queue, query=query
    )
    if request.GET.get("format"):
        audit_record(
            actor=request.user,
            action="dossier.export",
            object_type="dossier",
            object_id="",
            detail={"queue": queue, "q": query[:100], "format": request.GET["format"][:8]},
        )
        return table_response(
            name=f"dossiers-{queue}-{timezone.localdate()}",
            fmt=request.GET["format"],
            headers=_list_headers(),
            rows=(_list_row(d) for d in dossiers[:50_000]),
        )
    page = Paginator(dossiers, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    return render(
        request,
        "dossiers/list.html",
        {
            "page": page,
            "rows": [
                (
                    d,
                    phone_mask(d.applicant_phone),
                    d.is_overdue(today),
                )
                for d in page.object_list
            ],
            "queue": queue,
            "queues": _queue_labels(),
            "query": query,
        },
    )


def _queue_labels() -> list[tuple[str, str]]:
    return [
        ("mine", _("My queue")),
        ("due_soon", _("Due in the next 2 working days")),
        ("overdue", _("Overdue")),
        ("all", _("All")),
    ]


def _list_headers() -> list[str]:
    return [
        _("Dossier code"),
        _("Procedure"),
        _("Applicant"),
        _("Phone"),
        _("Received"),
        _("Due date"),
        _("Status"),
    ]


def _list_row(d: Any) -> list[Any]:
    return [
        d.code,
        d.procedure.name,
        d.applicant_name,
        phone_mask(d.applicant_phone),
        timezone.localtime(d.received_at).replace(tzinfo=None),
        d.effective_due,
        d.get_state_display(),
    ]


@require_GET
@staff_required
def intake_choose(request: HttpRequest) -> HttpResponse:
    """Intake step 1: find the procedure (the same accent-insensitive search as the portal)."""
    access = request_access(request)
    if not _agencies(access).exists():
        raise PermissionDenied(_("You cannot receive dossiers in any unit."))
    query = request.GET.get("q", "")
    results = procedure_search(query=query[:200])[:30] if query.strip() else []
    return render(request, "dossiers/intake_choose.html", {"query": query, "results": results})


@require_http_methods(["GET", "POST"])
@staff_required
def intake(request: HttpRequest, procedure_code: str) -> HttpResponse:
    """Intake step 2: tick the published papers handed in; the outcome (receipt, supplement
    request or refusal) follows from them. A hidden client key makes a double submit safe."""
    procedure = Procedure.objects.public().filter(code=procedure_code).first()
    if procedure is None:
        raise Http404
    agencies = list(_agencies(request_access(request)))
    if not agencies:
        raise PermissionDenied(_("You cannot receive dossiers in any unit."))
    form = IntakeForm(
        request.POST or None,
        procedure=procedure,
        agencies=Agency.objects.filter(pk__in=[a.pk for a in agencies]),
        initial={"client_key": uuid.uuid4().hex},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            dossier = dossier_receive(
                procedure=procedure,
                agency=data["agency"],
                actor=request.user,
                applicant_name=data["applicant_name"],
                applicant_kind=data["applicant_kind"],
                applicant_phone=data["applicant_phone"],
                applicant_id_number=data["applicant_id_number"],
                applicant_address=data["applicant_address"],
                channel=data["channel"],
                received_at=data["received_at"],
                submitted=data["components"],
                missing_reason=data["missing_reason"],
                refusal_reason=data["refusal_reason"],
                flags=data["flags"],
                client_key=f"intake:{request.user.pk}:{data['client_key']}",
            )
        except DossierError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Dossier %(code)s recorded.") % {"code": dossier.code})
            return redirect("dossiers:dossier_detail", code=dossier.code)
    return render(request, "dossiers/intake.html", {"form": form, "procedure": procedure})


@require_GET
@staff_required
def dossier_detail(request: HttpRequest, code: str) -> HttpResponse:
    """The dossier with its timeline, steps, slips and the actions its state allows; reading
    it is audited (it holds personal data)."""
    dossier = _dossier_or_404(request, code)
    access = request_access(request)
    may_act = dossier_may_act(access=access, dossier=dossier)
    return render(
        request,
        "dossiers/detail.html",
        {
            "dossier": dossier,
            "slips": _slips_available(dossier),
            "actions": _actions_for(access, dossier),
            "action_form": ActionForm(procedure=dossier.procedure),
            "steps_form": StepsForm(agencies=Agency.objects.valid_on(timezone.localdate()))
            if may_act and dossier.state in (State.RECEIVED, State.PROCESSING)
            else None,
            "phone": phone_mask(dossier.applicant_phone),
            "rate_url": rating_path(dossier) if dossier.state in FINISHED else "",
        },
    )


def _actions_for(access: Access, dossier: Dossier) -> list[tuple[str, str]]:
    """What this user may do now: a handling role gets every action the state allows; an
    agency holding a step gets the hand-over only."""
    if dossier_may_act(access=access, dossier=dossier):
        return _actions_available(dossier)
    if dossier_holds_step(access=access, dossier=dossier):
        return [(n, label) for n, label in _actions_available(dossier) if n == "hand_over"]
    return []


def _slips_available(dossier: Dossier) -> list[tuple[str, str]]:
    events = {e.to_state for e in dossier.events.all() if not e.refused}
    present = {
        "receipt": dossier.due_date is not None,
        "supplement": dossier.supplements.exists(),
        "refusal": State.REFUSED in events,
        "apology": dossier.new_due_date is not None,
        "stop": State.STOPPED in events,
        "control": bool(dossier.steps.all()),
    }
    titles = {
        "receipt": _("Receipt and appointment"),
        "supplement": _("Supplement request"),
        "refusal": _("Refusal"),
        "apology": _("Apology and new appointment"),
        "stop": _("Notice of stopping processing"),
        "control": _("Control sheet"),
    }
    numbers = {kind: form_number(dossier, kind) for kind in SLIP_KINDS if present[kind]}
    return [(kind, f"{titles[kind]} ({number})") for kind, number in numbers.items() if number]


def _actions_available(dossier: Dossier) -> list[tuple[str, str]]:
    """`states.ACTIONS` whose guard holds; a supplement request that would break the
    once-only rule says so on its button."""
    offered = []
    for action in actions_available(dossier):
        label = str(action.label)
        if action.name == "supplement" and supplement_kind_next(dossier) == SupplementKind.FURTHER:
            label = str(
                _("Request a further supplement (breaks the once-only rule; counts as late)")
            )
        offered.append((action.name, label))
    return offered


@require_POST
@staff_required
def dossier_act(request: HttpRequest, code: str) -> HttpResponse:
    """Every change from the dossier page goes through the dossier services; a refusal by
    the rules comes back as a message naming the rule."""
    dossier = _dossier_or_404(request, code)
    actions = dict(_actions_for(request_access(request), dossier))
    if not actions:
        raise PermissionDenied(_("You may only read this dossier."))
    form = ActionForm(request.POST, procedure=dossier.procedure)
    if not form.is_valid():
        messages.error(request, _("The action could not be read; try again."))
        return redirect("dossiers:dossier_detail", code=dossier.code)
    if form.cleaned_data["action"] not in actions:
        messages.error(request, _("This action is not possible for the dossier now."))
        return redirect("dossiers:dossier_detail", code=dossier.code)
    data, user = form.cleaned_data, request.user
    action = data["action"]
    try:
        target = ACTIONS_BY_NAME[action].target
        if action == "supplement":
            dossier_request_supplement(
                dossier=dossier, actor=user, components=data["components"], reason=data["note"]
            )
        elif action == "supplement_received":
            dossier_supplement_received(dossier=dossier, actor=user)
        elif action == "apologise":
            if data["new_due_date"] is None:
                raise DossierError(_("Give the new appointment date."))
            dossier_apologise(
                dossier=dossier, actor=user, new_due_date=data["new_due_date"], reason=data["note"]
            )
        elif action == "hand_over":
            dossier_hand_over(dossier=dossier, actor=user, result=data["note"])
        elif action == "return":
            dossier_return(dossier=dossier, actor=user, in_person=data["in_person"])
        elif isinstance(target, str):
            dossier_transition(dossier=dossier, actor=user, to=target, note=data["note"])
    except DossierError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done."))
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
    receiving unit over a period, as XLSX; phone numbers masked."""
    access = request_access(request)
    agencies = access.visible(Agency.objects.all().select_related("unit"))
    form = BookForm(request.GET or None, agencies=agencies)
    if not request.GET or not form.is_valid():
        return render(request, "dossiers/book.html", {"form": form})
    agency, start, end = (form.cleaned_data[k] for k in ("agency", "start", "end"))
    dossiers = (
        Dossier.objects.filter(
            agency=agency,
            received_at__date__gte=start,
            received_at__date__lte=end,
        )
        .select_related("procedure")
        .order_by("received_at", "code")
    )
    audit_record(
        actor=request.user,
        action="dossier.book_export",
        object_type="agency",
        object_id=agency.identifier,
        detail={"from": str(start), "to": str(end)},
    )
    return table_response(
        name=f"so-theo-doi-{agency.identifier}-{start}-{end}",
        fmt="xlsx",
        headers=[
            _("No."),
            _("Dossier code"),
            _("Procedure"),
            _("Applicant"),
            _("Phone"),
            _("Address"),
            _("Received"),
            _("Due date"),
            _("New appointment"),
            _("Finished"),
            _("Result returned"),
            _("Status"),
            _("Timeliness"),
            _("Notes"),
        ],
        rows=(
            [
                number,
                d.code,
                d.procedure.name,
                d.applicant_name,
                phone_mask(d.applicant_phone),
                d.applicant_address,
                _local(d.received_at),
                d.due_date,
                d.new_due_date,
                _local(d.finished_at),
                _local(d.returned_at),
                d.get_state_display(),
                d.get_timeliness_display() if d.timeliness else "",
                "",
            ]
            for number, d in enumerate(dossiers.iterator(chunk_size=2000), start=1)
        ),
    )


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value).replace(tzinfo=None) if value else None
