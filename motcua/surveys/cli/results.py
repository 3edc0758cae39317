"""A campaign's overall satisfaction index with its 95 % interval, and each item's rate.

    motcua survey results CAMPAIGN_SLUG [--json] [--language vi]

The figures are the campaign's results page over all its answers, computed from the answers
as they are now (`motcua.surveys.results.campaign_estimate`). With --json:

    {"campaign": "sipas-demo", "index": 0.8741, "ci": [0.8612, 0.887], "n": 2000,
     "method": "...", "elements": [{"code", "label", "index", "ci"}, ...],
     "items": [{"code", "label", "element", "in_index", "rate", "ci", "n"}, ...]}

Shares are between 0 and 1 (the page prints 87.4 % for 0.8741); a figure resting on too few
answers is null. Exit code 0; 1 when the campaign has no answers; 2 for an unknown campaign.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from motcua.surveys.models import Campaign
from motcua.surveys.results import CampaignEstimate, campaign_estimate
from motcua.surveys.stats import Estimate

NO_ANSWERS = 1
BAD_INPUT = 2


def arguments(parser: CommandParser) -> None:
    parser.add_argument("campaign", help=_("the short name (slug) of the campaign"))
    parser.add_argument("--json", action="store_true", help=_("print JSON"))
    parser.add_argument(
        "--language", default="vi", help=_("language of the item labels (default: vi)")
    )


def run(command: Any, options: dict[str, Any]) -> None:
    """Print a campaign's overall index, its 95 per cent interval and each item's rate."""
    campaign = Campaign.objects.filter(slug=options["campaign"]).select_related("version").first()
    if campaign is None:
        raise CommandError(
            _("no campaign %(slug)s") % {"slug": options["campaign"]}, returncode=BAD_INPUT
        )
    if not campaign.responses.exists():
        raise CommandError(
            _("the campaign %(slug)s has no answers yet") % {"slug": campaign.slug},
            returncode=NO_ANSWERS,
        )
    found = campaign_estimate(campaign, language=options["language"])
    if options["json"]:
        command.stdout.write(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
        return
    command.stdout.write(_table(found))


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}"


def _interval(e: Estimate | None) -> str:
    return "" if e is None else f"{_percent(e.ci_low)} – {_percent(e.ci_high)}"


def _table(found: CampaignEstimate) -> str:
    lines = [
        f"{found.campaign.title} ({found.campaign.slug})",
        _("answer sheets: %(n)s") % {"n": found.responses},
        _("overall index: %(index)s %% (95 %% interval %(interval)s)")
        % {"index": _percent(found.overall), "interval": _interval(found.index) or "—"},
        "",
    ]
    header = [_("item"), _("satisfied (%)"), _("interval (95 per cent)"), _("answers"), _("label")]
    rows = [
        [
            item.name + ("" if item.in_index else " *"),
            _percent(item.share.estimate if item.share else None),
            _interval(item.share),
            str(item.answers),
            item.label,
        ]
        for item in found.items
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join([*cells, row[-1]]))
    lines.append("")
    lines.append(_("* does not count in the overall index; — too few answers to give a figure"))
    return "\n".join(lines)
