from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.catalogue.publication import publication_problems


class Command(BaseCommand):
    help = (
        "List published procedures whose form or legal basis has expired, that lack a "
        "mandatory component, or whose forms were published after their expiry. "
        "Exit code 1 when anything needs fixing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print JSON for programs.")
        parser.add_argument("--on", help="Check as of this date (YYYY-MM-DD); default today.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            on = dt.date.fromisoformat(options["on"]) if options["on"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--on: {options['on']!r} is not a date (YYYY-MM-DD)") from exc
        problems = publication_problems(on=on)
        if options["json"]:
            payload = {
                "on": on.isoformat(),
                "count": len(problems),
                "problems": [p.as_dict() for p in problems],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        elif not problems:
            self.stdout.write(self.style.SUCCESS(f"{on}: no publication problem found."))
        else:
            self.stdout.write(f"{on}: {len(problems)} problem(s) to fix\n")
            for p in problems:
                since = f" (since {p.since})" if p.since else ""
                self.stdout.write(f"{p.procedure_code:<12} {p.label}: {p.detail}{since}")
                self.stdout.write(f"{'':<12} {p.procedure_name}")
        if problems:
            raise SystemExit(1)
