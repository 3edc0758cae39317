"""Reads over directives: who may do what, each assignment's standing, and the roll-up of
progress from units to tasks and directives. The pages' reads (`pages.py`) build on these."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import F, Min, Q, QuerySet
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.textfold import collation_key
from motcua.directives.models import (
    Assignment,
    AssignmentStatus,
    Attachment,
    Difficulty,
    DifficultyStatus,
    Directive,
    DirectiveStatus,
    Evidence,
    Report,
    Task,
)
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit, Role
from motcua.orgs.people import people
from motcua.workdays.selectors import calendar

# Who drafts and issues directives for a unit, and consolidates its units' reports.
ISSUING_ROLES = (Role.COORDINATOR, Role.UNIT_HEAD, Role.ADMINISTRATOR)
# Who reports for a unit (an agency's own staff report for the agency).
REPORTING_ROLES = (Role.UNIT_HEAD, Role.COORDINATOR, Role.ADMINISTRATOR)


def may_issue(access: Access, issuer_id: int) -> bool:
    return access.can_change(issuer_id) and access.has_role(issuer_id, *ISSUING_ROLES)


def may_consolidate(access: Access, directive: Directive) -> bool:
    """The issuing unit's coordinators, heads and administrators, and supervisors (who
    only read)."""
    return access.can_view(directive.issuer_id) and access.has_role(
        directive.issuer_id, *ISSUING_ROLES, Role.SUPERVISOR
    )


def may_report(access: Access, assignment: Assignment) -> bool:
    if not access.can_change(assignment.unit_id):
        return False
    if assignment.agency_id is not None:
        return access.is_superuser or assignment.agency_id in access.agency_ids
    return access.has_role(assignment.unit_id, *REPORTING_ROLES)


def assignments_for(access: Access) -> QuerySet[Assignment]:
    """Assignments of issued directives that the user's units answer for."""
    issued = Assignment.objects.filter(task__directive__status=DirectiveStatus.ISSUED)
    if access.is_superuser:
        return issued
    own_agencies = issued.filter(agency_id__in=access.agency_ids)
    return (
        issued.filter(agency__isnull=True, unit_id__in=access.change_unit_ids) | own_agencies
    ).distinct()


# The words for an assignment's standing, shared by the pages, the exports and the report.
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


@dataclass(frozen=True)
class Standing:
    key: str  # done, done_late, overdue, due_soon, open
    late: bool
    recurring: bool = False

    @property
    def label(self) -> str:
        if self.recurring and self.key in REPORT_STANDINGS:
            return str(REPORT_STANDINGS[self.key])
        return str(STANDINGS[self.key])

    @property
    def alert(self) -> bool:
        """Shown in red: overdue, or finished after the deadline."""
        return self.key in ("overdue", "done_late")


def standing(assignment: Assignment, today: dt.date, soon: dt.date) -> Standing:
    """Done (on time or late), overdue, due soon or open. A recurring report counts as done
    once reported; a one-off task only when reported done."""
    recurring = assignment.period_start is not None
    # The first report decides whether a recurring report came in time (when annotated).
    first = getattr(assignment, "first_report", None) or assignment.reported_at
    reported_on = timezone.localdate(first) if first is not None else None
    finished_on = reported_on if recurring else assignment.done_on
    if finished_on is not None and (recurring or assignment.status == AssignmentStatus.DONE):
        late = finished_on > assignment.due_on
        return Standing("done_late" if late else "done", late, recurring)
    if assignment.due_on < today:
        return Standing("overdue", True, recurring)
    if assignment.due_on <= soon:
        return Standing("due_soon", False, recurring)
    return Standing("open", False, recurring)


@dataclass
class Rollup:
    """Progress of a task or a directive: the mean of its parts, and counts."""

    progress: float = 0.0
    assignments: int = 0
    done: int = 0
    overdue: int = 0
    late_done: int = 0
    due: int = 0  # assignments due by today (recurring reports whose time has come)

    @property
    def percent(self) -> int:
        return math.floor(self.progress + 0.5)  # half up, as people round


def _progress(assignment: Assignment) -> int:
    if assignment.period_start is not None:  # a report: sent or not
        return 100 if assignment.reported_at is not None else 0
    return assignment.progress


