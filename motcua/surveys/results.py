"""A campaign's results, design-based (DOMAIN.md §5): the overall satisfaction index and each
element's with their 95 % intervals, every item's satisfied share with its interval, units
and channels ranked, the trend over earlier campaigns, and the weakest items.

`campaign_estimate` is where these figures are computed, and the only place: the results
page, its XLSX/CSV download, the DOCX report, `motcua survey results` and the stored
`CampaignResult` rows that the indicator board reads all come from it. Figures are shares
between 0 and 1; the pages print them as per cent with one decimal.

The rule, `METHOD` for short:
- An item's rate is the share of valid answers (1 to 5) that are satisfied or very satisfied
  (4 or 5), estimated with the campaign's stratified design (`surveys.stats`): each
  stratum's responses stand for its population (weight N_h / r_h, finite population
  correction N_h). Strata with a single response are pooled, since a lonely unit gives no
  variance.
- An element's index is the mean of the rates of its items that count in the index; the
  overall index is the mean of the element indices (the official aggregation is not
  verified, DOMAIN.md §5). Each is estimated as one linear combination of the item rates, so
  its interval counts the covariances between the items.
- A rate resting on fewer than `MIN_ANSWERS` answers is not given and leaves its element's
  mean; an element with no rate left leaves the overall mean.
- A scope narrower than the campaign (a user's units, one unit, one channel) is a domain of
  the campaign's design, not a design of its own: the same weights, strata and degrees of
  freedom, so a unit's figure is the same whoever asks for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db.models import Count, Max

from motcua.orgs.models import AdministrativeUnit, UnitSuccession
from motcua.surveys.indices import MIN_ANSWERS, SATISFIED, VALID
from motcua.surveys.labels import label
from motcua.surveys.models import (
    Campaign,
    Item,
    ItemKind,
    ResponseChannel,
    Section,
    Stratum,
)
from motcua.surveys.stats import (
    Design,
    DesignError,
    Estimate,
    estimate,
    estimate_combination,
    estimate_items,
)

# Stored results computed by another method are computed again (`campaign_results_refresh`).
METHOD = "design-mean-of-elements/1"
POOLED = "pooled"
TREND_LENGTH = 8  # campaigns in the trend, this one included


@dataclass(frozen=True)
class ItemResult:
    name: str
    label: str
    element: str
    answers: int
    share: Estimate | None  # None when fewer than MIN_ANSWERS answered
    in_index: bool = False

    def gap(self, target: float) -> float | None:
        return None if self.share is None else target - self.share.estimate


@dataclass(frozen=True)
class ElementResult:
    name: str
    label: str
    index: Estimate | None  # None when none of its items has enough answers

    @property
    def value(self) -> float | None:
        return None if self.index is None else self.index.estimate


@dataclass(frozen=True)
class CampaignEstimate:
    """The design-based figures of a campaign over one scope: the overall index with its
    95 % interval, the element indices, and every satisfaction item's rate. Shares are
    between 0 and 1."""

    campaign: Campaign
    responses: int  # answer sheets in the scope
    index: Estimate | None  # None when no element has a rate to give
    elements: list[ElementResult]
    items: list[ItemResult]
    design_note: str = ""

    @property
    def overall(self) -> float | None:
        return None if self.index is None else self.index.estimate

    def as_json(self) -> dict[str, Any]:
        """What `motcua survey results --json` prints; the stored rows keep the same keys."""
        return {
            "campaign": self.campaign.slug,
            "index": _number(self.index.estimate if self.index else None),
            "ci": _interval(self.index),
            "n": self.responses,
            "method": METHOD,
            "elements": [
                {
                    "code": e.name,
                    "label": e.label,
                    "index": _number(e.value),
                    "ci": _interval(e.index),
                }
                for e in self.elements
            ],
            "items": [
                {
                    "code": i.name,
                    "label": i.label,
                    "element": i.element,
                    "in_index": i.in_index,
                    "rate": _number(i.share.estimate if i.share else None),
                    "ci": _interval(i.share),
                    "n": i.answers,
                }
                for i in self.items
            ],
        }


def _number(value: float | None) -> float | None:
    """A share as JSON: rounded well below the 0.1 point the pages print, never NaN."""
    return None if value is None or not np.isfinite(value) else round(float(value), 6)


def _interval(e: Estimate | None) -> list[float | None] | None:
    return None if e is None else [_number(e.ci_low), _number(e.ci_high)]


@dataclass(frozen=True)
class GroupResult:
    key: Any
    label: str
    responses: int
    index: Estimate | None = None

    @property
    def overall(self) -> float | None:
        return None if self.index is None else self.index.estimate


@dataclass
class CampaignResults:
    """The results page: the campaign's estimate over the user's scope, with its units and
    channels ranked and the trend over earlier campaigns, each figure from
    `campaign_estimate`'s rule."""

    campaign: Campaign
    target: float
    estimate: CampaignEstimate
    by_unit: list[GroupResult] = field(default_factory=list)
    by_channel: list[GroupResult] = field(default_factory=list)
    # This campaign and the earlier ones of the same questionnaire, oldest first.
    trend: list[GroupResult] = field(default_factory=list)

    @property
    def responses(self) -> int:
        return self.estimate.responses

    @property
    def index(self) -> Estimate | None:
        return self.estimate.index

    @property
    def overall(self) -> float | None:
        return self.estimate.overall

    @property
    def elements(self) -> list[ElementResult]:
        return self.estimate.elements

    @property
    def items(self) -> list[ItemResult]:
        return self.estimate.items

    @property
    def design_note(self) -> str:
        return self.estimate.design_note

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


