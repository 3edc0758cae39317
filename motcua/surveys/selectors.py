"""Reads of the stored survey results (`CampaignResult`), for the indicator board."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Max

from motcua.surveys.models import Campaign, CampaignResult, CampaignStatus, Response
from motcua.surveys.results import METHOD


@dataclass(frozen=True)
class SurveyIndex:
    """A unit's overall satisfaction index from one campaign, as its results page gives it.

    `index`, `ci_low` and `ci_high` are shares between 0 and 1 (the page prints 87.4 % for
    0.874); they are None when the unit's answers are too few for any item to count (fewer
    than 10 valid answers each). `n` is the number of answer sheets behind the figure."""

    index: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    campaign: Campaign
    computed_at: dt.datetime
    # The campaign's answers changed since the figure was stored and a refresh is pending.
    stale: bool

    @property
    def final(self) -> bool:
        """The campaign is closed: its figure no longer changes."""
        return self.campaign.status == CampaignStatus.CLOSED


def survey_indices_for(
    unit_ids: Iterable[int], *, start: dt.date, end: dt.date
) -> dict[int, SurveyIndex | None]:
    """The stored design-based overall index of each unit for the period from `start` to
    `end`, or None when no campaign has answers there. Two queries, whatever the number of
    units.

    Contract:
    - The figure is exactly the one on the campaign's results page for a user who sees that
      unit (same index, same 95 % interval, same answer count), stored by
      `campaign_results_refresh` when the campaign's answers change.
    - A unit's figure covers the answers of the unit, of the units below it, and of the
      historic units merged or split into them. A province's figure is therefore that of the
      campaign over the province, and a commune's that of its own answers, even when the
      campaign was set up for the whole province. A unit that only contains the campaign's
      units (a province over a campaign of three communes) gets those communes' figure.
    - Campaigns considered: open or closed (not drafts), whose period (`starts_on` to
      `ends_on`, the days the sampled dossiers were finished) overlaps the period asked,
      with at least one answer in the unit. When several qualify, a closed campaign comes
      before an open one, then the one whose period ends last, then the one that starts
      last, then the one created last. Campaigns are never combined: their samples and
      questionnaires differ.
    - `stale` is True when answers were added or removed after the figure was stored (the
      background refresh has not run yet); the figure is still that of the stored answers.
    """
    wanted = set(unit_ids)
    if not wanted:
        return {}
    rows = (
        CampaignResult.objects.filter(
            unit_id__in=wanted,
            n_answers__gt=0,
            campaign__status__in=[CampaignStatus.OPEN, CampaignStatus.CLOSED],
            campaign__starts_on__lte=end,
            campaign__ends_on__gte=start,
        )
        .select_related("campaign")
        .order_by("unit_id")
    )
    best: dict[int, CampaignResult] = {}
    for row in rows:
        assert row.unit_id is not None  # filtered on unit_id above
        current = best.get(row.unit_id)
        if current is None or _rank(row.campaign) > _rank(current.campaign):
            best[row.unit_id] = row
    seen = {
        item["campaign_id"]: (item["count"], item["last"])
        for item in Response.objects.filter(campaign_id__in={r.campaign_id for r in best.values()})
        .values("campaign_id")
        .annotate(count=Count("pk"), last=Max("pk"))
        .order_by()
    }
    found: dict[int, SurveyIndex | None] = dict.fromkeys(wanted)
    for unit_id, row in best.items():
        found[unit_id] = SurveyIndex(
            index=row.index,
            ci_low=row.ci_low,
            ci_high=row.ci_high,
            n=row.n_answers,
            campaign=row.campaign,
            computed_at=row.computed_at,
            stale=row.method != METHOD
            or seen.get(row.campaign_id, (0, None)) != (row.answers_seen, row.last_answer_id),
        )
    return found


def survey_index_for(unit_id: int, *, start: dt.date, end: dt.date) -> SurveyIndex | None:
    """`survey_indices_for` for one unit."""
    return survey_indices_for([unit_id], start=start, end=end)[unit_id]


def _rank(campaign: Campaign) -> tuple[bool, dt.date, dt.date, int]:
    return (
        campaign.status == CampaignStatus.CLOSED,
        campaign.ends_on,
        campaign.starts_on,
        campaign.pk,
    )