def task_rollup(assignments: list[Assignment], today: dt.date) -> Rollup:
    """A one-off task's progress is the mean of its organisations' progress; a recurring
    report's is the share of reports sent among those due so far (the next one counts once
    it is due)."""
    rollup = Rollup(assignments=len(assignments))
    if not assignments:
        return rollup
    recurring = assignments[0].period_start is not None
    counted = [a for a in assignments if a.due_on <= today] if recurring else assignments
    for assignment in assignments:
        state = standing(assignment, today, today)
        rollup.done += state.key in ("done", "done_late")
        rollup.late_done += state.key == "done_late"
        rollup.overdue += state.key == "overdue"
    rollup.due = len(counted)
    if counted:
        rollup.progress = sum(_progress(a) for a in counted) / len(counted)
    return rollup


def directive_rollup(task_rollups: list[Rollup]) -> Rollup:
    """A directive's progress is the mean of its tasks' progress."""
    total = Rollup()
    for part in task_rollups:
        total.assignments += part.assignments
        total.done += part.done
        total.overdue += part.overdue
        total.late_done += part.late_done
        total.due += part.due
    if task_rollups:
        total.progress = sum(part.progress for part in task_rollups) / len(task_rollups)
    return total


@dataclass
class TaskProgress:
    """One task of a directive: its roll-up and its assignments, ordered by due date and
    organisation (each with the date of its first report)."""

    task: Task
    rollup: Rollup
    assignments: list[Assignment]


@dataclass
class Overview:
    overall: Rollup
    tasks: list[TaskProgress]


def directive_overview(directive: Directive, today: dt.date) -> Overview:
    """The directive's roll-up and, per task, its roll-up and assignments (with the date of
    the first report, which says whether a recurring report came in time) by due date, then
    in Vietnamese order of the organisations' names. Two queries."""
    tasks = list(directive.tasks.order_by("number"))
    assignments = sorted(
        Assignment.objects.filter(task__directive=directive)
        .select_related("unit", "agency")
        .annotate(first_report=Min("reports__submitted_at")),
        key=lambda a: (a.due_on, collation_key(a.organisation.name), a.pk),
    )
    by_task: dict[int, list[Assignment]] = {task.pk: [] for task in tasks}
    for assignment in assignments:
        by_task[assignment.task_id].append(assignment)
    rows = [
        TaskProgress(task, task_rollup(by_task[task.pk], today), by_task[task.pk]) for task in tasks
    ]
    return Overview(directive_rollup([row.rollup for row in rows]), rows)


def open_difficulties(access: Access) -> QuerySet[Difficulty]:
    """Difficulties waiting for the office, for directives the user consolidates."""
    queue = Difficulty.objects.filter(status=DifficultyStatus.OPEN).select_related(
        "assignment__task__directive", "assignment__unit", "assignment__agency"
    )
    if access.is_superuser:
        return queue
    issuers = [
        unit
        for unit in access.view_unit_ids
        if access.has_role(unit, *ISSUING_ROLES, Role.SUPERVISOR)
    ]
    return queue.filter(assignment__task__directive__issuer_id__in=issuers)


def tasks_with_source(source: str) -> QuerySet[Task]:
    return Task.objects.filter(source=source, directive__status=DirectiveStatus.ISSUED)


# --- people ---------------------------------------------------------------------------------


def person_labels(user_ids: Iterable[int | None], *, on: dt.date | None = None) -> dict[int, str]:
    """Each user as shown on a page, a report or an export (`orgs.people`): full name and the
    title of their post, never the login name."""
    return {pk: found.label for pk, found in people(user_ids, on=on).items()}


# --- the pages' reads -----------------------------------------------------------------------
# Each returns a dataclass that a template reads as it is: no tuples, no keys to look up.

PAGE_SIZE = 50


def today_and_soon() -> tuple[dt.date, dt.date]:
    """Today, and the last day that counts as "due soon": the day units are reminded."""
    today = timezone.localdate()
    return today, calendar().add_working_days(today, settings.MOTCUA_REMIND_DAYS_BEFORE)


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


def deadline_text(task: Task) -> str:
    """A task's deadline for completion in words, or its reporting rhythm."""
    if task.recurrence:
        until = date_text(task.repeat_until) if task.repeat_until else _("the end of the year")
        return _("%(kind)s, due on day %(day)s of the month after each period, until %(until)s") % {
            "kind": task.get_recurrence_display(),
            "day": task.report_day,
            "until": until,
        }
    if task.deadline:
        return _("By %(date)s") % {"date": date_text(task.deadline)}
    return _("%(days)s working days after the directive's date") % {"days": task.deadline_days}


