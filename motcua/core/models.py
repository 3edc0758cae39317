from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class AuditEvent(models.Model):
    """Who did what to which record: imports, personal-data reads, refused actions."""

    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=64, db_index=True)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    detail: models.JSONField[Any] = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}:{self.object_id}"


STALLED_AFTER_MINUTES = 10


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting in the queue")
    RUNNING = "running", _("Running")
    CHECKED = "checked", _("Checked: waiting for your confirmation")
    DONE = "done", _("Imported")
    REJECTED = "rejected", _("Not imported: the file has problems")
    CANCELLED = "cancelled", _("Cancelled")
    FAILED = "failed", _("Stopped by an internal error")


FINISHED = (
    JobStatus.CHECKED,
    JobStatus.DONE,
    JobStatus.REJECTED,
    JobStatus.CANCELLED,
    JobStatus.FAILED,
)


class ImportJob(TimeStampedModel):
    """A file uploaded through the web, checked in the background (a dry run showing what would
    change), then imported once the uploader confirms, with visible progress throughout."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=32)
    filename = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(_("file content"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    confirmed = models.BooleanField(_("confirmed by the uploader"), default=False)
    done = models.PositiveIntegerField(_("rows done"), default=0)
    total = models.PositiveIntegerField(_("rows in all"), default=0)
    result: models.JSONField[Any] = models.JSONField(_("result"), default=dict, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return f"{self.kind} {self.filename} ({self.status})"

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def finished(self) -> bool:
        """Nothing more happens without the uploader (the page stops refreshing)."""
        return self.status in FINISHED

    @property
    def stalled(self) -> bool:
        """Queued or running with no sign of life for a while: the worker may be down."""
        quiet = timezone.now() - self.updated_at
        return not self.finished and quiet > dt.timedelta(minutes=STALLED_AFTER_MINUTES)


class ApiToken(TimeStampedModel):
    """A bearer token for a staff client of the REST API. Only a keyed hash of the token is
    stored: the token itself is shown once, when it is created, and never again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for."))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("prefix"), max_length=16, editable=False)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… {self.name}"

    def in_force(self, now: dt.datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or now < self.expires_at)


class Attempt(models.Model):
    """One try at something limited per client: a status lookup, a survey code, a feedback
    form. Only a keyed hash of the client's address is kept, and only for a day
    (`motcua purge-attempts`). A table rather than the cache so that every server process
    counts the same tries."""

    scope = models.CharField(max_length=32)
    client = models.CharField(max_length=64)
    at = models.DateTimeField()
    succeeded = models.BooleanField(default=False)

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["scope", "client", "at"], name="core_attempt_client")]

    def __str__(self) -> str:
        return f"{self.scope} {self.client[:8]} {self.at:%Y-%m-%d %H:%M}"
