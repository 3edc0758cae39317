"""Every write to directives: drafting, issuing (which assigns the tasks), units' reports,
and the difficulties' answer threads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.files import file_check, files_problems
from motcua.core.services import audit_record
from motcua.directives.models import (
    Assignment,
    AssignmentStatus,
    Attachment,
    Difficulty,
    DifficultyStatus,
    Directive,
    DirectiveStatus,
    Evidence,
    Message,
    Recurrence,
    Report,
    Task,
)
from motcua.directives.periods import periods, report_due
from motcua.orgs.models import AdministrativeUnit, Agency, UnitKind
from motcua.orgs.selectors import unit_descendant_ids
from motcua.workdays.selectors import calendar

# "123/UBND-NV", "45/CT-UBND", "7/KH-UBND": a number, a slash, the symbol.
NUMBER_PATTERN = re.compile(r"^\d{1,6}/[A-ZĐ0-9][A-ZĐ0-9.\-]*$")
ATTACHMENT_TYPES = ("pdf", "docx")
EVIDENCE_TYPES = ("pdf", "docx", "xlsx", "jpg", "jpeg", "png")
MAX_FILES = 10
# "All communes" means every commune-level People's Committee: communes, wards, special zones.
COMMUNE_LEVEL = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)


class DirectiveError(ValidationError):
    """Why a directive, a task or a report cannot be saved, in words for the user."""


def _draft_only(directive: Directive) -> None:
    if directive.status != DirectiveStatus.DRAFT:
        raise DirectiveError(_("An issued directive cannot change."))


def _lock(directive: Directive) -> None:
    """Hold the directive's row until the commit and read its status again: tasks added at
    the same moment take consecutive numbers, and an issue sent twice, or with a task added
    meanwhile, waits for the other and then sees the directive as it now is."""
    directive.status = (
        Directive.objects.select_for_update().values_list("status", flat=True).get(pk=directive.pk)
    )


@transaction.atomic
def directive_draft(
    *,
    issuer: AdministrativeUnit,
    subject: str,
    actor: Any,
    body: str = "",
    signer: str = "",
    recipients: str = "",
    is_demo: bool = False,
) -> Directive:
    subject = subject.strip()
    if not subject:
        raise DirectiveError(_("Write the directive's subject."))
    return Directive.objects.create(
        issuer=issuer,
        subject=subject[:500],
        body=body.strip(),
        signer=signer.strip()[:200],
        recipients=recipients.strip(),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        is_demo=is_demo,
    )


@transaction.atomic
def directive_update(*, directive: Directive, **fields: str) -> Directive:
    _draft_only(directive)
    for name in ("subject", "body", "signer", "recipients"):
        if name in fields:
            setattr(directive, name, (fields[name] or "").strip())
    if not directive.subject:
        raise DirectiveError(_("Write the directive's subject."))
    directive.save()
    return directive


def directive_attach(*, directive: Directive, filename: str, data: bytes) -> Attachment:
    """A PDF or DOCX attached to the directive (the signed scan, an annex)."""
    content_type = file_check(
        filename=filename,
        data=data,
        allowed=ATTACHMENT_TYPES,
        limit=settings.MOTCUA_ATTACHMENT_MAX_BYTES,
    )
    attachment = Attachment(
        directive=directive, name=filename[-300:], content_type=content_type, size=len(data)
    )
    attachment.file.save(filename[-100:], ContentFile(data), save=False)
    attachment.save()
    return attachment


@dataclass
class TaskSpec:
    """A task as a form or an import gives it, before it is saved."""

    title: str
    description: str = ""
    deadline_days: int | None = None
    deadline: dt.date | None = None
    recurrence: str = ""
    report_day: int = 5
    repeat_until: dt.date | None = None
    source: str = "manual"
    source_detail: str = ""
    indicator: str = ""
    all_communes: bool = False
    units: list[AdministrativeUnit] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)


def _task_problems(spec: TaskSpec, number: int) -> list[str]:
    problems = []
    prefix = _("Task %s") % number
    if not spec.title.strip():
        problems.append(_("%s: write what is to be done.") % prefix)
    if spec.recurrence and spec.recurrence not in Recurrence.values:
        problems.append(_("%s: unknown kind of report.") % prefix)
    if not spec.recurrence and spec.deadline is None and spec.deadline_days is None:
        problems.append(_("%s: give a deadline or make it a recurring report.") % prefix)
    if spec.recurrence and not 1 <= spec.report_day <= 31:
        problems.append(_("%s: the report's due day is a day of the month.") % prefix)
    if not (spec.all_communes or spec.units or spec.agencies):
        problems.append(_("%s: assign it to at least one agency or commune.") % prefix)
    return problems


@transaction.atomic
def task_add(*, directive: Directive, spec: TaskSpec) -> Task:
    """The next numbered item of a draft directive."""
    _lock(directive)
    _draft_only(directive)
    number = (directive.tasks.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    problems = _task_problems(spec, number)
    if problems:
        raise DirectiveError(problems)
    task = Task.objects.create(
        directive=directive,
        number=number,
        title=spec.title.strip()[:500],
        description=spec.description.strip(),
        deadline_days=spec.deadline_days,
        deadline=spec.deadline,
        recurrence=spec.recurrence,
        report_day=spec.report_day,
        repeat_until=spec.repeat_until,
        source=spec.source,
        source_detail=spec.source_detail[:500],
        indicator=spec.indicator[:64],
        all_communes=spec.all_communes,
    )
    task.units.set(spec.units)
    task.agencies.set(spec.agencies)
    return task


@transaction.atomic
def task_remove(*, task: Task) -> None:
    directive = task.directive
    _draft_only(directive)
    task.delete()
    for number, other in enumerate(directive.tasks.order_by("number"), 1):
        if other.number != number:
            Task.objects.filter(pk=other.pk).update(number=number)


def _organisations(task: Task, on: dt.date) -> list[tuple[AdministrativeUnit, Agency | None]]:
    chosen: dict[tuple[int, int | None], tuple[AdministrativeUnit, Agency | None]] = {}
    if task.all_communes:
        below = unit_descendant_ids([task.directive.issuer_id], on=on)
        for unit in AdministrativeUnit.objects.valid_on(on).filter(
            pk__in=below, kind__in=COMMUNE_LEVEL
        ):
            chosen[(unit.pk, None)] = (unit, None)
    for unit in task.units.all():
        chosen[(unit.pk, None)] = (unit, None)
    for agency in task.agencies.select_related("unit"):
        chosen[(agency.unit_id, agency.pk)] = (agency.unit, agency)
    return list(chosen.values())


def _assignments(task: Task, issued_on: dt.date) -> list[Assignment]:
    days = calendar()
    windows: list[tuple[dt.date | None, dt.date | None, dt.date]]
    if task.recurrence:
        until = task.repeat_until or dt.date(issued_on.year, 12, 31)
        windows = [
            (start, end, report_due(end, task.report_day, days))
            for start, end in periods(task.recurrence, issued_on, until)
        ]
    else:
        due = task.deadline or days.add_working_days(issued_on, task.deadline_days or 0)
        windows = [(None, None, due)]
    return [
        Assignment(
            task=task, unit=unit, agency=agency, period_start=start, period_end=end, due_on=due
        )
        for unit, agency in _organisations(task, issued_on)
        for start, end, due in windows
    ]


def _issue_problems(
    directive: Directive, number: str, issued_on: dt.date, signer: str, tasks: list[Task]
) -> list[str]:
    """Why the directive cannot be issued with this number, date and signer (prefetch the
    tasks' `units` and `agencies`)."""
    problems = []
    if not NUMBER_PATTERN.match(number):
        problems.append(_("The number and symbol look like 123/UBND-NV."))
    elif (
        Directive.objects.filter(issuer=directive.issuer, number=number)
        .exclude(pk=directive.pk)
        .exists()
    ):
        problems.append(_("Another directive of this unit already has the number %s.") % number)
    if not signer.strip():
        problems.append(_("Name who signs the directive."))
    if not tasks:
        problems.append(_("A directive needs at least one task."))
    for task in tasks:
        problems += _issued_task_problems(task, issued_on)
    return problems


def _issued_task_problems(task: Task, issued_on: dt.date) -> list[str]:
    spec = TaskSpec(
        title=task.title,
        deadline_days=task.deadline_days,
        deadline=task.deadline,
        recurrence=task.recurrence,
        report_day=task.report_day,
        all_communes=task.all_communes,
        units=list(task.units.all()),
        agencies=list(task.agencies.all()),
    )
    problems = _task_problems(spec, task.number)
    if task.deadline is not None and task.deadline < issued_on:
        problems.append(_("Task %s: the deadline is before the directive's date.") % task.number)
    elif task.recurrence and not any(
        periods(task.recurrence, issued_on, task.repeat_until or dt.date(issued_on.year, 12, 31))
    ):
        problems.append(
            _("Task %s: no reporting period ends between the directive's date and the last report.")
            % task.number
        )
    return problems


@transaction.atomic
def directive_issue(
    *, directive: Directive, number: str, issued_on: dt.date, signer: str, actor: Any
) -> Directive:
    """Number, date and sign the directive; its tasks become assignments for every
    organisation named, with due dates on the working-day calendar."""
    _lock(directive)
    _draft_only(directive)
    number = re.sub(r"\s+", "", number or "").upper()
    tasks = list(directive.tasks.prefetch_related("units", "agencies"))
    problems = _issue_problems(directive, number, issued_on, signer, tasks)
    if problems:
        raise DirectiveError(problems)
    directive.number, directive.issued_on = number, issued_on
    directive.signer, directive.status = signer.strip()[:200], DirectiveStatus.ISSUED
    try:
        with transaction.atomic():
            directive.save()
    except IntegrityError as error:  # the same number issued a moment ago by someone else
        raise DirectiveError(
            _("Another directive of this unit already has the number %s.") % number
        ) from error
    created = Assignment.objects.bulk_create(
        assignment for task in tasks for assignment in _assignments(task, issued_on)
    )
    audit_record(
        actor=actor,
        action="directive.issue",
        object_type="directive",
        object_id=directive.pk,
        detail={"number": number, "tasks": len(tasks), "assignments": len(created)},
    )
    return directive


def _check_evidence(files: Iterable[tuple[str, bytes]]) -> list[tuple[str, bytes, str]]:
    files = list(files)
    limit = settings.MOTCUA_ATTACHMENT_MAX_BYTES
    problems = files_problems(files, allowed=EVIDENCE_TYPES, limit=limit)
    if len(files) > MAX_FILES:
        problems.append(_("At most %s files can be sent with one report.") % MAX_FILES)
    if problems:
        raise DirectiveError(problems)
    return [
        (name, data, file_check(filename=name, data=data, allowed=EVIDENCE_TYPES, limit=limit))
        for name, data in files
    ]


def _report_problems(status: str, progress: int, narrative: str, client_key: str) -> list[str]:
    problems = []
    if status not in AssignmentStatus.values:
        problems.append(_("Choose the status."))
    if not 0 <= progress <= 100:
        problems.append(_("Progress is a percentage from 0 to 100."))
    elif status == AssignmentStatus.DONE and progress != 100:
        problems.append(_("A task reported done has progress 100."))
    elif status == AssignmentStatus.NOT_STARTED and progress != 0:
        problems.append(_("A task not started has no progress yet."))
    if status != AssignmentStatus.NOT_STARTED and not narrative.strip():
        problems.append(_("Say what was done."))
    if not client_key or len(client_key) > 64:
        problems.append(_("The form has expired; open it again."))
    return problems


def _assignment_reported(
    assignment: Assignment, *, status: str, progress: int, when: dt.datetime
) -> None:
    """The latest report sets the assignment's status and progress."""
    day = timezone.localdate(when)
    # A task already done keeps the day it was first reported done (a later correction
    # does not make it late); one reopened and done again takes the new day.
    was_done = assignment.status == AssignmentStatus.DONE and assignment.done_on is not None
    if status != AssignmentStatus.DONE:
        assignment.done_on = None
    elif not was_done:
        assignment.done_on = day
    assignment.status, assignment.progress, assignment.reported_at = status, progress, when
    assignment.first_reported_on = assignment.first_reported_on or day
    assignment.save(
        update_fields=[
            "status",
            "progress",
            "reported_at",
            "done_on",
            "first_reported_on",
            "updated_at",
        ]
    )


@transaction.atomic
def report_submit(
    *,
    assignment: Assignment,
    actor: Any,
    status: str,
    progress: int,
    narrative: str,
    client_key: str,
    difficulties: Iterable[str] = (),
    files: Iterable[tuple[str, bytes]] = (),
    at: dt.datetime | None = None,
) -> Report:
    """A unit's report on one assignment. The latest report sets the assignment's status
    and progress; difficulties go to the coordinating office's queue. A retried
    submission (the same client key) returns the report already stored."""
    existing = Report.objects.filter(client_key=client_key).first()
    if existing is not None:
        if existing.assignment_id != assignment.pk:
            raise DirectiveError(_("The form has expired; open it again."))
        return existing
    problems = _report_problems(status, progress, narrative, client_key)
    if problems:
        raise DirectiveError(problems)
    checked = _check_evidence(files)
    when = at or timezone.now()
    try:
        with transaction.atomic():
            report = Report.objects.create(
                assignment=assignment,
                status=status,
                progress=progress,
                narrative=narrative.strip(),
                submitted_by=actor if getattr(actor, "is_authenticated", False) else None,
                submitted_at=when,
                client_key=client_key,
            )
    except IntegrityError:
        return Report.objects.get(client_key=client_key)
    for name, data, content_type in checked:
        evidence = Evidence(
            report=report, name=name[-300:], content_type=content_type, size=len(data)
        )
        evidence.file.save(name[-100:], ContentFile(data), save=False)
        evidence.save()
    for text in difficulties:
        if text.strip():
            Difficulty.objects.create(report=report, assignment=assignment, text=text.strip())
    _assignment_reported(assignment, status=status, progress=progress, when=when)
    return report


@transaction.atomic
def difficulty_message(
    *,
    difficulty: Difficulty,
    actor: Any,
    text: str,
    from_office: bool,
    close: bool = False,
    at: dt.datetime | None = None,
) -> Message:
    """The office answers a difficulty (or closes it), or the unit replies, which puts it
    back in the office's queue."""
    text = text.strip()
    if not text:
        raise DirectiveError(_("Write the message."))
    message = Message.objects.create(
        difficulty=difficulty,
        author=actor if getattr(actor, "is_authenticated", False) else None,
        from_office=from_office,
        text=text,
        at=at or timezone.now(),
    )
    if from_office:
        difficulty.status = DifficultyStatus.CLOSED if close else DifficultyStatus.ANSWERED
    else:
        difficulty.status = DifficultyStatus.OPEN
    difficulty.save(update_fields=["status", "updated_at"])
    return message
