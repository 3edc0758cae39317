"""A campaign's results: the overall index against the target, element indices, every item's
satisfied share with its design-based 95 % interval, units ranked, channels, the trend
over earlier campaigns, and the weakest items by their gap to the target (DOMAIN.md §5).

Item shares are estimated with the campaign's stratified design (`surveys.stats`): each
stratum's responses stand for its population (weight N_h / r_h, finite population
correction N_h). Strata with a single response are pooled, since a lonely unit gives no
variance. Indices (`surveys.indices`) aggregate the raw shares."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from motcua.surveys.collection import label
from motcua.surveys.indices import MIN_ANSWERS, SATISFIED, VALID, indices
from motcua.surveys.models import Campaign, Item, ItemKind, Response, Stratum
from motcua.surveys.stats import Design, DesignError, Estimate, estimate

POOLED = "pooled"
TREND_LENGTH = 8  # campaigns in the trend, this one included


@dataclass(frozen=True)
class ItemResult:
    name: str
    label: str
    element: str
    answers: int
    share: Estimate | None  # None when fewer than MIN_ANSWERS answered

    def gap(self, target: float) -> float | None:
        return None if self.share is None else target - self.share.estimate


@dataclass(frozen=True)
class GroupResult:
    key: Any
    label: str
    responses: int
    overall: float | None


@dataclass
class CampaignResults:
    campaign: Campaign
    target: float
    responses: int
    overall: float | None
    elements: list[tuple[str, str, float | None]]
    items: list[ItemResult]
    by_unit: list[GroupResult] = field(default_factory=list)
    by_channel: list[GroupResult] = field(default_factory=list)
    # This campaign and the earlier ones of the same questionnaire, oldest first.
    trend: list[GroupResult] = field(default_factory=list)
    design_note: str = ""

    @property
    def weakest(self) -> list[ItemResult]:
        shown = [i for i in self.items if i.share is not None]
        return sorted(shown, key=lambda i: i.share.estimate if i.share else 0)[:5]

    @property
    def previous(self) -> GroupResult | None:
        return self.trend[-2] if len(self.trend) > 1 else None

    @property
    def meets_target(self) -> bool | None:
        return None if self.overall is None else self.overall >= self.target


def _design(rows: list[Response], strata: dict[int, Stratum]) -> tuple[Design, str]:
    counts: dict[int | None, int] = defaultdict(int)
    for row in rows:
        counts[row.stratum_id] += 1
    pooled = {k for k, n in counts.items() if n < 2 or k is None or k not in strata}
    keys: list[str] = []
    weights: list[float] = []
    fpc: list[float] = []
    for row in rows:
        stratum = strata.get(row.stratum_id) if row.stratum_id is not None else None
        count = counts[row.stratum_id]
        population = max(stratum.population, count) if stratum is not None else count
        keys.append(POOLED if row.stratum_id in pooled else str(row.stratum_id))
        weights.append(population / count)
        fpc.append(population)
    if not pooled:
        return Design(weights=weights, strata=keys, fpc=fpc), ""
    if sum(counts[k] for k in pooled) < 2:
        # A single response outside any usable stratum: analyse without strata.
        return Design(weights=weights), "simplified"
    # Pooled strata have no single population size: no finite population correction.
    return Design(weights=weights, strata=keys), "pooled"


def _valid(value: Any) -> str | None:
    return str(value) if value is not None and str(value) in VALID else None


def _share(values: list[Any], design: Design) -> Estimate | None:
    answered = sum(1 for v in values if v is not None)
    if answered < MIN_ANSWERS:
        return None
    try:
        (result,) = estimate(values, design, proportion=sorted(SATISFIED))
    except DesignError:
        (result,) = estimate(values, Design(), proportion=sorted(SATISFIED))
    return result


def _groups(
    version: Any, rows: list[Response], key: Any, labels: dict[Any, str]
) -> list[GroupResult]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[key(row)].append(row.answers)
    results = [
        GroupResult(k, labels.get(k, str(k)), len(sheets), indices(version, sheets).overall)
        for k, sheets in grouped.items()
    ]
    return sorted(results, key=lambda g: (g.overall is None, -(g.overall or 0), g.label))


def _overall_of(campaign: Campaign, unit_ids: Iterable[int] | None) -> GroupResult:
    responses = campaign.responses.all()
    if unit_ids is not None:
        responses = responses.filter(unit_id__in=list(unit_ids))
    sheets = list(responses.values_list("answers", flat=True))
    return GroupResult(
        campaign.pk, campaign.title, len(sheets), indices(campaign.version, sheets).overall
    )


def campaign_results(
    campaign: Campaign, *, unit_ids: Iterable[int] | None = None, language: str = "vi"
) -> CampaignResults:
    """The results of a campaign, over the responses of the given units (all when None)."""
    version = campaign.version
    responses = campaign.responses.select_related("unit")
    if unit_ids is not None:
        responses = responses.filter(unit_id__in=list(unit_ids))
    rows = list(responses.order_by("pk"))
    target = float(campaign.target) / 100
    strata = {s.pk: s for s in campaign.strata.all()}
    design, note = _design(rows, strata) if rows else (Design(), "")
    sheets = [r.answers for r in rows]
    overall = indices(version, sheets)
    items: list[Item] = list(
        version.items.filter(kind=ItemKind.SATISFACTION)
        .select_related("section")
        .order_by("position")
    )
    item_results = []
    for item in items:
        values = [_valid(sheet.get(item.name)) for sheet in sheets]
        item_results.append(
            ItemResult(
                name=item.name,
                label=label(item, language),
                element=item.section.name if item.section else "",
                answers=sum(1 for v in values if v is not None),
                share=_share(values, design) if rows else None,
            )
        )
    sections = {s.name: label(s, language) for s in version.sections.all()}
    units = {r.unit_id: r.unit.name for r in rows if r.unit_id and r.unit}
    channels = {r.channel: r.get_channel_display() for r in rows}
    trend = [
        _overall_of(earlier, unit_ids)
        for earlier in reversed(
            Campaign.objects.filter(
                version__questionnaire=version.questionnaire, starts_on__lt=campaign.starts_on
            )
            .select_related("version")
            .order_by("-starts_on")[: TREND_LENGTH - 1]
        )
    ]
    trend.append(GroupResult(campaign.pk, campaign.title, len(rows), overall.overall))
    return CampaignResults(
        campaign=campaign,
        target=target,
        responses=len(rows),
        overall=overall.overall,
        elements=[(e.name, sections.get(e.name, e.name), e.value) for e in overall.elements],
        items=item_results,
        by_unit=_groups(version, rows, lambda r: r.unit_id, units),
        by_channel=_groups(version, rows, lambda r: r.channel, channels),
        trend=trend,
        design_note=note,
    )
