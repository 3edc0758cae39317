"""Demo survey data: a SIPAS campaign over the demo province for the last full quarter,
sampled from the demo dossiers, with about 2,000 answer sheets on the web and on paper and
its results stored for the indicator board. A few communes are weak on a few criteria, so
the weakest-items list means something. Deterministic: loading again changes nothing."""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone

from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Invitation,
    Questionnaire,
    Response,
    ResponseChannel,
)
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.services import campaign_results_refresh, questionnaire_install_builtin

DEMO_CAMPAIGN = "sipas-demo"
DEMO_SEED = 2640
RESPONSE_SHARE = 0.8  # of the invitations
# Criteria a weak commune does badly on: the officials' guidance and the time limits.
WEAK_ITEMS = (
    "officials_1",
    "officials_4",
    "officials_5",
    "procedure_5",
    "access_1",
    "feedback_4",
)


def _last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    quarter = (today.month - 1) // 3
    year = today.year if quarter else today.year - 1
    quarter = quarter or 4
    start = dt.date(year, 3 * quarter - 2, 1)
    end_month = 3 * quarter
    end = dt.date(year + (end_month == 12), end_month % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def _answer(rng: random.Random, weak: bool) -> str:
    """A 5-level answer: mostly satisfied, less so where the commune is weak."""
    weights = (10, 20, 30, 25, 15) if weak else (1, 2, 7, 45, 45)
    return str(rng.choices("12345", weights=weights)[0])


@transaction.atomic
def demo_survey_load(*, today: dt.date | None = None, target_responses: int = 2000) -> int:
    """Load the demo campaign once; returns how many responses it has."""
    existing = Campaign.objects.filter(slug=DEMO_CAMPAIGN).first()
    if existing is not None:
        # A demo loaded before results were stored gets them; otherwise nothing is done.
        campaign_results_refresh(campaign=existing)
        return existing.responses.count()
    questionnaire_install_builtin()
    version = Questionnaire.objects.get(slug="sipas-2640").versions.order_by("number").first()
    assert version is not None
    start, end = _last_quarter(today or timezone.localdate())
    province = AdministrativeUnit.objects.filter(is_demo=True, kind="province").first()
    if province is None:
        return 0
    campaign = Campaign.objects.create(
        slug=DEMO_CAMPAIGN,
        title=f"Khảo sát SIPAS quý {(start.month - 1) // 3 + 1}/{start.year} (dữ liệu mẫu)",
        version=version,
        starts_on=start,
        ends_on=end,
        strata_by=["unit"],
        seed=DEMO_SEED,
        status=CampaignStatus.OPEN,
        is_demo=True,
    )
    campaign.units.add(province)
    strata = campaign_draw_sample(campaign=campaign)
    rng = random.Random(DEMO_SEED)  # noqa: S311 - reproducible demo data
    units = sorted({s.unit_id for s in strata if s.unit_id})
    weak_units = set(rng.sample(units, k=min(2, len(units))))
    items = list(version.items.filter(in_index=True).values_list("name", flat=True))
    invitations = list(Invitation.objects.filter(campaign=campaign).select_related("stratum"))
    total = len(invitations)
    share = min(RESPONSE_SHARE, target_responses / total) if total else 0
    answered = [i for i in invitations if rng.random() < share]
    # Top up with paper sheets handed out at the counters when the sample is small.
    paper = max(0, target_responses - len(answered))
    responses = []
    for number, invitation in enumerate(answered):
        weak = invitation.stratum.unit_id in weak_units
        answers = {name: _answer(rng, weak and name in WEAK_ITEMS) for name in [*items, "overall"]}
        responses.append(
            Response(
                campaign=campaign,
                version=version,
                stratum=invitation.stratum,
                unit_id=invitation.stratum.unit_id,
                channel=ResponseChannel.WEB,
                submitted_on=start + dt.timedelta(days=rng.randrange((end - start).days + 1)),
                client_key=f"demo-web-{number}",
                answers=answers,
            )
        )
    by_unit = {s.unit_id: s for s in strata if s.unit_id}
    for number in range(paper if units else 0):
        unit_id = rng.choice(units)
        weak = unit_id in weak_units
        responses.append(
            Response(
                campaign=campaign,
                version=version,
                stratum=by_unit[unit_id],
                unit_id=unit_id,
                channel=ResponseChannel.PAPER,
                submitted_on=end,
                client_key=f"demo-paper-{number}",
                batch=f"L{number // 50 + 1:02d}",
                answers={
                    name: _answer(rng, weak and name in WEAK_ITEMS) for name in [*items, "overall"]
                },
            )
        )
    Response.objects.bulk_create(responses, batch_size=1000)
    Invitation.objects.filter(pk__in=[i.pk for i in answered]).update(used=True)
    # The indicator board reads the stored results, as it does after real answers.
    campaign_results_refresh(campaign=campaign)
    return len(responses)
