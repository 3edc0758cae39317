"""`motcua workdays SUBCOMMAND`: the working-day calendar.

    motcua workdays due --received DATETIME --days N [--cutoff HH:MM] [--json]
    motcua workdays list --year YEAR [--json]
    motcua workdays load FILE [--dry-run]

Each subcommand is a pair of functions, `arguments(parser)` and `run(command, options)`,
registered in `SUBCOMMANDS` and dispatched by `core.cli.SubcommandsCommand`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.core.cli import Arguments, Run, SubcommandsCommand
from motcua.core.tabular import encoding_name
from motcua.workdays.selectors import calendar
from motcua.workdays.services import days_off_load


def due_arguments(parser: CommandParser) -> None:
    parser.add_argument("--received", required=True, help="e.g. 2025-04-25T10:00 (local time)")
    parser.add_argument("--days", type=int, required=True, help="working days (0: within the day)")
    parser.add_argument(
        "--cutoff",
        help="HH:MM: a sectoral cut-off (received after it counts from the next working "
        "day), e.g. 15:00 for civil status within the day; none by default",
    )
    parser.add_argument("--json", action="store_true")


def due_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Due date of a limit in working days."""
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
    _warn(cal.unconfirmed_years)
    if options["json"]:
        command.stdout.write(
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
        command.stdout.write(f"{due:%A %d/%m/%Y}")


def list_arguments(parser: CommandParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--json", action="store_true")


def list_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Weekdays off and working Saturdays of a year."""
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
    _warn(cal.unconfirmed_years)
    if options["json"]:
        payload = {"year": year, "unconfirmed": year in cal.unconfirmed_years, "days": days}
        command.stdout.write(json.dumps(payload))
        return
    for item in days:
        flag = "working" if item["working"] else "off"
        command.stdout.write(f"{item['date']}  {item['weekday']:<9}  {flag:<7}  {item['kind']}")


def load_arguments(parser: CommandParser) -> None:
    parser.add_argument("file")
    parser.add_argument("--dry-run", action="store_true")


def load_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Load days off from a CSV/XLSX file."""
    path = Path(options["file"])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from exc
    result = days_off_load(data=data, filename=path.name, dry_run=options["dry_run"])
    if not result.ok:
        for problem in result.problems:
            command.stderr.write(f"{path.name}: {problem}")
        raise CommandError(f"nothing loaded: {len(result.problems)} problem(s)")
    verb = "would be " if result.dry_run else ""
    command.stdout.write(
        command.style.SUCCESS(
            f"{result.created} {verb}added, {result.updated} {verb}updated "
            f"(read as {encoding_name(result.encoding)})"
        )
    )


def _warn(years: set[int]) -> None:
    if years:
        listed = ", ".join(str(y) for y in sorted(years))
        sys.stderr.write(
            f"warning: no official days off loaded for {listed}; statutory holidays only "
            "(unconfirmed). Load the Government's notice with `motcua workdays load FILE`.\n"
        )


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "due": (due_arguments, due_run),
    "list": (list_arguments, list_run),
    "load": (load_arguments, load_run),
}


class Command(SubcommandsCommand):
    help = "The working-day calendar: due dates, a year's days off, loading a new notice."
    subcommands = SUBCOMMANDS
    subcommand_dest = "action"
