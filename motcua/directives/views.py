"""Staff pages for directives: the list, the draft editor and its issue, the consolidation of
the units' reports, the unit's task queue with its report form, each assignment's report
history, and the coordinating office's queue of difficulties waiting for guidance.

Who may do what is decided by `motcua.directives.selectors`; every write goes through
`motcua.directives.services`. Every page works without JavaScript: the draft editor is one
form whose buttons all save the details typed so far before making their own change.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.db.models import Case, F, Min, Q, QuerySet, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.core.charts import bar_chart
from motcua.core.exports import DOCX, table_response
from motcua.core.files import files_problems
from motcua.directives import selectors, services
from motcua.directives.models import (
    Assignment,
    AssignmentStatus,
    Difficulty,
    DifficultyStatus,
    Directive,
    DirectiveStatus,
    Evidence,
    Recurrence,
    Task,
    TaskSource,
)
from motcua.directives.report import consolidated_docx
from motcua.directives.services import DirectiveError, TaskSpec
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.orgs.selectors import unit_descendant_ids
from motcua.workdays.selectors import calendar

PAGE_SIZE = 50
# The words of the consolidated report (`directive_report`), so page and paper agree.
STANDINGS = {
    "overdue": gettext_lazy("Overdue"),
    "due_soon": gettext_lazy("Due soon"),
    "open": gettext_lazy("Not yet due"),
    "done_late": gettext_lazy("Done late"),
    "done": gettext_lazy("Done on time"),
}
REPORT_STANDINGS = {
    "done_late": gettext_lazy("Reported late"),
    "done": gettext_lazy("Reported on time"),
}


def _standing_label(key: str, assignment: Assignment) -> str:
    if assignment.period_start is not None and key in REPORT_STANDINGS:
        return str(REPORT_STANDINGS[key])
    return str(STANDINGS[key])


def _today_and_soon() -> tuple[dt.date, dt.date]:
    """Today, and the last day that counts as "due soon": the day units are reminded."""
    today = timezone.localdate()
    return today, calendar().add_working_days(today, settings.MOTCUA_REMIND_DAYS_BEFORE)


def _issuing_units(access: Access) -> QuerySet[AdministrativeUnit]:
    units = AdministrativeUnit.objects.valid_on(timezone.localdate()).order_by("code")
    if access.is_superuser:
        return units
    return units.filter(
        pk__in=[u for u in access.change_unit_ids if selectors.may_issue(access, u)]
    )


def _directive_or_404(request: HttpRequest, pk: int) -> Directive:
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


def _organisation(assignment: Assignment) -> str:
    return assignment.organisation.name


def _deadline_text(task: Task) -> str:
    if task.recurrence:
        until = (
            task.repeat_until.strftime("%d/%m/%Y")
            if task.repeat_until
            else _("the end of the year")
        )
        return _("%(kind)s, due on day %(day)s of the month after each period, until %(until)s") % {
            "kind": task.get_recurrence_display(),
            "day": task.report_day,
            "until": until,
        }
    if task.deadline:
        return _("By %(date)s") % {"date": task.deadline.strftime("%d/%m/%Y")}
    return _("%(days)s working days after the directive's date") % {"days": task.deadline_days}


def _assignees_text(task: Task) -> str:
    """Whom a draft's task names (prefetch `units` and `agencies`)."""
    names = [_("every commune")] if task.all_communes else []
    names += [unit.name for unit in task.units.all()]
    names += [agency.name for agency in task.agencies.all()]
    return ", ".join(names)


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value).replace(tzinfo=None) if value else None


# --- the list ----------------------------------------------------------------------------


def _visible_directives(access: Access) -> QuerySet[Directive]:
    """Issued directives of the units the user sees; drafts of the units they issue for."""
    directives = Directive.objects.select_related("issuer").order_by(
        F("issued_on").desc(nulls_first=True), "-pk"
    )
    if access.is_superuser:
        return directives
    issuers = [u for u in access.change_unit_ids if selectors.may_issue(access, u)]
    return directives.filter(
        Q(status=DirectiveStatus.ISSUED, issuer_id__in=access.view_unit_ids)
        | Q(status=DirectiveStatus.DRAFT, issuer_id__in=issuers)
    )