def issuing_units(access: Access) -> QuerySet[AdministrativeUnit]:
    """The units in force the user drafts and issues directives for."""
    units = AdministrativeUnit.objects.valid_on(timezone.localdate()).order_by("code")
    if access.is_superuser:
        return units
    return units.filter(pk__in=[u for u in access.change_unit_ids if may_issue(access, u)])


def visible_directives(access: Access) -> QuerySet[Directive]:
    """Issued directives of the units the user sees; drafts of the units they issue for."""
    directives = Directive.objects.select_related("issuer").order_by(
        F("issued_on").desc(nulls_first=True), "-pk"
    )
    if access.is_superuser:
        return directives
    issuers = [u for u in access.change_unit_ids if may_issue(access, u)]
    return directives.filter(
        Q(status=DirectiveStatus.ISSUED, issuer_id__in=access.view_unit_ids)
        | Q(status=DirectiveStatus.DRAFT, issuer_id__in=issuers)
    )


def assignments_todo(access: Access, today: dt.date) -> QuerySet[Assignment]:
    """Assignments not yet done; a recurring report shows once its period has begun."""
    mine = Assignment.objects.filter(pk__in=assignments_for(access).values("pk"))
    return (
        mine.exclude(period_start__isnull=True, status=AssignmentStatus.DONE)
        .exclude(period_start__isnull=False, reported_at__isnull=False)
        .exclude(period_start__gt=today)
    )


def assignments_done(access: Access) -> QuerySet[Assignment]:
    mine = Assignment.objects.filter(pk__in=assignments_for(access).values("pk"))
    return mine.filter(
        Q(period_start__isnull=True, status=AssignmentStatus.DONE)
        | Q(period_start__isnull=False, reported_at__isnull=False)
    )


def with_first_report(assignments: QuerySet[Assignment]) -> QuerySet[Assignment]:
    return assignments.select_related("task__directive", "unit", "agency").annotate(
        first_report=Min("reports__submitted_at")
    )


def _rollups(directives: list[Directive], today: dt.date) -> dict[int, Rollup]:
    """Each directive's roll-up as `directive_overview` computes it, in two queries for a
    whole page of directives."""
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
        directive_id: directive_rollup([task_rollup(by_task[t], today) for t in task_ids])
        for directive_id, task_ids in tasks.items()
    }


@dataclass
class DirectiveRow:
    directive: Directive
    rollup: Rollup


@dataclass
class DirectiveList:
    page: Page[Directive]
    rows: list[DirectiveRow]
    may_issue: bool
    tasks_due: int
    difficulties: int


def directive_list_for(access: Access, *, page_number: str | None, today: dt.date) -> DirectiveList:
    """A page of the directives the user sees, each with its progress, and the counts of
    the user's tasks to do and difficulties waiting."""
    page = Paginator(visible_directives(access), PAGE_SIZE).get_page(page_number)
    rollups = _rollups(list(page.object_list), today)
    return DirectiveList(
        page=page,
        rows=[DirectiveRow(d, rollups.get(d.pk, Rollup())) for d in page.object_list],
        may_issue=issuing_units(access).exists(),
        tasks_due=assignments_todo(access, today).count(),
        difficulties=open_difficulties(access).count(),
    )


@dataclass
class DraftTask:
    task: Task
    deadline: str
    assignees: str


def draft_tasks(directive: Directive) -> list[DraftTask]:
    """A draft's tasks with their deadline and whom they name, in two queries."""
    tasks = directive.tasks.prefetch_related("units", "agencies").order_by("number")
    rows = []
    for task in tasks:
        names = [str(_("every commune"))] if task.all_communes else []
        names += [unit.name for unit in task.units.all()]
        names += [agency.name for agency in task.agencies.all()]
        rows.append(DraftTask(task, deadline_text(task), ", ".join(names)))
    return rows


@dataclass
class AssignmentLine:
    """One organisation's assignment, as a row of a table."""

    assignment: Assignment
    organisation: str
    standing: Standing
    may_report: bool = False


@dataclass
class TaskBlock:
    task: Task
    deadline: str
    rollup: Rollup
    lines: list[AssignmentLine]


@dataclass(frozen=True)
class Filters:
    task: str = ""
    standing: str = ""
    unit: str = ""

    @property
    def query(self) -> str:
        return urlencode({k: v for k, v in vars(self).items() if v})


@dataclass
class Choice:
    value: str
    label: str


@dataclass
class OrganisationCount:
    name: str
    count: int


@dataclass
class DifficultyLine:
    difficulty: Difficulty
    organisation: str


