"""Directives of a People's Committee, their numbered tasks assigned to agencies and
communes, the units' reports, and the difficulties they raise with the coordinating office.

A task is assigned to organisations; each organisation has one *assignment* per task for a
one-off task, or one per reporting period for a recurring report (monthly, quarterly,
6-month, 9-month, yearly). An assignment carries its due date (computed on the working-day
calendar) and the status of its latest report, so rollups and overdue lists are plain
queries. Reports are kept as a history; the assignment shows the latest.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel
from motcua.orgs.models import AdministrativeUnit, Agency


class DirectiveStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ISSUED = "issued", _("Issued")


class Directive(TimeStampedModel):
    issuer = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("issued by"),
        on_delete=models.PROTECT,
        related_name="directives",
    )
    number = models.CharField(_("number and symbol"), max_length=64, blank=True)
    issued_on = models.DateField(_("date"), null=True, blank=True)
    signer = models.CharField(_("signed by"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    recipients = models.TextField(
        _("recipients"), blank=True, help_text=_("One per line, as printed under “Nơi nhận”.")
    )
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=DirectiveStatus.choices,
        default=DirectiveStatus.DRAFT,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "number"],
                condition=~Q(number=""),
                name="directives_number_unique",
            )
        ]

    def __str__(self) -> str:
        return self.number or str(_("Draft directive"))


class Attachment(TimeStampedModel):
    directive = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField(_("name"), max_length=300)
    file = models.FileField(_("file"), upload_to="directives/%Y/", max_length=300)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["directive", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name


class Recurrence(models.TextChoices):
    NONE = "", _("Once, by a deadline")
    MONTHLY = "monthly", _("Monthly report")
    QUARTERLY = "quarterly", _("Quarterly report")
    HALF_YEAR = "half_year", _("6-month report")
    NINE_MONTHS = "nine_months", _("9-month report")
    YEARLY = "yearly", _("Yearly report")


class TaskSource(models.TextChoices):
    MANUAL = "manual", _("Set by the directive")
    SURVEY = "survey", _("A survey item below target")
    LATE_UNIT = "late_unit", _("A unit below the on-time target")
    SATISFACTION = "satisfaction", _("A unit below the satisfaction target")
    FEEDBACK = "feedback", _("Repeated feedback")


class Task(TimeStampedModel):
    directive = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="tasks")
    number = models.PositiveSmallIntegerField(_("item"))
    title = models.CharField(_("task"), max_length=500)
    description = models.TextField(_("details"), blank=True)
    # One-off: a deadline in working days after the directive's date, or a date.
    deadline_days = models.PositiveSmallIntegerField(
        _("deadline in working days"), null=True, blank=True
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    recurrence = models.CharField(
        _("reporting"), max_length=12, choices=Recurrence.choices, blank=True, default=""
    )
    # A recurring report is due on this day of the month after its period (moved to the next
    # working day when that is a day off), until the end of `repeat_until`'s period.
    report_day = models.PositiveSmallIntegerField(_("report due on day"), default=5)
    repeat_until = models.DateField(_("reports until"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=16, choices=TaskSource.choices, default=TaskSource.MANUAL
    )
    source_detail = models.CharField(_("finding"), max_length=500, blank=True)
    indicator = models.CharField(_("indicator it should move"), max_length=64, blank=True)
    # Assigned to every commune in force under the issuer when the directive is issued.
    all_communes = models.BooleanField(_("all communes"), default=False)
    units = models.ManyToManyField(
        AdministrativeUnit, verbose_name=_("communes and units"), blank=True, related_name="+"
    )
    agencies = models.ManyToManyField(
        Agency, verbose_name=_("agencies"), blank=True, related_name="+"
    )

    class Meta:
        ordering = ["directive", "number"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [
            models.UniqueConstraint(fields=["directive", "number"], name="directives_task_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class Assignment(TimeStampedModel):
    """A task for one organisation (a unit, or an agency of a unit) and, for a recurring
    report, one period. `unit` is always set: for an agency it is the agency's unit, so the
    permission layer scopes assignments like everything else."""

    task = models.ForeignKey(
        Task, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("task")
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    agency = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("agency"),
    )
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period to"), null=True, blank=True)
    due_on = models.DateField(_("due on"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AssignmentStatus.choices,
        default=AssignmentStatus.NOT_STARTED,
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    reported_at = models.DateTimeField(_("last report"), null=True, blank=True)
    # The local day of the first report: a recurring report is on time when this is not
    # after the due date.
    first_reported_on = models.DateField(_("first report"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    reminded_on = models.DateField(_("reminded on"), null=True, blank=True)

    class Meta:
        ordering = ["task", "due_on", "unit__code", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit", "agency", "period_start"],
                nulls_distinct=False,
                name="directives_assignment_once",
            ),
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="directives_progress_percent"
            ),
        ]
        indexes = [models.Index(fields=["unit", "due_on"], name="directives_assignment_due")]

    def __str__(self) -> str:
        return f"{self.task} · {self.agency or self.unit}"

    @property
    def organisation(self) -> Agency | AdministrativeUnit:
        return self.agency or self.unit


class Report(models.Model):
    """One report by a unit on an assignment; the latest one sets the assignment's status."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("assignment")
    )
    status = models.CharField(_("status"), max_length=12, choices=AssignmentStatus.choices)
    progress = models.PositiveSmallIntegerField(_("progress (%)"))
    narrative = models.TextField(_("what was done"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    # A random key made with the form: a retried submission is not stored twice.
    client_key = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["assignment", "-submitted_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.assignment} · {self.submitted_at:%Y-%m-%d}"


class Evidence(TimeStampedModel):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="evidence")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=300)
    file = models.FileField(_("file"), upload_to="evidence/%Y/", max_length=300)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.name


class DifficultyStatus(models.TextChoices):
    OPEN = "open", _("Waiting for guidance")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class Difficulty(TimeStampedModel):
    """A difficulty needing guidance, raised in a report: it waits in the coordinating
    office's queue until answered."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="difficulties", verbose_name=_("report")
    )
    assignment = models.ForeignKey(
        Assignment,
        on_delete=models.CASCADE,
        related_name="difficulties",
        verbose_name=_("assignment"),
    )
    text = models.TextField(_("difficulty"))
    status = models.CharField(
        _("status"), max_length=8, choices=DifficultyStatus.choices, default=DifficultyStatus.OPEN
    )

    class Meta:
        ordering = ["status", "-created_at"]
        verbose_name = _("difficulty")
        verbose_name_plural = _("difficulties")

    def __str__(self) -> str:
        return self.text[:60]


class Message(models.Model):
    """One message of a difficulty's thread: the office's guidance or the unit's reply."""

    difficulty = models.ForeignKey(Difficulty, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_office = models.BooleanField(_("from the coordinating office"), default=False)
    text = models.TextField(_("message"))
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["difficulty", "at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return self.text[:60]
