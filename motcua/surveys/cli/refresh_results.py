"""Store again the results of campaigns whose stored results are out of date (for cron).

    motcua survey refresh-results [CAMPAIGN_SLUG ...] [--force]

The stored results (`CampaignResult`, which the indicator board reads) are refreshed in the
background after each answer; this catches up when that background worker was stopped, and
fills them in for campaigns answered before results were stored. Without a slug, every
campaign that has answers or stored results. Exit code 0; 2 for an unknown campaign.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from motcua.surveys.models import Campaign, CampaignResult, Response
from motcua.surveys.services import campaign_results_refresh

BAD_INPUT = 2


def arguments(parser: CommandParser) -> None:
    parser.add_argument("campaigns", nargs="*", help=_("short names (slugs) of campaigns"))
    parser.add_argument(
        "--force", action="store_true", help=_("compute even the results that are current")
    )


def run(command: Any, options: dict[str, Any]) -> None:
    """Store again the results of campaigns whose stored results are out of date (for cron)."""
    campaigns = Campaign.objects.select_related("version").order_by("pk")
    if options["campaigns"]:
        campaigns = campaigns.filter(slug__in=options["campaigns"])
        unknown = sorted(set(options["campaigns"]) - {c.slug for c in campaigns})
        if unknown:
            raise CommandError(
                _("no campaign %(slug)s") % {"slug": ", ".join(unknown)}, returncode=BAD_INPUT
            )
    else:
        campaigns = campaigns.filter(
            Exists(Response.objects.filter(campaign=OuterRef("pk")))
            | Exists(CampaignResult.objects.filter(campaign=OuterRef("pk")))
        )
    for campaign in campaigns:
        rows = campaign_results_refresh(campaign=campaign, force=options["force"])
        if options.get("verbosity", 1) >= 1:
            command.stdout.write(
                _("%(slug)s: %(rows)s stored results") % {"slug": campaign.slug, "rows": len(rows)}
            )
