from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.workdays.selectors import calendar
from motcua.workdays.services import days_off_load


class Command(BaseCommand):
    help = "The working-day calendar: due dates, a year's days off, loading a new notice."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        due = sub.add_parser("due", help="Due date of a limit in working days.")
        due.add_argument("--received", required=True, help="e.g. 2025-04-25T10:00 (local time)")
        due.add_argument("--days", type=int, required=True, help="working days (0: within the day)")
        due.add_argument(
            "--cutoff",
            help="HH:MM: a sectoral cut-off (received after it counts from the next working "
            "day), e.g. 15:00 for civil status within the day; none by default",
        )
        due.add_argument("--json", action="store_true")
        listing = sub.add_parser("list", help="Weekdays off and working Saturdays of a year.")
        listing.add_argument("--year", type=int, required=True)
        listing.add_argument("--json", action="store_true")
        load = sub.add_parser("load", help="Load days off from a CSV/XLSX file.")
        load.add_argument("file")
        load.add_argument("--dry-run", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _due(self, options: dict[str, Any]) -> None:
        try:
            received = dt.datetime.fromisoformat(options["received"])
        except ValueError as exc:
            raise CommandError(
                f"--received: {options['received']!r} is not a date and time (2025-04-25T10:00)"
            ) from exc
        if received.tzinfo is None:
            received = received.replace(tzinfo=timezone.get_current_timezone())
        received = timezone.localtime(received)
        if options["days"] < 0:
            raise CommandError("--days: the number of working days cannot be negative")
        cutoff = None
        if options.get("cutoff"):
            try:
                cutoff = dt.time.fromisoformat(options["cutoff"])
            except ValueError as exc:
                raise CommandError(
                    f"--cutoff: {options['cutoff']!r} is not a time of day (15:00)"
                ) from exc
        cal = calendar()
        try:
            due = cal.due_date(received, options["days"], cutoff=cutoff)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self._warn(cal.unconfirmed_years)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "received": received.isoformat(),
                        "days": options["days"],
                        "cutoff": cutoff.strftime("%H:%M") if cutoff else None,
                        "due": due.isoformat(),
                        "transfer": cal.transfer_day(received).isoformat(),
                        "unconfirmed_years": sorted(cal.unconfirmed_years),
                    }
                )
            )
        else:
            self.stdout.write(f"{due:%A %d/%m/%Y}")

    def _list(self, options: dict[str, Any]) -> None:
        year = options["year"]
        if not 1900 <= year <= 2200:
            raise CommandError("--year: give a year between 1900 and 2200")
        cal = calendar()
        days = [
            {
                "date": day.isoformat(),
                "weekday": day.strftime("%A"),
                "kind": kind,
                "working": cal.is_working_day(day),
            }
            for day, kind in cal.rest_days(year)
        ]
        self._warn(cal.unconfirmed_years)
        if options["json"]:
            payload = {"year": year, "unconfirmed": year in cal.unconfirmed_years, "days": days}
            self.stdout.write(json.dumps(payload))
            return
        for item in days:
            flag = "working" if item["working"] else "off"
            self.stdout.write(f"{item['date']}  {item['weekday']:<9}  {flag:<7}  {item['kind']}")

    def _load(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        result = days_off_load(data=data, filename=path.name, dry_run=options["dry_run"])
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(f"{path.name}: {problem}")
            raise CommandError(f"nothing loaded: {len(result.problems)} problem(s)")
        verb = "would be " if result.dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(f"{result.created} {verb}added, {result.updated} {verb}updated")
        )

    def _warn(self, years: set[int]) -> None:
        if years:
            listed = ", ".join(str(y) for y in sorted(years))
            sys.stderr.write(
                f"warning: no official days off loaded for {listed}; statutory holidays only "
                "(unconfirmed). Load the Government's notice with `motcua workdays load FILE`.\n"
            )
