"""Campaigns with answers whose design-based figures can be counted by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Questionnaire,
    Response,
    Stratum,
)
from motcua.surveys.services import questionnaire_install_builtin


def exit_campaign(
    world: Any,
    *,
    slug: str = "exit-2025",
    starts_on: dt.date = dt.date(2025, 1, 1),
    ends_on: dt.date = dt.date(2025, 12, 31),
    status: str = CampaignStatus.OPEN,
) -> Campaign:
    """The exit questionnaire (one element: overall, officials, time) over the province,
    with commune A's 30 sheets and commune B's 20, each commune standing for 200 dossiers.

    By hand: overall is satisfied everywhere; officials in A only; time in 20 of A's 30
    sheets and 13 of B's 20. Weighted by population, officials is 50 %, time
    (200·20/30 + 200·13/20) / 400 = 65.83 %, and the index (100 + 50 + 65.83) / 3 = 71.94 %;
    counting sheets instead gives 60 %, 66 % and 75.33 %. Commune A's index is
    (100 + 100 + 66.67) / 3 = 88.89 %, commune B's (100 + 0 + 65) / 3 = 55 %."""
    questionnaire_install_builtin(slugs=["exit"])
    version = Questionnaire.objects.get(slug="exit").versions.get()
    campaign = Campaign.objects.create(
        slug=slug,
        title=f"Lấy ý kiến {slug}",
        version=version,
        starts_on=starts_on,
        ends_on=ends_on,
        status=status,
        target=90,
    )
    campaign.units.add(world.province)
    for unit, officials, count in [(world.commune_a, "5", 30), (world.commune_b, "2", 20)]:
        stratum = Stratum.objects.create(
            campaign=campaign, key=str(unit.pk), unit=unit, population=200, sample_size=count
        )
        Response.objects.bulk_create(
            Response(
                campaign=campaign,
                version=version,
                stratum=stratum,
                unit=unit,
                channel="web",
                submitted_on=starts_on,
                client_key=f"{slug}-{unit.code}-{n}",
                answers={"overall": "4", "officials": officials, "time": "4" if n % 3 else "2"},
            )
            for n in range(count)
        )
    return campaign
