"""`motcua directives SUBCOMMAND`: the directives' tools for cron and administrators.

    motcua directives remind [--today DATE] [--dry-run] [--json]

`remind` e-mails the people who report for tasks and reports due soon or overdue (the rules
are in `motcua.directives.reminders`); run it every day from cron. Exit code 0 when every
reminder due was sent or had nobody with an e-mail address to go to, 1 when the mail server
refused some (their items stay due for the next run), 2 on bad input.

Each subcommand is a pair of functions, `arguments(parser)` and `run(command, options)`,
registered in `SUBCOMMANDS`, as in `motcua survey`."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from motcua.core.cli import Arguments, Run, SubcommandsCommand, date_option
from motcua.directives.reminders import ReminderResult, reminders_send

NOT_ALL_SENT = 1


def remind_arguments(parser: CommandParser) -> None:
    parser.add_argument(
        "--today",
        metavar="DATE",
        help=_("remind as on this day, e.g. 2025-09-04 (default: today)"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("count the e-mails due, send nothing")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def remind_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """E-mail reminders of the tasks and reports due soon or overdue (for cron)."""
    today = None
    if options["today"]:
        today = date_option("--today", options["today"])
    result = reminders_send(today=today, dry_run=options["dry_run"])
    if options["json"]:
        command.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        command.stdout.write(_remind_summary(result))
    if result.failed:
        raise CommandError(
            _("%(failed)s e-mails not sent; their items will be reminded at the next run.")
            % {"failed": result.failed},
            returncode=NOT_ALL_SENT,
        )


def _remind_summary(result: ReminderResult) -> str:
    counts = {**result.as_dict(), "today": result.today.strftime("%d/%m/%Y")}
    if result.day_off:
        return _("%(today)s is a day off: no reminders sent.") % counts
    if result.dry_run:
        return (
            _(
                "%(today)s, dry run: %(items)s items due a reminder, %(sent)s e-mails would be "
                "sent; %(no_email)s people without an e-mail address, %(nobody)s items with "
                "nobody to remind."
            )
            % counts
        )
    return (
        _(
            "%(today)s: %(items)s items due a reminder, %(sent)s e-mails sent, %(failed)s "
            "failed; %(no_email)s people without an e-mail address, %(nobody)s items with "
            "nobody to remind."
        )
        % counts
    )


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "remind": (remind_arguments, remind_run),
}


class Command(SubcommandsCommand):
    help = "Directives' tools: remind (e-mail reminders of tasks and reports due, for cron)."

    subcommands = SUBCOMMANDS