@dataclass(frozen=True)
class AnswersSeen:
    """Which answers a computation read: their number and the latest id. A stored result
    whose pair differs from the campaign's answers now is out of date."""

    count: int
    last_id: int | None


# --- reading a campaign once --------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """A campaign's answers and sampling design, read once for every scope asked about."""

    campaign: Campaign
    seen: AnswersSeen
    unit_ids: np.ndarray  # per response; -1 without a unit
    channels: list[str]  # per response
    values: dict[str, list[str | None]]  # per satisfaction item: the valid answer or None
    design: Design
    note: str
    items: list[Item]  # the satisfaction items, in order
    elements: list[Section]  # the sections that count in the overall index, in order
    counted: dict[int, list[str]]  # element pk -> names of its items that count


def _frame(campaign: Campaign) -> _Frame:
    version = campaign.version
    rows = list(
        campaign.responses.order_by("pk").values_list(
            "pk", "stratum_id", "unit_id", "channel", "answers"
        )
    )
    items: list[Item] = list(
        version.items.filter(kind=ItemKind.SATISFACTION)
        .select_related("section")
        .order_by("position")
    )
    elements = list(version.sections.filter(is_element=True).order_by("position"))
    counted: dict[int, list[str]] = {e.pk: [] for e in elements}
    for item in items:
        if item.in_index and item.section_id in counted:
            counted[item.section_id].append(item.name)
    design, note = (
        _design([r[1] for r in rows], {s.pk: s for s in campaign.strata.all()})
        if rows
        else (Design(), "")
    )
    if rows:
        try:
            estimate([0] * len(rows), design)
        except DesignError:
            # A design the answers contradict is analysed as a simple random sample.
            design, note = Design(), "simplified"
    return _Frame(
        campaign=campaign,
        seen=AnswersSeen(len(rows), rows[-1][0] if rows else None),
        unit_ids=np.array([r[2] if r[2] is not None else -1 for r in rows], dtype=np.int64),
        channels=[r[3] for r in rows],
        values={i.name: [_valid(r[4].get(i.name)) for r in rows] for i in items},
        design=design,
        note=note,
        items=items,
        elements=elements,
        counted=counted,
    )


def _design(stratum_ids: list[int | None], strata: dict[int, Stratum]) -> tuple[Design, str]:
    counts: dict[int | None, int] = defaultdict(int)
    for stratum_id in stratum_ids:
        counts[stratum_id] += 1
    pooled = {k for k, n in counts.items() if n < 2 or k is None or k not in strata}
    keys: list[str] = []
    weights: list[float] = []
    fpc: list[float] = []
    for stratum_id in stratum_ids:
        stratum = strata.get(stratum_id) if stratum_id is not None else None
        count = counts[stratum_id]
        population = max(stratum.population, count) if stratum is not None else count
        keys.append(POOLED if stratum_id in pooled else str(stratum_id))
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


# --- estimating scopes --------------------------------------------------------------------


def _layers(domains: Mapping[Any, np.ndarray]) -> list[list[Any]]:
    """The scopes in groups of disjoint ones, so that each group is estimated in one pass as
    the domains of a single `by` column: a province and its communes make two groups."""
    layers: list[tuple[list[Any], np.ndarray]] = []
    for key in sorted(domains, key=lambda k: -int(domains[k].sum())):
        mask = domains[key]
        for keys, used in layers:
            if not (used & mask).any():
                keys.append(key)
                used |= mask
                break
        else:
            layers.append(([key], mask.copy()))
    return [keys for keys, _used in layers]


