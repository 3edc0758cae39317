"""Background imports started from the web, with progress saved as they go.

The job, its queue and its progress are infrastructure; what a row means belongs to the app
that owns the list, which registers its importer here when Django starts (`AppConfig.ready`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from django.utils import timezone, translation
from django_tasks import task

from motcua.core.models import ImportJob, JobStatus
from motcua.core.tabular import ImportResult

logger = logging.getLogger(__name__)

IMPORTERS: dict[str, Callable[..., ImportResult]] = {}


def importer_register(kind: str, importer: Callable[..., ImportResult]) -> None:
    """Let web uploads of `kind` run `importer(data=, filename=, actor=, progress=, dry_run=)`."""
    IMPORTERS[kind] = importer


def import_job_create(*, kind: str, filename: str, data: bytes, user: Any) -> ImportJob:
    """Store the upload and queue its check (a dry run)."""
    if kind not in IMPORTERS:
        raise ValueError(kind)
    job = ImportJob.objects.create(kind=kind, filename=filename[:255], data=data, created_by=user)
    _enqueue(job)
    return job


def import_job_confirm(*, job: ImportJob) -> ImportJob:
    """Import a checked file for real. Confirming twice queues it once."""
    updated = ImportJob.objects.filter(pk=job.pk, status=JobStatus.CHECKED).update(
        confirmed=True, status=JobStatus.QUEUED, done=0, updated_at=timezone.now()
    )
    job.refresh_from_db()
    if updated:
        _enqueue(job)
    return job


def import_job_cancel(*, job: ImportJob) -> ImportJob:
    """Drop a checked file, or one whose worker stopped answering (its transaction, if it
    was running, has been rolled back by the database)."""
    cancellable = [JobStatus.CHECKED]
    if job.stalled:
        cancellable += [JobStatus.QUEUED, JobStatus.RUNNING]
    ImportJob.objects.filter(pk=job.pk, status__in=cancellable).update(
        status=JobStatus.CANCELLED, data=b"", updated_at=timezone.now()
    )
    job.refresh_from_db()
    return job


def _enqueue(job: ImportJob) -> None:
    import_job_run.enqueue(str(job.public_id), translation.get_language() or "vi")


@task()
def import_job_run(public_id: str, language: str = "vi") -> None:
    with translation.override(language):
        _import_job_run(public_id)


def _import_job_run(public_id: str) -> None:
    job = ImportJob.objects.select_related("created_by").get(public_id=public_id)
    if job.status != JobStatus.QUEUED:
        return  # a retried task never imports twice
    job.status, job.started_at = JobStatus.RUNNING, timezone.now()
    job.save(update_fields=["status", "started_at", "updated_at"])
    last_save = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last_save
        if time.monotonic() - last_save > 0.5 or done == total:
            last_save = time.monotonic()
            ImportJob.objects.filter(pk=job.pk).update(
                done=done, total=total, updated_at=timezone.now()
            )

    try:
        result = IMPORTERS[job.kind](
            data=bytes(job.data),
            filename=job.filename,
            actor=job.created_by,
            progress=progress,
            dry_run=not job.confirmed,
        )
    except Exception as exc:
        logger.exception("import job %s crashed", job.public_id)
        job.status, job.result = JobStatus.FAILED, {"ok": False, "crash": type(exc).__name__}
        job.finished_at, job.data = timezone.now(), b""
        job.save(update_fields=["status", "result", "finished_at", "data", "updated_at"])
        return
    job.refresh_from_db(fields=["done", "total"])
    job.result = result.as_dict()
    job.finished_at = timezone.now()
    if not result.ok:
        job.status, job.data = JobStatus.REJECTED, b""
    elif result.dry_run:
        job.status = JobStatus.CHECKED  # the file is kept until confirmed or cancelled
    else:
        job.status, job.data = JobStatus.DONE, b""
    job.save(update_fields=["status", "result", "finished_at", "data", "updated_at"])
