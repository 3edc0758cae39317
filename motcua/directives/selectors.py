"""Reads over directives: who may do what, each assignment's standing, and the roll-up of
progress from units to tasks and directives."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from django.db.models import Min, QuerySet
from django.utils import timezone

from motcua.directives.models import (
    Assignment,
    AssignmentStatus,
    Difficulty,
    DifficultyStatus,
    Directive,
    DirectiveStatus,
    Task,
)
from motcua.orgs.access import Access
from motcua.orgs.models import Role

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


@dataclass(frozen=True)
class Standing:
    key: str  # done, done_late, overdue, due_soon, open, not_due
    late: bool


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
        return Standing("done_late" if late else "done", late)
    if assignment.due_on < today:
        return Standing("overdue", True)
    if assignment.due_on <= soon:
        return Standing("due_soon", False)
    return Standing("open", False)


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


def directive_overview(directive: Directive, today: dt.date) -> tuple[Rollup, list[Any]]:
    """The directive's roll-up and, per task, its roll-up and assignments (with the date of
    the first report, which says whether a recurring report came in time)."""
    tasks = list(directive.tasks.order_by("number"))
    assignments = (
        Assignment.objects.filter(task__directive=directive)
        .select_related("unit", "agency")
        .annotate(first_report=Min("reports__submitted_at"))
        .order_by("task__number", "due_on", "unit__code", "agency__name")
    )
    by_task: dict[int, list[Assignment]] = {task.pk: [] for task in tasks}
    for assignment in assignments:
        by_task[assignment.task_id].append(assignment)
    rows = [(task, task_rollup(by_task[task.pk], today), by_task[task.pk]) for task in tasks]
    return directive_rollup([rollup for _task, rollup, _rows in rows]), rows


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
