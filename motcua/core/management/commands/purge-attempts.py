from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from motcua.core.throttle import throttle_purge


class Command(BaseCommand):
    help = (
        "Delete the record of citizens' tries (lookups, survey codes, feedback) older than a "
        "day: they only serve the rate limits (run daily from cron)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{throttle_purge()} tries older than a day deleted.")
