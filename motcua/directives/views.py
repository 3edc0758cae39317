"""Staff pages for directives: the list, the consolidation of the units' reports and its
exports, the unit's task queue with its report form, each assignment's report history, and
the coordinating office's queue of difficulties waiting for guidance. The draft editor is
in `editor.py`.

Who may do what, and every read of more than one row, is decided by
`motcua.directives.selectors`; every write goes through `motcua.directives.services`.
"""

from __future__ import annotations

import secrets
import uuid
from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.core.charts import bar_chart
from motcua.core.exports import DOCX, table_response
from motcua.directives import selectors, services
from motcua.directives.forms import ReportForm
from motcua.directives.models import (
    Assignment,
    Difficulty,
    Directive,
    DirectiveStatus,
    Evidence,
)
from motcua.directives.report import consolidated_docx
from motcua.directives.selectors import Consolidation, Filters, date_text
from motcua.directives.services import DirectiveError
from motcua.directives.uploads import file_response, uploads
from motcua.orgs.access import Access, request_access, staff_required


def directive_or_404(request: HttpRequest, pk: int) -> Directive:
    """A directive the user may know of: a draft only for those who may issue it."""
    directive = Directive.objects.select_related("issuer").filter(pk=pk).first()
    if directive is None:
        raise Http404
    if directive.status == DirectiveStatus.DRAFT and not selectors.may_issue(
        request_access(request), directive.issuer_id
    ):
        raise Http404
    return directive


def _consolidated_or_403(request: HttpRequest, directive: Directive) -> Directive:
    if directive.status != DirectiveStatus.ISSUED:
        raise Http404
    if not selectors.may_consolidate(request_access(request), directive):
        raise PermissionDenied(_("Only the issuing unit follows this directive's progress."))
    return directive


def _file_name(directive: Directive) -> str:
    return slugify(directive.number.replace("/", "-")) or str(directive.pk)


# --- the list ----------------------------------------------------------------------------


@require_GET
@staff_required
def directive_list(request: HttpRequest) -> HttpResponse:
    listing = selectors.directive_list_for(
        request_access(request),
        page_number=request.GET.get("page"),
        today=timezone.localdate(),
    )
    return render(request, "directives/list.html", {"listing": listing})


@require_GET
# `staff_required` is typed for HttpResponse; a file is streamed.
@staff_required  # type: ignore[arg-type]
def directive_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    """An attachment, for those who issue or follow the directive and the units it tasks."""
    directive = directive_or_404(request, pk)
    access = request_access(request)
    if not (
        selectors.may_issue(access, directive.issuer_id)
        or selectors.may_consolidate(access, directive)
        or selectors.assignments_for(access).filter(task__directive=directive).exists()
    ):
        raise PermissionDenied(_("This directive is not addressed to your units."))
    attachment = directive.attachments.filter(pk=attachment_pk).first()
    if attachment is None:
        raise Http404
    return file_response(attachment.file, attachment.name, attachment.content_type)


# --- consolidation -----------------------------------------------------------------------


def _status_table(name: str, fmt: str, consolidation: Consolidation) -> HttpResponse:
    """The status table as shown, dates written dd/mm/yyyy, and who sent the last report
    by name and post."""
    reporters = selectors.last_reporters(consolidation.directive)
    headers = [
        _("Item no."),
        _("Task"),
        _("Agency or unit"),
        _("Period from"),
        _("Period to"),
        _("Deadline for completion"),
        _("Status"),
        _("Progress (per cent)"),
        _("Standing"),
        _("Last report"),
        _("Last report by"),
    ]
    rows = [
        (
            block.task.number,
            block.task.title,
            line.organisation,
            date_text(line.assignment.period_start),
            date_text(line.assignment.period_end),
            date_text(line.assignment.due_on),
            line.assignment.get_status_display(),
            line.assignment.progress,
            line.standing.label,
            timezone.localtime(line.assignment.reported_at).strftime("%d/%m/%Y %H:%M")
            if line.assignment.reported_at
            else "",
            reporters.get(line.assignment.pk, ""),
        )
        for block in consolidation.tasks
        for line in block.lines
    ]
    return table_response(name=name, fmt=fmt, headers=headers, rows=rows)