def _estimates(
    frame: _Frame, domains: Mapping[Any, np.ndarray], language: str
) -> dict[Any, CampaignEstimate]:
    """The campaign's figures over each scope (a mask over its responses), each a domain of
    the campaign's design."""
    labels = {i.name: label(i, language) for i in frame.items}
    element_labels = {e.pk: label(e, language) for e in frame.elements}
    results: dict[Any, CampaignEstimate] = {}
    rows = len(frame.channels)
    for keys in _layers(domains):
        by: list[int | None] = [None] * rows
        for number, key in enumerate(keys):
            for row in np.flatnonzero(domains[key]):
                by[row] = number
        # Fewer answers in all than a rate needs give no rate, and no design to estimate
        # with either: a single answer has no variance.
        shares = (
            estimate_items(frame.values, frame.design, proportion=sorted(SATISFIED), by=by)
            if frame.items and rows >= MIN_ANSWERS and any(v is not None for v in by)
            else {}
        )
        found: dict[int, dict[str, Estimate]] = defaultdict(dict)
        for name, per_domain in shares.items():
            for e in per_domain:
                found[e.domain][name] = e
        shown = {
            number: {n: e for n, e in found[number].items() if e.n >= MIN_ANSWERS}
            for number in range(len(keys))
        }
        # Each element weighs its shown items equally, and the overall index its elements.
        element_weights: dict[int, dict[int, dict[str, float]]] = {}
        for element in frame.elements:
            element_weights[element.pk] = {}
            for number in range(len(keys)):
                parts = [n for n in frame.counted[element.pk] if n in shown[number]]
                if parts:
                    element_weights[element.pk][number] = dict.fromkeys(parts, 1 / len(parts))
        overall_weights: dict[int, dict[str, float]] = {}
        for number in range(len(keys)):
            elements = [w[number] for w in element_weights.values() if number in w]
            if elements:
                overall_weights[number] = {
                    n: c / len(elements) for part in elements for n, c in part.items()
                }
        overall = _combination(frame, overall_weights, by)
        by_element = {pk: _combination(frame, w, by) for pk, w in element_weights.items()}
        for number, key in enumerate(keys):
            results[key] = CampaignEstimate(
                campaign=frame.campaign,
                responses=int(domains[key].sum()),
                index=overall.get(number),
                elements=[
                    ElementResult(e.name, element_labels[e.pk], by_element[e.pk].get(number))
                    for e in frame.elements
                ],
                items=[
                    ItemResult(
                        name=i.name,
                        label=labels[i.name],
                        element=i.section.name if i.section else "",
                        answers=found[number][i.name].n if i.name in found[number] else 0,
                        share=shown[number].get(i.name),
                        in_index=i.name in frame.counted.get(i.section_id or 0, ()),
                    )
                    for i in frame.items
                ],
                design_note=frame.note,
            )
    return results


def _combination(
    frame: _Frame, weights: Mapping[int, Mapping[str, float]], by: Sequence[int | None]
) -> dict[int, Estimate]:
    """An index (overall or element) per domain number; absent where nothing counts."""
    if not any(weights.values()):
        return {}
    wanted = {n for part in weights.values() for n in part}
    found = estimate_combination(
        {n: v for n, v in frame.values.items() if n in wanted},
        weights,
        frame.design,
        proportion=sorted(SATISFIED),
        by=by,
    )
    return {e.domain: e for e in found if weights.get(e.domain) and np.isfinite(e.estimate)}


def _scope(frame: _Frame, unit_ids: Iterable[int] | None) -> np.ndarray:
    if unit_ids is None:
        return np.ones(len(frame.channels), dtype=bool)
    return np.isin(frame.unit_ids, np.fromiter(unit_ids, dtype=np.int64))


# --- what the rest of motcua calls -----------------------------------------------------


def campaign_estimate(
    campaign: Campaign, *, unit_ids: Iterable[int] | None = None, language: str = "vi"
) -> CampaignEstimate:
    """The campaign's overall index with its 95 % interval, its element indices and every
    satisfaction item's rate, over the answers of the given units (all its answers when
    None), by the rule of this module's docstring. Shares between 0 and 1."""
    frame = _frame(campaign)
    return _estimates(frame, {None: _scope(frame, unit_ids)}, language)[None]