@dataclass
class Consolidation:
    directive: Directive
    attachments: list[Attachment]
    overall: Rollup
    tasks: list[TaskBlock]
    filters: Filters
    task_choices: list[Choice]
    standing_choices: list[Choice]
    unit_choices: list[Choice]
    overdue: list[OrganisationCount]
    difficulties: list[DifficultyLine]
    may_answer: bool


def _blocks(overview: Overview, filters: Filters, today: dt.date, soon: dt.date) -> list[TaskBlock]:
    blocks = []
    for row in overview.tasks:
        if filters.task and str(row.task.number) != filters.task:
            continue
        lines = []
        for assignment in row.assignments:
            state = standing(assignment, today, soon)
            if filters.standing and state.key != filters.standing:
                continue
            if filters.unit and str(assignment.unit_id) != filters.unit:
                continue
            lines.append(AssignmentLine(assignment, assignment.organisation.name, state))
        blocks.append(TaskBlock(row.task, deadline_text(row.task), row.rollup, lines))
    return blocks


def directive_consolidation(
    access: Access, directive: Directive, *, filters: Filters, today: dt.date, soon: dt.date
) -> Consolidation:
    """The issuing office's view of a directive: overall progress, each task's
    organisations with their standing (filtered by task, standing and unit), the
    organisations with overdue tasks and the difficulties waiting. Constant queries."""
    overview = directive_overview(directive, today)
    blocks = _blocks(overview, filters, today, soon)
    units = {a.unit for row in overview.tasks for a in row.assignments}
    overdue = Counter(
        line.organisation
        for block in blocks
        for line in block.lines
        if line.standing.key == "overdue"
    )
    difficulties = (
        Difficulty.objects.filter(
            assignment__task__directive=directive, status=DifficultyStatus.OPEN
        )
        .select_related("assignment__task", "assignment__unit", "assignment__agency")
        .order_by("-created_at")[:50]
    )
    return Consolidation(
        directive=directive,
        attachments=list(directive.attachments.all()),
        overall=overview.overall,
        tasks=blocks,
        filters=filters,
        task_choices=[
            Choice(str(row.task.number), f"{row.task.number}. {row.task.title}")
            for row in overview.tasks
        ],
        standing_choices=[Choice(key, str(label)) for key, label in STANDINGS.items()],
        unit_choices=[
            Choice(str(u.pk), u.name)
            for u in sorted(units, key=lambda unit: (collation_key(unit.name), unit.pk))
        ],
        overdue=[
            OrganisationCount(name, count)
            for name, count in sorted(
                overdue.items(), key=lambda item: (-item[1], collation_key(item[0]))
            )
        ],
        difficulties=[DifficultyLine(d, d.assignment.organisation.name) for d in difficulties],
        may_answer=may_issue(access, directive.issuer_id),
    )


@dataclass
class TaskQueue:
    page: Page[Assignment]
    rows: list[AssignmentLine]
    show: str  # "todo" or "done"


def task_queue_for(
    access: Access, *, show: str, page_number: str | None, today: dt.date, soon: dt.date
) -> TaskQueue:
    """The assignments the user's units answer for: to do (overdue first, then due soon,
    then the rest, as ordering by due date gives) or done (latest first)."""
    if show == "done":
        assignments = assignments_done(access).order_by("-reported_at", "pk")
    else:
        assignments = assignments_todo(access, today).order_by(
            "due_on", "task__directive", "task__number", "pk"
        )
    page = Paginator(with_first_report(assignments), PAGE_SIZE).get_page(page_number)
    rows = [
        AssignmentLine(
            a, a.organisation.name, standing(a, today, soon), may_report=may_report(access, a)
        )
        for a in page.object_list
    ]
    return TaskQueue(page=page, rows=rows, show=show)


@dataclass
class MessageLine:
    text: str
    at: dt.datetime
    from_office: bool
    author: str


@dataclass
class DifficultyThread:
    difficulty: Difficulty
    organisation: str
    messages: list[MessageLine]
    may_answer: bool = False


def _threads(
    access: Access,
    difficulties: list[Difficulty],
    *,
    issuer_id: int | None = None,
    labels: dict[int, str] | None = None,
) -> list[DifficultyThread]:
    """Difficulties with their messages and their authors' names and titles (prefetch
    `messages`); two queries for the people, none when `labels` are given."""
    if labels is None:
        labels = person_labels(m.author_id for d in difficulties for m in d.messages.all())
    threads = []
    for d in difficulties:
        lines = [
            MessageLine(m.text, m.at, m.from_office, labels.get(m.author_id or 0, ""))
            for m in d.messages.all()
        ]
        issuer = issuer_id or d.assignment.task.directive.issuer_id
        threads.append(
            DifficultyThread(d, d.assignment.organisation.name, lines, may_issue(access, issuer))
        )
    return threads