def _progress_chart(consolidation: Consolidation, today: Any) -> Any:
    """One task chosen: its organisations' progress; else each task's progress."""
    if len(consolidation.tasks) == 1:
        block = consolidation.tasks[0]
        by_organisation: dict[str, list[Assignment]] = defaultdict(list)
        for line in block.lines:
            by_organisation[line.organisation].append(line.assignment)
        return bar_chart(
            (
                (name, selectors.task_rollup(group, today).percent)
                for name, group in by_organisation.items()
            ),
            target=100,
            title=_("Task %(number)s: progress by organisation (per cent)")
            % {"number": block.task.number},
        )
    return bar_chart(
        ((f"{b.task.number}. {b.task.title}", b.rollup.percent) for b in consolidation.tasks),
        target=100,
        title=_("Progress by task (per cent)"),
    )


@require_GET
@staff_required
def directive_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The consolidation: overall progress, each task's organisations with their standing,
    a chart, the units with overdue tasks and the open difficulties; filters by task,
    standing and unit; the status table as XLSX or CSV."""
    directive = directive_or_404(request, pk)
    if directive.status == DirectiveStatus.DRAFT:
        return redirect("directives:directive_edit", pk=directive.pk)
    _consolidated_or_403(request, directive)
    today, soon = selectors.today_and_soon()
    filters = Filters(**{key: request.GET.get(key, "") for key in ("task", "standing", "unit")})
    consolidation = selectors.directive_consolidation(
        request_access(request), directive, filters=filters, today=today, soon=soon
    )
    if request.GET.get("format"):
        name = f"tien-do-{_file_name(directive)}"
        return _status_table(name, request.GET["format"], consolidation)
    return render(
        request,
        "directives/detail.html",
        {"c": consolidation, "chart": _progress_chart(consolidation, today)},
    )


@require_GET
@staff_required
def directive_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The consolidated report in the administrative layout (DOCX)."""
    directive = _consolidated_or_403(request, directive_or_404(request, pk))
    response = HttpResponse(consolidated_docx(directive, timezone.localdate()), content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-{_file_name(directive)}.docx"'
    return response


# --- the unit's tasks, reports and their history ------------------------------------------------


@require_GET
@staff_required
def task_queue(request: HttpRequest) -> HttpResponse:
    """The tasks the user's units answer for: overdue first, then due soon, then the rest;
    or, with `show=done`, those done, latest first."""
    today, soon = selectors.today_and_soon()
    queue = selectors.task_queue_for(
        request_access(request),
        show="done" if request.GET.get("show") == "done" else "todo",
        page_number=request.GET.get("page"),
        today=today,
        soon=soon,
    )
    return render(request, "directives/tasks.html", {"queue": queue})


def _assignment_or_404(pk: int) -> Assignment:
    assignment = (
        selectors.with_first_report(
            Assignment.objects.filter(task__directive__status=DirectiveStatus.ISSUED)
        )
        .select_related("task__directive__issuer")
        .filter(pk=pk)
        .first()
    )
    if assignment is None:
        raise Http404
    return assignment


def _may_read(access: Access, assignment: Assignment) -> bool:
    """Those who follow the directive, and the staff of the organisation assigned."""
    return (
        selectors.may_consolidate(access, assignment.task.directive)
        or selectors.may_report(access, assignment)
        or selectors.assignments_for(access).filter(pk=assignment.pk).exists()
    )


@require_GET
@staff_required
def task_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Every report on one assignment, with its evidence, and the difficulties raised with
    their threads: the unit replies here, the coordinating office answers."""
    assignment = _assignment_or_404(pk)
    access = request_access(request)
    if not _may_read(access, assignment):
        raise PermissionDenied(_("This task is not for your units."))
    today, soon = selectors.today_and_soon()
    history = selectors.assignment_history(access, assignment, today=today, soon=soon)
    return render(request, "directives/task.html", {"h": history})


@require_http_methods(["GET", "POST"])
@staff_required
def task_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The unit's report on an assignment, with evidence files. The hidden key made with the
    form makes a double submit one report."""
    assignment = _assignment_or_404(pk)
    if not selectors.may_report(request_access(request), assignment):
        raise PermissionDenied(_("Only the unit assigned reports on this task."))
    problems: list[str] = []
    files: list[tuple[str, bytes]] = []
    if request.method == "POST":
        form = ReportForm(request.POST)
        files = uploads(request, "evidence")
        if form.is_valid():
            try:
                _report_submit(request, assignment, form.cleaned_data, files)
            except DirectiveError as error:
                problems = error.messages
            else:
                messages.success(request, _("Report sent."))
                return redirect("directives:directive_task", pk=assignment.pk)
    else:
        initial = {"status": assignment.status, "progress": assignment.progress}
        form = ReportForm(initial={**initial, "client_key": secrets.token_urlsafe(16)})
    context = {
        "assignment": assignment,
        "organisation": assignment.organisation.name,
        "form": form,
        "problems": problems,
        "files_dropped": bool(files),
        "accept": ",".join(f".{kind}" for kind in services.EVIDENCE_TYPES),
        "max_files": services.MAX_FILES,
    }
    return render(request, "directives/report_form.html", context)


def _report_submit(
    request: HttpRequest,
    assignment: Assignment,
    data: dict[str, Any],
    files: list[tuple[str, bytes]],
) -> None:
    services.report_submit(
        assignment=assignment,
        actor=request.user,
        status=data["status"],
        progress=data["progress"],
        narrative=data["narrative"],
        difficulties=data["difficulties"].splitlines(),
        files=files,
        client_key=f"{assignment.pk}:{request.user.pk}:{data['client_key']}",
    )


@require_GET
# `staff_required` is typed for HttpResponse; a file is streamed.
@staff_required  # type: ignore[arg-type]
def evidence_download(request: HttpRequest, public_id: uuid.UUID) -> FileResponse:
    """An evidence file, by its random id, for the unit that sent it and those who follow
    the directive."""
    evidence = (
        Evidence.objects.select_related(
            "report__assignment__task__directive", "report__assignment__unit"
        )
        .filter(public_id=public_id)
        .first()
    )
    if evidence is None:
        raise Http404
    if not _may_read(request_access(request), evidence.report.assignment):
        raise PermissionDenied(_("This task is not for your units."))
    return file_response(evidence.file, evidence.name, evidence.content_type)


# --- difficulties ------------------------------------------------------------------------


@require_GET
@staff_required
def difficulty_queue(request: HttpRequest) -> HttpResponse:
    """Difficulties waiting for guidance, oldest first, for directives the user follows;
    supervisors read them, the issuing unit's office answers."""
    queue = selectors.difficulty_queue_for(
        request_access(request), page_number=request.GET.get("page")
    )
    return render(request, "directives/difficulties.html", {"queue": queue})


@require_POST
@staff_required
def difficulty_message(request: HttpRequest, pk: int) -> HttpResponse:
    """The office's answer (which may close the difficulty), or the unit's reply (which puts
    it back in the office's queue)."""
    difficulty = (
        Difficulty.objects.select_related("assignment__task__directive", "assignment__unit")
        .filter(pk=pk, assignment__task__directive__status=DirectiveStatus.ISSUED)
        .first()
    )
    if difficulty is None:
        raise Http404
    access = request_access(request)
    assignment = difficulty.assignment
    side = request.POST.get("side")
    if side == "office":
        if not selectors.may_issue(access, assignment.task.directive.issuer_id):
            raise PermissionDenied(_("Only the issuing unit's office answers difficulties."))
    elif side != "unit" or not selectors.may_report(access, assignment):
        raise PermissionDenied(_("Only the unit assigned reports on this task."))
    try:
        services.difficulty_message(
            difficulty=difficulty,
            actor=request.user,
            text=request.POST.get("text", ""),
            from_office=side == "office",
            close=request.POST.get("action") == "close",
        )
    except DirectiveError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Message sent."))
    if request.POST.get("back") == "queue":
        return redirect("directives:directive_difficulties")
    task_url = reverse("directives:directive_task", kwargs={"pk": assignment.pk})
    return redirect(f"{task_url}#d{difficulty.pk}")