def campaign_results(
    campaign: Campaign, *, unit_ids: Iterable[int] | None = None, language: str = "vi"
) -> CampaignResults:
    """The results page over the answers of the given units (all when None): the campaign's
    estimate, its units and channels (each a domain of the same design) and the trend."""
    unit_ids = None if unit_ids is None else set(unit_ids)  # read again for the trend
    frame = _frame(campaign)
    scope = _scope(frame, unit_ids)
    units = sorted({int(u) for u in frame.unit_ids[scope] if u >= 0})
    channels = sorted({c for c, inside in zip(frame.channels, scope, strict=True) if inside})
    domains: dict[Any, np.ndarray] = {"scope": scope}
    for unit in units:
        domains[("unit", unit)] = scope & (frame.unit_ids == unit)
    channel_array = np.array(frame.channels, dtype=object)
    for channel in channels:
        domains[("channel", channel)] = scope & (channel_array == channel)
    found = _estimates(frame, domains, language)
    names = dict(AdministrativeUnit.objects.filter(pk__in=units).values_list("pk", "name"))
    channel_labels = dict(ResponseChannel.choices)
    this = found["scope"]
    trend = [
        GroupResult(
            earlier.pk,
            earlier.title,
            result.responses,
            result.index,
        )
        for earlier in reversed(
            Campaign.objects.filter(
                version__questionnaire=campaign.version.questionnaire,
                starts_on__lt=campaign.starts_on,
            )
            .select_related("version")
            .order_by("-starts_on")[: TREND_LENGTH - 1]
        )
        for result in [campaign_estimate(earlier, unit_ids=unit_ids, language=language)]
    ]
    trend.append(GroupResult(campaign.pk, campaign.title, this.responses, this.index))
    return CampaignResults(
        campaign=campaign,
        target=float(campaign.target) / 100,
        estimate=this,
        by_unit=_ranked(
            GroupResult(unit, names.get(unit, str(unit)), r.responses, r.index)
            for unit in units
            for r in [found[("unit", unit)]]
        ),
        by_channel=_ranked(
            GroupResult(
                channel,
                str(channel_labels.get(channel, channel)),
                r.responses,
                r.index,
            )
            for channel in channels
            for r in [found[("channel", channel)]]
        ),
        trend=trend,
    )


def _ranked(groups: Iterable[GroupResult]) -> list[GroupResult]:
    return sorted(groups, key=lambda g: (g.overall is None, -(g.overall or 0), g.label))


def _unit_scopes(unit_ids: set[int]) -> dict[int, set[int]]:
    """Each unit whose figures include answers of these units, with the answer units it
    includes: its own, those of the units below it, and those of the units that merged or
    split into it or into a unit below it (as `orgs.selectors.unit_scope_ids` counts a
    unit's records). Two queries, whatever the number of units."""
    parents = dict(AdministrativeUnit.objects.values_list("pk", "parent_id"))
    successors: dict[int, set[int]] = defaultdict(set)
    for predecessor, successor in UnitSuccession.objects.values_list(
        "predecessor_id", "successor_id"
    ):
        successors[predecessor].add(successor)
    scopes: dict[int, set[int]] = defaultdict(set)
    for unit in unit_ids:
        seen: set[int] = set()
        frontier = [unit]
        while frontier:
            current = frontier.pop()
            if current in seen:
                continue
            seen.add(current)
            frontier.extend(successors.get(current, ()))
            parent = parents.get(current)
            if parent is not None:
                frontier.append(parent)
        for covering in seen:
            scopes[covering].add(unit)
    return dict(scopes)


def campaign_unit_estimates(
    campaign: Campaign, *, language: str = "vi"
) -> tuple[AnswersSeen, dict[int | None, CampaignEstimate]]:
    """What `campaign_results_refresh` stores: the campaign's estimate over all its answers
    (key None) and over each unit whose figures include some of its answers (key: the unit's
    id; see `_unit_scopes`), with the answers they were computed from."""
    frame = _frame(campaign)
    if not frame.seen.count:
        return frame.seen, {}
    domains: dict[Any, np.ndarray] = {None: _scope(frame, None)}
    answered = {int(u) for u in frame.unit_ids if u >= 0}
    for unit, covered in _unit_scopes(answered).items():
        domains[unit] = _scope(frame, covered)
    return frame.seen, _estimates(frame, domains, language)


def answers_seen(campaign: Campaign) -> AnswersSeen:
    """The campaign's answers now, to compare with what a stored result was computed from."""
    found = campaign.responses.aggregate(count=Count("pk"), last=Max("pk"))
    return AnswersSeen(found["count"], found["last"])