def _rollups(directives: list[Directive], today: dt.date) -> dict[int, selectors.Rollup]:
    """Each directive's roll-up as `selectors.directive_overview` computes it, in two queries
    for a whole page of directives."""
    ids = [d.pk for d in directives]
    tasks: dict[int, list[int]] = defaultdict(list)
    for task_id, directive_id in (
        Task.objects.filter(directive_id__in=ids).order_by("number").values_list("pk", "directive")
    ):
        tasks[directive_id].append(task_id)
    by_task: dict[int, list[Assignment]] = defaultdict(list)
    assignments = (
        Assignment.objects.filter(task__directive_id__in=ids)
        .annotate(first_report=Min("reports__submitted_at"))
        .order_by()
    )
    for assignment in assignments:
        by_task[assignment.task_id].append(assignment)
    return {
        directive_id: selectors.directive_rollup(
            [selectors.task_rollup(by_task[t], today) for t in task_ids]
        )
        for directive_id, task_ids in tasks.items()
    }


@require_GET
@staff_required
def directive_list(request: HttpRequest) -> HttpResponse:
    access = request_access(request)
    today = timezone.localdate()
    page = Paginator(_visible_directives(access), PAGE_SIZE).get_page(request.GET.get("page"))
    rollups = _rollups(list(page.object_list), today)
    return render(
        request,
        "directives/list.html",
        {
            "page": page,
            "rows": [(d, rollups.get(d.pk, selectors.Rollup())) for d in page.object_list],
            "may_issue": _issuing_units(access).exists(),
            "tasks_due": _todo(access, today).count(),
            "difficulties": selectors.open_difficulties(access).count(),
        },
    )


# --- drafting and issuing ------------------------------------------------------------------


