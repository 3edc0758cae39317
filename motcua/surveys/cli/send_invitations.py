"""Send a campaign's invitations by SMS to the applicants not yet invited (for cron).

    motcua survey send-invitations CAMPAIGN_SLUG [--stratum KEY ...] [--dry-run] [--json]

Exit code 0 when every due invitation was sent or had no phone number, 1 when the gateway
failed for some (they stay due for the next run), 2 on bad input or configuration.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm

from motcua.core.messaging import SmsError
from motcua.surveys.invitations import (
    REMINDER_AFTER_DAYS,
    InvitationError,
    InvitationSendResult,
    campaign_link_for,
    invitations_send,
)
from motcua.surveys.models import Campaign

NOT_ALL_SENT = 1
BAD_INPUT = 2


def arguments(parser: CommandParser) -> None:
    parser.add_argument("campaign", help=_("the short name (slug) of the campaign"))
    parser.add_argument(
        "--stratum",
        action="append",
        dest="strata",
        metavar="KEY",
        help=_("only this stratum (repeat for several); default: every stratum"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("count the messages due, send nothing")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def run(command: Any, options: dict[str, Any]) -> None:
    """Send a campaign's invitations by SMS to the applicants not yet invited (for cron)."""
    send(command, options, reminder=False)


def send(command: Any, options: dict[str, Any], *, reminder: bool) -> None:
    """Shared by `send-invitations` and `remind`."""
    campaign = Campaign.objects.filter(slug=options["campaign"]).first()
    if campaign is None:
        raise CommandError(
            _("no campaign %(slug)s") % {"slug": options["campaign"]}, returncode=BAD_INPUT
        )
    strata = None
    if options["strata"]:
        strata = list(campaign.strata.filter(key__in=options["strata"]))
        unknown = sorted(set(options["strata"]) - {s.key for s in strata})
        if unknown:
            raise CommandError(
                _("the campaign has no stratum %(keys)s") % {"keys": ", ".join(unknown)},
                returncode=BAD_INPUT,
            )
    verbose = options.get("verbosity", 1) >= 1 and not options["json"]
    # tqdm draws only on a terminal (disable=None), so cron mails no progress bars.
    with tqdm(desc=campaign.slug, unit="sms", disable=None if verbose else True) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            result = invitations_send(
                campaign=campaign,
                strata=strata,
                reminder=reminder,
                actor=None,
                link_for=campaign_link_for(campaign),
                after_days=options.get("after_days", REMINDER_AFTER_DAYS),
                dry_run=options["dry_run"],
                progress=progress,
            )
        except (InvitationError, SmsError) as error:
            raise CommandError(str(error), returncode=BAD_INPUT) from error
    if options["json"]:
        command.stdout.write(
            json.dumps({"campaign": campaign.slug, **result.as_dict()}, ensure_ascii=False)
        )
    else:
        command.stdout.write(_summary(campaign, result))
    for reason, count in sorted(result.reasons.items()):
        command.stderr.write(f"{count} × {reason}")
    if result.failed:
        raise CommandError(
            _("%(failed)s messages not sent; they will be tried again at the next run.")
            % {"failed": result.failed},
            returncode=NOT_ALL_SENT,
        )


def _summary(campaign: Campaign, result: InvitationSendResult) -> str:
    counts = {
        "campaign": campaign.slug,
        "due": result.due,
        "sent": result.sent,
        "to_send": result.to_send,
        "failed": result.failed,
        "no_phone": result.no_phone,
    }
    if result.dry_run:
        return (
            _(
                "%(campaign)s, dry run: %(due)s due, %(to_send)s would be sent, "
                "%(no_phone)s without a phone number."
            )
            % counts
        )
    return (
        _(
            "%(campaign)s: %(due)s due, %(sent)s sent, %(failed)s failed, "
            "%(no_phone)s without a phone number."
        )
        % counts
    )