@dataclass
class DifficultyQueue:
    page: Page[Difficulty]
    rows: list[DifficultyThread]


def difficulty_queue_for(access: Access, *, page_number: str | None) -> DifficultyQueue:
    """Difficulties waiting for guidance, oldest first, for directives the user follows."""
    queue = (
        open_difficulties(access)
        .select_related("assignment__task__directive__issuer")
        .prefetch_related("messages")
        .order_by("created_at", "pk")
    )
    page = Paginator(queue, PAGE_SIZE).get_page(page_number)
    return DifficultyQueue(page=page, rows=_threads(access, list(page.object_list)))


@dataclass
class ReportLine:
    report: Report
    author: str
    evidence: list[Evidence]


@dataclass
class AssignmentHistory:
    assignment: Assignment
    task: Task
    directive: Directive
    deadline: str
    organisation: str
    standing: Standing
    reports: list[ReportLine]
    difficulties: list[DifficultyThread]
    attachments: list[Attachment]
    may_report: bool
    may_consolidate: bool


def assignment_history(
    access: Access, assignment: Assignment, *, today: dt.date, soon: dt.date
) -> AssignmentHistory:
    """Every report on one assignment with its author and evidence, and the difficulties
    raised with their threads."""
    directive = assignment.task.directive
    reports = list(assignment.reports.prefetch_related("evidence").order_by("-submitted_at", "-pk"))
    difficulties = list(
        assignment.difficulties.select_related("assignment__unit", "assignment__agency")
        .prefetch_related("messages")
        .order_by("created_at", "pk")
    )
    labels = person_labels(
        [r.submitted_by_id for r in reports]
        + [m.author_id for d in difficulties for m in d.messages.all()]
    )
    return AssignmentHistory(
        assignment=assignment,
        task=assignment.task,
        directive=directive,
        deadline=deadline_text(assignment.task),
        organisation=assignment.organisation.name,
        standing=standing(assignment, today, soon),
        reports=[
            ReportLine(r, labels.get(r.submitted_by_id or 0, ""), list(r.evidence.all()))
            for r in reports
        ],
        difficulties=_threads(access, difficulties, issuer_id=directive.issuer_id, labels=labels),
        attachments=list(directive.attachments.all()),
        may_report=may_report(access, assignment),
        may_consolidate=may_consolidate(access, directive),
    )


@dataclass
class ReportedText:
    """What an organisation wrote it did, in one report on a task."""

    organisation: str
    period: str
    submitted_on: dt.date
    author: str
    narrative: str


def reported_texts(directive: Directive) -> dict[int, list[ReportedText]]:
    """The narratives of the units' reports on each task of `directive` (by task id), by
    organisation and then date; three queries."""
    reports = list(
        Report.objects.filter(assignment__task__directive=directive)
        .exclude(narrative="")
        .select_related("assignment__unit", "assignment__agency")
        .order_by(
            "assignment__task__number",
            "assignment__unit__code",
            "assignment__agency__name",
            "assignment__period_start",
            "submitted_at",
            "pk",
        )
    )
    labels = person_labels(r.submitted_by_id for r in reports)
    texts: dict[int, list[ReportedText]] = defaultdict(list)
    for r in reports:
        a = r.assignment
        period = (
            _("%(start)s to %(end)s")
            % {"start": date_text(a.period_start), "end": date_text(a.period_end)}
            if a.period_start is not None
            else ""
        )
        texts[a.task_id].append(
            ReportedText(
                organisation=a.organisation.name,
                period=period,
                submitted_on=timezone.localdate(r.submitted_at),
                author=labels.get(r.submitted_by_id or 0, ""),
                narrative=r.narrative,
            )
        )
    return texts


def last_reporters(directive: Directive) -> dict[int, str]:
    """Who sent each assignment's latest report (by assignment id), by name and post;
    three queries."""
    latest: dict[int, int | None] = {}
    for assignment_id, user_id in (
        Report.objects.filter(assignment__task__directive=directive)
        .order_by("assignment_id", "-submitted_at", "-pk")
        .values_list("assignment_id", "submitted_by_id")
    ):
        latest.setdefault(assignment_id, user_id)
    labels = person_labels(latest.values())
    return {a: labels.get(u or 0, "") for a, u in latest.items()}
