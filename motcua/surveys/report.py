"""The survey report as a Word document in the administrative layout of Decree 30/2020/NĐ-CP
(`motcua.core.docx30`). Always in Vietnamese, like the documents it sits among."""

from __future__ import annotations

import math

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from motcua.core import docx30
from motcua.surveys.models import Campaign
from motcua.surveys.results import CampaignResults
from motcua.surveys.stats import Estimate

BAR_WIDTH = 20  # characters of a full bar in the text charts


def _percent(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value * 100:.1f}".replace(".", ",") + " %"


def _interval(e: Estimate | None) -> str:
    if e is None or not (math.isfinite(e.ci_low) and math.isfinite(e.ci_high)):
        return ""
    return f"{_percent(e.ci_low)} – {_percent(e.ci_high)}"


def _bar(value: float | None) -> str:
    """A bar of block characters: a chart that any Word and any printer shows."""
    if value is None:
        return ""
    return "█" * round(value * BAR_WIDTH)


def survey_report_docx(
    *, campaign: Campaign, results: CampaignResults, issuer: str, place: str
) -> bytes:
    with translation.override("vi"):
        return _build(campaign, results, issuer, place)


def _build(campaign: Campaign, results: CampaignResults, issuer: str, place: str) -> bytes:
    document = docx30.document_new()
    docx30.heading(document, issuer=issuer, number=_("No.: ..../BC-UBND"))
    docx30.place_and_date(document, place=place, day=timezone.localdate())
    docx30.title(
        document,
        kind=_("REPORT"),
        summary=_("Results of the survey of satisfaction with the service: %(title)s")
        % {"title": campaign.title},
    )

    docx30.paragraph(document, _("I. GENERAL INFORMATION"), bold=True)
    docx30.paragraph(
        document,
        _(
            "1. Period surveyed: %(start)s to %(end)s. Questionnaire: %(questionnaire)s. "
            "Responses: %(responses)s."
        )
        % {
            "start": campaign.starts_on.strftime("%d/%m/%Y"),
            "end": campaign.ends_on.strftime("%d/%m/%Y"),
            "questionnaire": campaign.version.questionnaire.title,
            "responses": results.responses,
        },
    )
    docx30.paragraph(
        document,
        _(
            "2. Method: a stratified random sample of the dossiers finished in the period; "
            "shares are estimated with the sampling design and given with their confidence "
            "intervals at 95 per cent; a figure resting on fewer than 10 answers is not given."
        ),
    )

    docx30.paragraph(document, _("II. RESULTS"), bold=True)
    verdict = (
        _("The target is met.")
        if results.meets_target
        else _("The target is not met.")
        if results.meets_target is False
        else _("There are not enough answers to judge the target.")
    )
    docx30.paragraph(
        document,
        _("1. Overall satisfaction index: %(overall)s (target %(target)s %%). %(verdict)s")
        % {
            "overall": _percent(results.overall),
            "target": f"{campaign.target:.0f}",
            "verdict": verdict,
        },
    )
    if _interval(results.index):
        docx30.paragraph(
            document,
            _("Interval at 95 per cent: %(interval)s.") % {"interval": _interval(results.index)},
        )
    if results.previous is not None:
        docx30.paragraph(
            document,
            _("Previous survey (%(title)s): %(overall)s.")
            % {"title": results.previous.label, "overall": _percent(results.previous.overall)},
        )
        docx30.table(
            document,
            [_("Survey"), _("Responses"), _("Index"), _("Chart")],
            [
                [group.label, str(group.responses), _percent(group.overall), _bar(group.overall)]
                for group in results.trend
            ],
        )
    docx30.paragraph(document, _("2. Indices by element"))
    docx30.table(
        document,
        [_("Element"), _("Index"), _("Interval at 95 per cent"), _("Chart")],
        [[e.label, _percent(e.value), _interval(e.index), _bar(e.value)] for e in results.elements],
    )
    docx30.paragraph(document, _("3. Satisfied share by item"))
    docx30.table(
        document,
        [_("Item"), _("Answers"), _("Satisfied"), _("Interval at 95 per cent")],
        [
            [
                item.label,
                str(item.answers),
                _percent(item.share.estimate) if item.share else _("not enough answers"),
                _interval(item.share),
            ]
            for item in results.items
        ],
    )
    docx30.paragraph(document, _("4. Units ranked by the overall index"))
    docx30.table(
        document,
        [_("Unit"), _("Responses"), _("Index"), _("Chart")],
        [
            [group.label, str(group.responses), _percent(group.overall), _bar(group.overall)]
            for group in results.by_unit
        ],
    )

    docx30.paragraph(document, _("III. WEAKEST ITEMS"), bold=True)
    for rank, item in enumerate(results.weakest, 1):
        gap = item.gap(results.target)
        docx30.paragraph(
            document,
            _("%(number)s. %(item)s: %(share)s, %(gap)s points below the target.")
            % {
                "number": rank,
                "item": item.label,
                "share": _percent(item.share.estimate if item.share else None),
                "gap": f"{max(gap or 0, 0) * 100:.1f}".replace(".", ","),
            },
        )

    docx30.closing(
        document,
        recipients=[
            _("- As above;"),
            _("- The Home Affairs office (to consolidate);"),
            _("- Filed."),
        ],
        behalf=_("ON BEHALF OF THE PEOPLE’S COMMITTEE"),
        position=_("CHAIRPERSON"),
    )
    return docx30.document_bytes(document)
