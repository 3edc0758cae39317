"""Send SMS reminders for a campaign's unanswered invitations (for cron).

    motcua survey remind CAMPAIGN_SLUG [--after-days 3] [--stratum KEY ...] [--dry-run] [--json]

A reminder goes to each unanswered invitation sent at least --after-days days ago and not
reminded in that time, so a daily cron job reminds each citizen at most every --after-days
days. Exit codes as for `send-invitations`.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.utils.translation import gettext as _

from motcua.surveys.cli import send_invitations
from motcua.surveys.invitations import REMINDER_AFTER_DAYS


def arguments(parser: CommandParser) -> None:
    send_invitations.arguments(parser)
    parser.add_argument(
        "--after-days",
        type=int,
        default=REMINDER_AFTER_DAYS,
        metavar="DAYS",
        help=_("days since the invitation or the last reminder (default: %(default)s)"),
    )


def run(command: Any, options: dict[str, Any]) -> None:
    """Send SMS reminders for a campaign's unanswered invitations (for cron)."""
    send_invitations.send(command, options, reminder=True)