class DirectiveForm(forms.Form):
    issuer = forms.ModelChoiceField(
        label=gettext_lazy("Issued by"), queryset=AdministrativeUnit.objects.none()
    )
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=500)
    body = forms.CharField(
        label=gettext_lazy("Text"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    signer = forms.CharField(
        label=gettext_lazy("Signed by"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Name and title, as under the signature."),
    )
    recipients = forms.CharField(
        label=gettext_lazy("Recipients"),
        required=False,
        help_text=gettext_lazy("One per line, as printed under “Nơi nhận”."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self, *args: Any, issuers: QuerySet[AdministrativeUnit] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if issuers is None:
            del self.fields["issuer"]
        else:
            self.fields["issuer"].queryset = issuers  # type: ignore[attr-defined]


TIMINGS = [
    ("days", gettext_lazy("A number of working days after the directive's date")),
    ("date", gettext_lazy("By a date")),
    ("recurring", gettext_lazy("A recurring report")),
]


class UnitChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.name


class AgencyChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.issuer_id: int | None = None

    def label_from_instance(self, obj: Any) -> str:
        return obj.name if obj.unit_id == self.issuer_id else f"{obj.name} – {obj.unit.name}"


class TaskForm(forms.Form):
    """One numbered task: what, by when (or how often), and for whom."""

    # The editor is one form whose "save" button must not require a task.
    use_required_attribute = False

    title = forms.CharField(label=gettext_lazy("Task"), max_length=500)
    description = forms.CharField(
        label=gettext_lazy("Details"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    timing = forms.ChoiceField(
        label=gettext_lazy("Deadline"), choices=TIMINGS, initial="days", widget=forms.RadioSelect
    )
    deadline_days = forms.IntegerField(
        label=gettext_lazy("Working days"), min_value=0, max_value=365, required=False
    )
    deadline = forms.DateField(
        label=gettext_lazy("Date"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    recurrence = forms.ChoiceField(
        label=gettext_lazy("Kind of report"),
        required=False,
        choices=[("", "—"), *[(value, label) for value, label in Recurrence.choices if value]],
    )
    report_day = forms.IntegerField(
        label=gettext_lazy("Due on this day of the month after the period"),
        min_value=1,
        max_value=31,
        initial=5,
        required=False,
    )
    repeat_until = forms.DateField(
        label=gettext_lazy("Reports until"),
        required=False,
        help_text=gettext_lazy("Empty: until the end of the year."),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    all_communes = forms.BooleanField(
        label=gettext_lazy("Every commune under the issuing unit"), required=False
    )
    units = UnitChoiceField(
        label=gettext_lazy("Communes"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    agencies = AgencyChoiceField(
        label=gettext_lazy("Agencies"),
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source = forms.ChoiceField(
        label=gettext_lazy("Why this task"), choices=TaskSource.choices, initial=TaskSource.MANUAL
    )
    source_detail = forms.CharField(
        label=gettext_lazy("Finding"),
        max_length=500,
        required=False,
        help_text=gettext_lazy("For example: the survey item or the unit below its target."),
    )
    indicator = forms.CharField(
        label=gettext_lazy("Indicator it should move"), max_length=64, required=False
    )

    def __init__(self, *args: Any, issuer: AdministrativeUnit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        below = unit_descendant_ids([issuer.pk], on=today)
        self.fields["units"].queryset = (  # type: ignore[attr-defined]
            AdministrativeUnit.objects.valid_on(today)
            .filter(pk__in=below - {issuer.pk})
            .order_by("code")
        )
        agencies: Any = self.fields["agencies"]
        agencies.queryset = (
            Agency.objects.valid_on(today)
            .filter(unit_id__in=below)
            .select_related("unit")
            .order_by(Case(When(unit_id=issuer.pk, then=0), default=1), "unit__code", "name")
        )
        agencies.issuer_id = issuer.pk

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        timing = data.get("timing")
        if timing == "days" and data.get("deadline_days") is None:
            self.add_error("deadline_days", _("Give the number of working days."))
        elif timing == "date" and data.get("deadline") is None:
            self.add_error("deadline", _("Give the date."))
        elif timing == "recurring" and not data.get("recurrence"):
            self.add_error("recurrence", _("Choose the kind of report."))
        return data

    def spec(self) -> TaskSpec:
        data, timing = self.cleaned_data, self.cleaned_data["timing"]
        return TaskSpec(
            title=data["title"],
            description=data["description"],
            deadline_days=data["deadline_days"] if timing == "days" else None,
            deadline=data["deadline"] if timing == "date" else None,
            recurrence=data["recurrence"] if timing == "recurring" else "",
            report_day=data["report_day"] or 5,
            repeat_until=data["repeat_until"] if timing == "recurring" else None,
            source=data["source"],
            source_detail=data["source_detail"],
            indicator=data["indicator"],
            all_communes=data["all_communes"],
            units=list(data["units"]),
            agencies=list(data["agencies"]),
        )


class IssueForm(forms.Form):
    use_required_attribute = False
    number = forms.CharField(
        label=gettext_lazy("Number and symbol"),
        max_length=64,
        help_text=gettext_lazy("For example 123/UBND-NV."),
    )
    issued_on = forms.DateField(
        label=gettext_lazy("Date"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


def _uploads(request: HttpRequest, name: str) -> list[tuple[str, bytes]]:
    files: list[UploadedFile] = request.FILES.getlist(name)
    return [(upload.name or "", upload.read()) for upload in files if upload.name]


def _refused(files: list[tuple[str, bytes]], allowed: tuple[str, ...]) -> list[str]:
    """Checked before anything is stored, so that a refused file leaves nothing half-saved."""
    return files_problems(files, allowed=allowed, limit=settings.MOTCUA_ATTACHMENT_MAX_BYTES)


@require_http_methods(["GET", "POST"])
@staff_required
def directive_new(request: HttpRequest) -> HttpResponse:
    """A new draft: who issues it, its subject and text; tasks are added on the next page."""
    issuers = _issuing_units(request_access(request))
    if not issuers.exists():
        raise PermissionDenied(
            _("Only coordinators, unit heads and administrators issue directives.")
        )
    form = DirectiveForm(request.POST or None, issuers=issuers)
    problems: list[str] = []
    files = _uploads(request, "attachments")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        problems = _refused(files, services.ATTACHMENT_TYPES)
        if not problems:
            try:
                directive = services.directive_draft(
                    issuer=data["issuer"],
                    subject=data["subject"],
                    body=data["body"],
                    signer=data["signer"],
                    recipients=data["recipients"],
                    actor=request.user,
                )
            except DirectiveError as error:
                problems = error.messages
            else:
                for name, content in files:
                    services.directive_attach(directive=directive, filename=name, data=content)
                messages.success(request, _("Draft saved. Add its tasks."))
                return redirect("directives:directive_edit", pk=directive.pk)
    return render(
        request,
        "directives/new.html",
        {"form": form, "problems": problems, "files_dropped": bool(files)},
    )


def _details_form(directive: Directive, data: QueryDict | None = None) -> DirectiveForm:
    return DirectiveForm(
        data,
        issuers=None,
        initial={
            "subject": directive.subject,
            "body": directive.body,
            "signer": directive.signer,
            "recipients": directive.recipients,
        },
    )


def _render_editor(
    request: HttpRequest,
    directive: Directive,
    *,
    details: DirectiveForm,
    task_form: TaskForm | None = None,
    issue_form: IssueForm | None = None,
    problems: Iterable[str] = (),
    errors_in: str = "",
    files_dropped: bool = False,
) -> HttpResponse:
    issue_initial = {
        "number": request.GET.get("number", ""),
        "issued_on": request.GET.get("issued_on") or timezone.localdate(),
    }
    tasks = [
        (task, _deadline_text(task), _assignees_text(task))
        for task in directive.tasks.prefetch_related("units", "agencies").order_by("number")
    ]
    return render(
        request,
        "directives/edit.html",
        {
            "directive": directive,
            "details": details,
            "task_form": task_form or TaskForm(issuer=directive.issuer, prefix="task"),
            "issue_form": issue_form or IssueForm(prefix="issue", initial=issue_initial),
            "tasks": tasks,
            "attachments": directive.attachments.all(),
            "problems": list(problems),
            "show": {part: errors_in == part for part in ("details", "task", "issue")},
            "files_dropped": files_dropped,
        },
    )


def _typed(post: QueryDict, *names: str) -> bool:
    return any(post.get(name, "").strip() for name in names)


@require_http_methods(["GET", "POST"])
@staff_required
def directive_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft: its details and attachments, its tasks (add, remove) and the issue. Every
    button first saves the details typed; a refusal comes back with everything as typed."""
    directive = _directive_or_404(request, pk)
    # A draft reaches here only for those who may issue it (`_directive_or_404`).
    if directive.status != DirectiveStatus.DRAFT:
        return redirect("directives:directive_detail", pk=directive.pk)
    if request.method == "GET":
        return _render_editor(request, directive, details=_details_form(directive))
    post = request.POST
    action = post.get("action", "save")
    details = _details_form(directive, post)
    task_form = TaskForm(post, issuer=directive.issuer, prefix="task")
    issue_form = IssueForm(post, prefix="issue")
    files = _uploads(request, "attachments")

    def again(problems: Iterable[str] = (), errors_in: str = "") -> HttpResponse:
        return _render_editor(
            request,
            directive,
            details=details,
            task_form=task_form,
            issue_form=issue_form,
            problems=problems,
            errors_in=errors_in,
            files_dropped=bool(files) and errors_in in ("details", "attachments"),
        )

    if not details.is_valid():
        return again(errors_in="details")
    problems = _refused(files, services.ATTACHMENT_TYPES)
    if problems:
        return again(problems, "attachments")
    try:
        services.directive_update(directive=directive, **details.cleaned_data)
    except DirectiveError as error:
        return again(error.messages, "details")
    for name, content in files:
        services.directive_attach(directive=directive, filename=name, data=content)

    if action == "task_add":
        if not task_form.is_valid():
            return again(errors_in="task")
        try:
            task = services.task_add(directive=directive, spec=task_form.spec())
        except DirectiveError as error:
            return again(error.messages, "task")
        messages.success(request, _("Task %s added.") % task.number)
        # The number and date typed for the issue come back with the page.
        keep = {k: post.get(f"issue-{k}", "") for k in ("number", "issued_on")}
        query = urlencode(keep) if keep["number"].strip() else ""
        url = reverse("directives:directive_edit", kwargs={"pk": directive.pk})
        return redirect(f"{url}?{query}#tasks" if query else f"{url}#tasks")
    if action == "issue":
        if not issue_form.is_valid():
            return again(errors_in="issue")
        try:
            services.directive_issue(
                directive=directive,
                number=issue_form.cleaned_data["number"],
                issued_on=issue_form.cleaned_data["issued_on"],
                signer=directive.signer,
                actor=request.user,
            )
        except DirectiveError as error:
            return again(error.messages, "issue")
        messages.success(
            request, _("Directive %s issued; its tasks are assigned.") % directive.number
        )
        return redirect("directives:directive_detail", pk=directive.pk)
    if action.startswith("remove:"):
        number = action.removeprefix("remove:")
        removed = directive.tasks.filter(pk=number).first() if number.isdigit() else None
        if removed is not None:
            services.task_remove(task=removed)
            messages.success(request, _("Task removed; the others are renumbered."))
    else:
        messages.success(request, _("Draft saved."))
    if _typed(post, "task-title", "task-description", "task-source_detail", "issue-number"):
        # A task or a number half typed stays on the page.
        return _render_editor(
            request,
            directive,
            details=_details_form(directive),
            task_form=task_form,
            issue_form=issue_form,
        )
    return redirect("directives:directive_edit", pk=directive.pk)


@require_GET
# `staff_required` is typed for HttpResponse; a file is streamed.
@staff_required  # type: ignore[arg-type]
def directive_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    """An attachment, for those who issue or follow the directive and the units it tasks."""
    directive = _directive_or_404(request, pk)
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
    return _file_response(attachment.file, attachment.name, attachment.content_type)


def _file_response(file: Any, name: str, content_type: str) -> FileResponse:
    try:
        handle = file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is missing.")) from exc
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)


# --- consolidation -----------------------------------------------------------------------


def _status_headers() -> list[str]:
    return [
        _("Item"),
        _("Task"),
        _("Organisation"),
        _("Period from"),
        _("Period to"),
        _("Due date"),
        _("Status"),
        _("Progress (%)"),
        _("Standing"),
        _("Last report"),
    ]


@require_GET
@staff_required
def directive_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The consolidation: overall progress, each task's organisations with their standing,
    a chart, the units with overdue tasks and the open difficulties; filters by task,
    standing and unit; the status table as XLSX or CSV."""
    directive = _directive_or_404(request, pk)
    if directive.status == DirectiveStatus.DRAFT:
        return redirect("directives:directive_edit", pk=directive.pk)
    _consolidated_or_403(request, directive)
    today, soon = _today_and_soon()
    overall, rows = selectors.directive_overview(directive, today)
    chosen = {key: request.GET.get(key, "") for key in ("task", "standing", "unit")}
    units = sorted(
        {a.unit for _task, _rollup, assignments in rows for a in assignments},
        key=lambda unit: unit.code,
    )
    tasks = []
    for task, rollup, assignments in rows:
        if chosen["task"] and str(task.number) != chosen["task"]:
            continue
        lines = []
        for assignment in assignments:
            state = selectors.standing(assignment, today, soon)
            if chosen["standing"] and state.key != chosen["standing"]:
                continue
            if chosen["unit"] and str(assignment.unit_id) != chosen["unit"]:
                continue
            lines.append((assignment, state.key, _standing_label(state.key, assignment)))
        tasks.append((task, _deadline_text(task), rollup, lines))
    if request.GET.get("format"):
        return table_response(
            name=f"tien-do-{slugify(directive.number.replace('/', '-')) or directive.pk}",
            fmt=request.GET["format"],
            headers=_status_headers(),
            rows=[
                (
                    task.number,
                    task.title,
                    _organisation(a),
                    a.period_start,
                    a.period_end,
                    a.due_on,
                    a.get_status_display(),
                    a.progress,
                    label,
                    _local(a.reported_at),
                )
                for task, _deadline, _rollup, lines in tasks
                for a, _key, label in lines
            ],
        )
    overdue = Counter(
        _organisation(a) for _t, _d, _r, lines in tasks for a, key, _l in lines if key == "overdue"
    )
    if len(tasks) == 1:
        task, _deadline, _rollup, lines = tasks[0]
        by_organisation: dict[str, list[Assignment]] = defaultdict(list)
        for assignment, _key, _label in lines:
            by_organisation[_organisation(assignment)].append(assignment)
        chart = bar_chart(
            (
                (name, selectors.task_rollup(group, today).percent)
                for name, group in by_organisation.items()
            ),
            target=100,
            title=_("Task %(number)s: progress by organisation (per cent)")
            % {"number": task.number},
        )
    else:
        chart = bar_chart(
            (
                (f"{task.number}. {task.title}", rollup.percent)
                for task, _deadline, rollup, _l in tasks
            ),
            target=100,
            title=_("Progress by task (per cent)"),
        )
    difficulties = (
        Difficulty.objects.filter(
            assignment__task__directive=directive, status=DifficultyStatus.OPEN
        )
        .select_related("assignment__task", "assignment__unit", "assignment__agency")
        .order_by("-created_at")[:50]
    )
    query = urlencode({k: v for k, v in chosen.items() if v})
    return render(
        request,
        "directives/detail.html",
        {
            "directive": directive,
            "attachments": directive.attachments.all(),
            "overall": overall,
            "tasks": tasks,
            "all_tasks": [task for task, _rollup, _assignments in rows],
            "units": units,
            "standings": list(STANDINGS.items()),
            "chosen": chosen,
            "query": query,
            "chart": chart,
            "overdue": sorted(overdue.items(), key=lambda item: (-item[1], item[0])),
            "difficulties": [(d, _organisation(d.assignment)) for d in difficulties],
            "may_answer": selectors.may_issue(request_access(request), directive.issuer_id),
        },
    )


@require_GET
@staff_required
def directive_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The consolidated report in the administrative layout (DOCX)."""
    directive = _consolidated_or_403(request, _directive_or_404(request, pk))
    response = HttpResponse(consolidated_docx(directive, timezone.localdate()), content_type=DOCX)
    name = slugify(directive.number.replace("/", "-")) or str(directive.pk)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-{name}.docx"'
    return response


# --- the unit's tasks, reports and their history ------------------------------------------------


def _with_first_report(assignments: QuerySet[Assignment]) -> QuerySet[Assignment]:
    return assignments.select_related("task__directive", "unit", "agency").annotate(
        first_report=Min("reports__submitted_at")
    )


def _todo(access: Access, today: dt.date) -> QuerySet[Assignment]:
    """Assignments not yet done; a recurring report shows once its period has begun."""
    mine = Assignment.objects.filter(pk__in=selectors.assignments_for(access).values("pk"))
    return (
        mine.exclude(period_start__isnull=True, status=AssignmentStatus.DONE)
        .exclude(period_start__isnull=False, reported_at__isnull=False)
        .exclude(period_start__gt=today)
    )


@require_GET
@staff_required
def task_queue(request: HttpRequest) -> HttpResponse:
    """The tasks the user's units answer for: overdue first, then due soon, then the rest;
    or, with `show=done`, those done, latest first."""
    access = request_access(request)
    today, soon = _today_and_soon()
    show = "done" if request.GET.get("show") == "done" else "todo"
    if show == "done":
        mine = Assignment.objects.filter(pk__in=selectors.assignments_for(access).values("pk"))
        assignments = mine.filter(
            Q(period_start__isnull=True, status=AssignmentStatus.DONE)
            | Q(period_start__isnull=False, reported_at__isnull=False)
        ).order_by("-reported_at", "pk")
    else:
        # Ordered by due date, overdue tasks come first and those due soon next.
        assignments = _todo(access, today).order_by(
            "due_on", "task__directive", "task__number", "pk"
        )
    page = Paginator(_with_first_report(assignments), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for assignment in page.object_list:
        state = selectors.standing(assignment, today, soon)
        rows.append(
            (
                assignment,
                _organisation(assignment),
                state.key,
                _standing_label(state.key, assignment),
                selectors.may_report(access, assignment),
            )
        )
    return render(
        request,
        "directives/tasks.html",
        {"page": page, "rows": rows, "show": show},
    )


def _assignment_or_404(pk: int) -> Assignment:
    assignment = (
        _with_first_report(
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
    today, soon = _today_and_soon()
    state = selectors.standing(assignment, today, soon)
    directive = assignment.task.directive
    return render(
        request,
        "directives/task.html",
        {
            "assignment": assignment,
            "task": assignment.task,
            "deadline": _deadline_text(assignment.task),
            "directive": directive,
            "organisation": _organisation(assignment),
            "standing": (state.key, _standing_label(state.key, assignment)),
            "reports": assignment.reports.select_related("submitted_by")
            .prefetch_related("evidence")
            .order_by("-submitted_at", "-pk"),
            "difficulties": assignment.difficulties.prefetch_related("messages__author").order_by(
                "created_at", "pk"
            ),
            "attachments": directive.attachments.all(),
            "may_report": selectors.may_report(access, assignment),
            "may_answer": selectors.may_issue(access, directive.issuer_id),
            "may_consolidate": selectors.may_consolidate(access, directive),
        },
    )


class ReportForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=AssignmentStatus.choices, widget=forms.RadioSelect
    )
    progress = forms.IntegerField(
        label=gettext_lazy("Progress (%)"),
        help_text=gettext_lazy("100 when done, 0 when not started."),
        widget=forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1}),
    )
    narrative = forms.CharField(
        label=gettext_lazy("What was done"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    difficulties = forms.CharField(
        label=gettext_lazy("Difficulties needing guidance from the coordinating office"),
        required=False,
        max_length=20000,
        help_text=gettext_lazy("One difficulty per line; each goes to the office's queue."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    client_key = forms.CharField(max_length=40, widget=forms.HiddenInput)


@require_http_methods(["GET", "POST"])
@staff_required
def task_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The unit's report on an assignment, with evidence files. The hidden key made with the
    form makes a double submit one report."""
    assignment = _assignment_or_404(pk)
    if not selectors.may_report(request_access(request), assignment):
        raise PermissionDenied(_("Only the unit assigned reports on this task."))
    problems: list[str] = []
    files_dropped = False
    if request.method == "POST":
        form = ReportForm(request.POST)
        files = _uploads(request, "evidence")
        if form.is_valid():
            data = form.cleaned_data
            try:
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
            except DirectiveError as error:
                problems = error.messages
            else:
                messages.success(request, _("Report sent."))
                return redirect("directives:directive_task", pk=assignment.pk)
        files_dropped = bool(files)
    else:
        form = ReportForm(
            initial={
                "status": assignment.status,
                "progress": assignment.progress,
                "client_key": secrets.token_urlsafe(16),
            }
        )
    return render(
        request,
        "directives/report_form.html",
        {
            "assignment": assignment,
            "organisation": _organisation(assignment),
            "form": form,
            "problems": problems,
            "files_dropped": files_dropped,
            "accept": ",".join(f".{kind}" for kind in services.EVIDENCE_TYPES),
            "max_files": services.MAX_FILES,
        },
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
    return _file_response(evidence.file, evidence.name, evidence.content_type)


# --- difficulties ------------------------------------------------------------------------


@require_GET
@staff_required
def difficulty_queue(request: HttpRequest) -> HttpResponse:
    """Difficulties waiting for guidance, oldest first, for directives the user follows;
    supervisors read them, the issuing unit's office answers."""
    access = request_access(request)
    queue = (
        selectors.open_difficulties(access)
        .select_related("assignment__task__directive__issuer")
        .prefetch_related("messages__author")
        .order_by("created_at", "pk")
    )
    page = Paginator(queue, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "directives/difficulties.html",
        {
            "page": page,
            "rows": [
                (
                    d,
                    _organisation(d.assignment),
                    selectors.may_issue(access, d.assignment.task.directive.issuer_id),
                )
                for d in page.object_list
            ],
        },
    )


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
    return redirect(
        f"{reverse('directives:directive_task', kwargs={'pk': assignment.pk})}#d{difficulty.pk}"
    )
