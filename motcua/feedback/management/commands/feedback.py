"""`motcua feedback SUBCOMMAND`: feedback tools for cron and administrators.

    motcua feedback escalate [--today DATE] [--dry-run] [--json]
    motcua feedback erase-contacts

`erase-contacts` erases the citizen's name and contact from items closed for longer than
MOTCUA_FEEDBACK_CONTACT_DAYS (Law 91/2025: personal data only as long as needed); run it
every day from cron.

`escalate` e-mails the heads who answer for feedback past its handling deadline (the rules
are in `motcua.feedback.escalation`); run it every day from cron. Exit code 0 when every
e-mail due was sent or had nobody with an e-mail address to go to, 1 when the mail server
refused some (their items stay due for the next run), 2 on bad input.

Each subcommand is a pair of functions, `arguments(parser)` and `run(command, options)`,
registered in `SUBCOMMANDS`, as in `motcua directives`."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.cli import Arguments, Run, SubcommandsCommand, date_option
from motcua.feedback.escalation import EscalationResult, escalate
from motcua.feedback.services import feedback_contacts_erase

NOT_ALL_SENT = 1


def escalate_arguments(parser: CommandParser) -> None:
    parser.add_argument(
        "--today",
        metavar="DATE",
        help=_("escalate as on this day, e.g. 2025-09-04 (default: today)"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("count the e-mails due, send nothing")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def escalate_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """E-mail the heads about feedback past its handling deadline (for cron)."""
    today = timezone.localdate()
    if options["today"]:
        today = date_option("--today", options["today"])
    result = escalate(today, dry_run=options["dry_run"])
    if options["json"]:
        command.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        command.stdout.write(_escalate_summary(result))
    if result.failed:
        raise CommandError(
            _("%(failed)s e-mails not sent; their items will be escalated at the next run.")
            % {"failed": result.failed},
            returncode=NOT_ALL_SENT,
        )


def _escalate_summary(result: EscalationResult) -> str:
    counts = {**result.as_dict(), "today": result.today.strftime("%d/%m/%Y")}
    if result.day_off:
        return _("%(today)s is a day off: nothing escalated.") % counts
    if result.dry_run:
        return (
            _(
                "%(today)s, dry run: %(items)s overdue items to escalate, %(sent)s e-mails "
                "would be sent; %(no_email)s heads without an e-mail address, %(nobody)s "
                "items with no head to tell."
            )
            % counts
        )
    return (
        _(
            "%(today)s: %(items)s overdue items, %(escalated)s escalated, %(sent)s e-mails "
            "sent, %(failed)s failed; %(no_email)s heads without an e-mail address, "
            "%(nobody)s items with no head to tell."
        )
        % counts
    )


def erase_contacts_arguments(parser: CommandParser) -> None:
    """No options: the retention period is the MOTCUA_FEEDBACK_CONTACT_DAYS setting."""


def erase_contacts_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Erase the contacts of feedback closed long ago (for cron)."""
    erased = feedback_contacts_erase()
    command.stdout.write(
        _("%(items)s items closed more than %(days)s days ago had their contact erased.")
        % {"items": erased, "days": settings.MOTCUA_FEEDBACK_CONTACT_DAYS}
    )


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "escalate": (escalate_arguments, escalate_run),
    "erase-contacts": (erase_contacts_arguments, erase_contacts_run),
}


class Command(SubcommandsCommand):
    help = (
        "Feedback tools for cron: escalate (e-mail the heads about overdue feedback), "
        "erase-contacts (erase the contacts of feedback closed long ago)."
    )

    subcommands = SUBCOMMANDS
