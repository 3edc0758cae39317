from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from motcua.core.models import ImportJob, JobStatus


class Command(BaseCommand):
    help = (
        "Delete uploaded files that were checked but never confirmed, after some days "
        "(run daily from cron). The job and its result stay; its status becomes cancelled."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=7, help="Age in days (default 7).")

    def handle(self, *args: Any, **options: Any) -> None:
        cutoff = timezone.now() - dt.timedelta(days=options["days"])
        purged = ImportJob.objects.filter(status=JobStatus.CHECKED, updated_at__lt=cutoff).update(
            status=JobStatus.CANCELLED, data=b"", updated_at=timezone.now()
        )
        self.stdout.write(
            f"{purged} unconfirmed import(s) older than {options['days']} days purged."
        )
