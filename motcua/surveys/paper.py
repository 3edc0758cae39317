"""Paper questionnaires typed in by staff, once or twice (double entry)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.collection import ResponseError, answers_errors, answers_kept
from motcua.surveys.models import Campaign, PaperSheet, Response, ResponseChannel, Stratum
from motcua.surveys.services import campaign_results_changed


@dataclass
class PaperOutcome:
    response: Response | None = None
    # Double entry: the first typing waits for the second; a second that disagrees waits
    # for a third, which decides.
    waiting: bool = False
    mismatches: dict[str, tuple[Any, Any]] = field(default_factory=dict)


class PaperErrors(ResponseError):
    """Answers the questionnaire does not accept, by item name."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some answers are not accepted."))
        self.errors = errors


def _client_key(campaign: Campaign, batch: str, sheet: str) -> str:
    return f"paper:{campaign.pk}:{batch}:{sheet}"[:64]


def _stratum(campaign: Campaign, unit: AdministrativeUnit) -> Stratum | None:
    return campaign.strata.filter(unit=unit).order_by("key").first()


def _respond(
    campaign: Campaign, unit: AdministrativeUnit, batch: str, sheet: str, answers: dict
) -> Response:
    response = Response.objects.create(
        campaign=campaign,
        version=campaign.version,
        stratum=_stratum(campaign, unit),
        unit=unit,
        channel=ResponseChannel.PAPER,
        language=(campaign.version.languages or ["vi"])[0],
        submitted_on=timezone.localdate(),
        client_key=_client_key(campaign, batch, sheet),
        batch=batch,
        answers=answers,
    )
    campaign_results_changed(campaign_id=campaign.pk)
    return response


def paper_sheet_enter(
    *,
    campaign: Campaign,
    unit: AdministrativeUnit,
    batch: str,
    sheet: str,
    answers: dict[str, Any],
    actor: Any,
) -> PaperOutcome:
    """Check the typed answers against the questionnaire, then store them: at once, or,
    with double entry, when two typings by different people agree (a third decides a
    disagreement). The same sheet of a batch is never counted twice."""
    batch, sheet = batch.strip(), sheet.strip()
    if not batch or not sheet:
        raise ResponseError(_("Give the batch and the sheet number written on the paper."))
    version = campaign.version
    errors = answers_errors(version, answers)
    if errors:
        raise PaperErrors(errors)
    kept = answers_kept(version, answers)
    key = _client_key(campaign, batch, sheet)
    with transaction.atomic():
        if Response.objects.filter(client_key=key).exists():
            raise ResponseError(
                _("Sheet %(sheet)s of batch %(batch)s has already been entered.")
                % {"sheet": sheet, "batch": batch}
            )
        if not campaign.double_entry:
            return PaperOutcome(response=_respond(campaign, unit, batch, sheet, kept))
        typings = list(
            PaperSheet.objects.select_for_update().filter(
                campaign=campaign, batch=batch, sheet=sheet
            )
        )
        if any(t.entered_by_id == getattr(actor, "pk", None) for t in typings):
            raise ResponseError(_("Another person must type this sheet again."))
        if not typings:
            PaperSheet.objects.create(
                campaign=campaign,
                unit=unit,
                batch=batch,
                sheet=sheet,
                typing=1,
                answers=kept,
                entered_by=actor,
            )
            return PaperOutcome(waiting=True)
        if len(typings) == 1 and typings[0].answers != kept:
            PaperSheet.objects.create(
                campaign=campaign,
                unit=unit,
                batch=batch,
                sheet=sheet,
                typing=2,
                answers=kept,
                entered_by=actor,
            )
            return PaperOutcome(waiting=True, mismatches=_differences(typings[0].answers, kept))
        # The second typing agrees, or a third decides a disagreement.
        PaperSheet.objects.filter(campaign=campaign, batch=batch, sheet=sheet).delete()
        return PaperOutcome(response=_respond(campaign, unit, batch, sheet, kept))


def _differences(first: dict[str, Any], second: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {
        name: (first.get(name), second.get(name))
        for name in sorted(set(first) | set(second))
        if first.get(name) != second.get(name)
    }


@dataclass(frozen=True)
class Mismatch:
    batch: str
    sheet: str
    unit: AdministrativeUnit
    differences: dict[str, tuple[Any, Any]]


def paper_mismatches(campaign: Campaign) -> list[Mismatch]:
    """Sheets whose two typings disagree, with the answers that differ: a third typing of
    the paper decides."""
    typings: dict[tuple[str, str], list[PaperSheet]] = {}
    for typing in PaperSheet.objects.filter(campaign=campaign).select_related("unit"):
        typings.setdefault((typing.batch, typing.sheet), []).append(typing)
    return [
        Mismatch(batch, sheet, pair[0].unit, _differences(pair[0].answers, pair[1].answers))
        for (batch, sheet), pair in sorted(typings.items())
        if len(pair) == 2
    ]
