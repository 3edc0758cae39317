"""Reads for the survey pages: the stored results (`CampaignResult`) the indicator board
reads, the campaigns and questionnaires in the lists, and the invitations page."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf.locale import LANG_INFO
from django.db.models import Count, Max, Q, Sum
from django.utils.translation import gettext as _

from motcua.core.charts import bar_chart, line_chart
from motcua.core.textfold import collation_key
from motcua.dossiers.models import Channel
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit, UnitSuccession
from motcua.surveys.collection import label
from motcua.surveys.models import (
    Campaign,
    CampaignResult,
    CampaignStatus,
    Invitation,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    ResponseChannel,
    Stratum,
)
from motcua.surveys.paper import paper_mismatches
from motcua.surveys.results import METHOD, CampaignResults, GroupResult, campaign_results
from motcua.surveys.stats import Estimate


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


# The staff pages ------------------------------------------------------------------------------


def _valid_on(valid_from: dt.date | None, valid_to: dt.date | None, day: dt.date) -> bool:
    return (valid_from is None or valid_from <= day) and (valid_to is None or valid_to >= day)


def campaign_reaches(campaigns: Iterable[Campaign]) -> dict[int, frozenset[int]]:
    """`sampling.campaign_unit_ids` for many campaigns in two queries: the units whose
    records each counts (those chosen, the units below them in force on the campaign's last
    day, and the historic units they took over). The campaigns' units must be prefetched; a
    test keeps the two rules equal. Not for deciding who sees a campaign: see
    `campaign_scopes`."""
    return _campaign_units(campaigns, history=True)


def campaign_scopes(campaigns: Iterable[Campaign]) -> dict[int, frozenset[int]]:
    """The units each campaign concerns: those chosen and the units below them in force on
    its last day, without the historic units they took over. Who sees a campaign is decided
    on these (`Access.sees_any`): two communes that came from one district must not meet in
    it."""
    return _campaign_units(campaigns, history=False)


def _campaign_units(campaigns: Iterable[Campaign], *, history: bool) -> dict[int, frozenset[int]]:
    chosen = list(campaigns)
    if not chosen:
        return {}
    children: dict[int | None, list[tuple[int, dt.date | None, dt.date | None]]] = defaultdict(list)
    for pk, parent_id, valid_from, valid_to in AdministrativeUnit.objects.values_list(
        "pk", "parent_id", "valid_from", "valid_to"
    ):
        children[parent_id].append((pk, valid_from, valid_to))
    predecessors: dict[int, set[int]] = defaultdict(set)
    if history:
        for successor, predecessor in UnitSuccession.objects.values_list(
            "successor_id", "predecessor_id"
        ):
            predecessors[successor].add(predecessor)
    reaches = {}
    for campaign in chosen:
        found = {unit.pk for unit in campaign.units.all()}
        frontier = set(found)
        while frontier:
            frontier = {
                pk
                for parent in frontier
                for pk, valid_from, valid_to in children[parent]
                if _valid_on(valid_from, valid_to, campaign.ends_on)
            } - found
            found |= frontier
        older: set[int] = set()
        frontier = set(found)
        while frontier:
            frontier = {p for s in frontier for p in predecessors[s]} - older - found
            older |= frontier
        reaches[campaign.pk] = frozenset(found | older)
    return reaches


def _percent_of(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class CampaignRow:
    """A campaign in the list, with its answers in the user's units."""

    campaign: Campaign
    questionnaire: str
    invited: int
    answered: int
    responses: int

    @property
    def response_rate(self) -> float | None:
        return _percent_of(self.answered, self.invited)


def campaign_list_for(access: Access) -> list[CampaignRow]:
    """The campaigns concerning a unit the user sees (`campaign_for`), newest period first,
    each with its invitations, answered invitations and answer sheets in the units the user
    sees. Five queries, whatever the number of campaigns."""
    campaigns = list(
        Campaign.objects.select_related("version__questionnaire").prefetch_related("units")
    )
    if not access.is_superuser:
        scopes = campaign_scopes(campaigns)
        campaigns = [c for c in campaigns if access.sees_any(scopes[c.pk])]
    ids = [c.pk for c in campaigns]
    invitations = Invitation.objects.filter(campaign_id__in=ids)
    responses = Response.objects.filter(campaign_id__in=ids)
    if not access.is_superuser:
        invitations = invitations.filter(stratum__unit_id__in=access.view_unit_ids)
        responses = responses.filter(unit_id__in=access.view_unit_ids)
    counted = {
        row["campaign_id"]: row
        for row in invitations.values("campaign_id")
        .annotate(invited=Count("pk"), answered=Count("pk", filter=Q(used=True)))
        .order_by()
    }
    sheets = dict(
        responses.values("campaign_id").annotate(n=Count("pk")).values_list("campaign_id", "n")
    )
    return [
        CampaignRow(
            campaign=c,
            questionnaire=version_label(c.version),
            invited=counted.get(c.pk, {}).get("invited", 0),
            answered=counted.get(c.pk, {}).get("answered", 0),
            responses=sheets.get(c.pk, 0),
        )
        for c in campaigns
    ]


def version_label(version: QuestionnaireVersion) -> str:
    """A questionnaire version as staff name it: its title and number, never its short name."""
    return _("%(title)s, version %(number)s") % {
        "title": version.questionnaire.title,
        "number": version.number,
    }


def campaign_for(access: Access, slug: str) -> Campaign | None:
    """The campaign with this short name when it concerns a unit the user sees (never
    through a historic unit that it shares with the user's units)."""
    campaign = (
        Campaign.objects.select_related("version__questionnaire")
        .prefetch_related("units")
        .filter(slug=slug)
        .first()
    )
    if campaign is None:
        return None
    if access.sees_any(campaign_scopes([campaign])[campaign.pk]):
        return campaign
    return None


# Invitations and response rates ----------------------------------------------------------------


def stratum_label(stratum: Stratum, channels: Mapping[str, Any] | None = None) -> str:
    """A stratum as staff name it: its unit, procedure field and channel, never its key."""
    names = channels if channels is not None else dict(Channel.choices)
    parts = [
        stratum.unit.name if stratum.unit is not None else "",
        stratum.field_name,
        str(names.get(stratum.channel, stratum.channel)) if stratum.channel else "",
    ]
    return " · ".join(p for p in parts if p) or _("Every dossier of the campaign")


@dataclass(frozen=True)
class StratumRow:
    pk: int
    label: str
    population: int
    sample_size: int
    invited: int
    answered: int
    sms_sent: int
    may_send: bool

    @property
    def response_rate(self) -> float | None:
        return _percent_of(self.answered, self.invited)


@dataclass(frozen=True)
class InvitationsOverview:
    """The invitations page: each stratum the user sees with its response rate, and what
    the user may do there."""

    campaign: Campaign
    strata: list[StratumRow]
    may_manage: bool
    reminder_days: int

    @property
    def population(self) -> int:
        return sum(s.population for s in self.strata)

    @property
    def sample_size(self) -> int:
        return sum(s.sample_size for s in self.strata)

    @property
    def invited(self) -> int:
        return sum(s.invited for s in self.strata)

    @property
    def answered(self) -> int:
        return sum(s.answered for s in self.strata)

    @property
    def response_rate(self) -> float | None:
        return _percent_of(self.answered, self.invited)

    @property
    def may_send(self) -> bool:
        return any(s.may_send for s in self.strata)


def strata_in_reach(access: Access, campaign: Campaign) -> list[Stratum]:
    """The campaign's strata whose unit the user sees (a stratum without a unit is seen by
    everyone who sees the campaign), with `invited` and `answered` counted."""
    strata = (
        campaign.strata.select_related("unit")
        .annotate(
            invited=Count("invitations"),
            answered=Count("invitations", filter=Q(invitations__used=True)),
        )
        .order_by("key")
    )
    return [s for s in strata if s.unit_id is None or access.can_view(s.unit_id)]


def stratum_may_send(access: Access, campaign: Campaign, stratum: Stratum) -> bool:
    """Staff who change the stratum's unit send its invitations; a stratum with no unit (by
    procedure field or channel) is sent by those who change every unit of the campaign."""
    if stratum.unit_id is not None:
        return access.can_change(stratum.unit_id)
    return all(access.can_change(u.pk) for u in campaign.units.all())


def campaign_invitations_overview(
    access: Access, campaign: Campaign, *, may_manage: bool, reminder_days: int
) -> InvitationsOverview:
    """Three queries: the strata with their counts (in Vietnamese order of their labels),
    the invitations sent by SMS, the units."""
    strata = strata_in_reach(access, campaign)
    sent = dict(
        campaign.invitations.filter(sent_at__isnull=False)
        .values("stratum")
        .annotate(n=Count("pk"))
        .values_list("stratum", "n")
    )
    channels = dict(Channel.choices)
    return InvitationsOverview(
        campaign=campaign,
        strata=[
            StratumRow(
                pk=s.pk,
                label=stratum_label(s, channels),
                population=s.population,
                sample_size=s.sample_size,
                invited=s.invited,  # type: ignore[attr-defined]
                answered=s.answered,  # type: ignore[attr-defined]
                sms_sent=sent.get(s.pk, 0),
                may_send=stratum_may_send(access, campaign, s),
            )
            for s in sorted(
                strata, key=lambda s: (collation_key(stratum_label(s, channels)), s.key)
            )
        ],
        may_manage=may_manage,
        reminder_days=reminder_days,
    )


# Questionnaires -------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionLink:
    number: int
    label: str
    status: str


@dataclass(frozen=True)
class QuestionnaireRow:
    slug: str
    title: str
    kind: str
    versions: list[VersionLink]


def questionnaire_rows() -> list[QuestionnaireRow]:
    """Every questionnaire with its versions, by title in Vietnamese order. Two queries."""
    questionnaires = sorted(
        Questionnaire.objects.prefetch_related("versions"),
        key=lambda q: (collation_key(q.title), q.slug),
    )
    return [
        QuestionnaireRow(
            slug=q.slug,
            title=q.title,
            kind=str(q.get_kind_display()),
            versions=[
                VersionLink(
                    number=v.number,
                    label=_("version %(number)s") % {"number": v.number},
                    status=str(v.get_status_display()),
                )
                for v in sorted(q.versions.all(), key=lambda v: v.number)
            ],
        )
        for q in questionnaires
    ]


# Results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleFacts:
    """How far the sample answered, over the strata and answers in scope: the dossiers
    finished in the period (N), the sample drawn (n), the invitations handed out, those
    answered on line, and every answer sheet (on line, paper, device, phone)."""

    population: int
    sample_size: int
    invited: int
    answered_online: int
    responses: int

    @property
    def response_rate(self) -> float | None:
        """Answer sheets per sampled dossier, in per cent."""
        return _percent_of(self.responses, self.sample_size)


def campaign_sample_facts(campaign: Campaign, *, unit_ids: set[int] | None) -> SampleFacts:
    """The sample of the campaign over the given units (all when None). Three queries."""
    strata = campaign.strata.all()
    invitations = campaign.invitations.all()
    responses = campaign.responses.all()
    if unit_ids is not None:
        strata = strata.filter(unit_id__in=unit_ids)
        invitations = invitations.filter(stratum__unit_id__in=unit_ids)
        responses = responses.filter(unit_id__in=unit_ids)
    sizes = strata.aggregate(population=Sum("population"), sample=Sum("sample_size"))
    counts = invitations.aggregate(invited=Count("pk"), answered=Count("pk", filter=Q(used=True)))
    return SampleFacts(
        population=sizes["population"] or 0,
        sample_size=sizes["sample"] or 0,
        invited=counts["invited"],
        answered_online=counts["answered"],
        responses=responses.count(),
    )


@dataclass(frozen=True)
class Share:
    """A share in per cent with one decimal, and its 95 per cent interval when known."""

    value: float
    low: float | None
    high: float | None


def share_of(estimate: Estimate | None) -> Share | None:
    if estimate is None or not math.isfinite(estimate.estimate):
        return None
    return Share(
        value=round(estimate.estimate * 100, 1),
        low=_finite_percent(estimate.ci_low),
        high=_finite_percent(estimate.ci_high),
    )


def _finite_percent(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value * 100, 1)


@dataclass(frozen=True)
class ResultRow:
    """One line of the results: an item, an element, a unit, a channel or a campaign."""

    label: str
    answers: int
    share: Share | None
    element: str = ""


@dataclass(frozen=True)
class ResultsPage:
    campaign: Campaign
    results: CampaignResults
    sample: SampleFacts
    overall: Share | None
    previous: ResultRow | None
    trend: list[ResultRow]
    elements: list[ResultRow]
    items: list[ResultRow]
    units: list[ResultRow]
    channels: list[ResultRow]
    weakest: list[ResultRow]

    @property
    def target(self) -> float:
        return float(self.campaign.target)


def _group_row(group: GroupResult) -> ResultRow:
    return ResultRow(label=group.label, answers=group.responses, share=share_of(group.index))


def campaign_results_page(campaign: Campaign, *, unit_ids: set[int] | None) -> ResultsPage:
    """The results page over the answers of the given units (all when None): every figure
    of `campaign_results` as named rows in per cent, and the sample behind them."""
    results = campaign_results(campaign, unit_ids=unit_ids)
    elements = {e.name: e.label for e in results.elements}
    return ResultsPage(
        campaign=campaign,
        results=results,
        sample=campaign_sample_facts(campaign, unit_ids=unit_ids),
        overall=share_of(results.index),
        previous=_group_row(results.previous) if results.previous else None,
        trend=[_group_row(g) for g in results.trend],
        elements=[
            ResultRow(label=e.label, answers=results.responses, share=share_of(e.index))
            for e in results.elements
        ],
        items=[
            ResultRow(
                label=i.label,
                answers=i.answers,
                share=share_of(i.share),
                element=elements.get(i.element, ""),
            )
            for i in results.items
        ],
        units=[_group_row(g) for g in results.by_unit],
        channels=[_group_row(g) for g in results.by_channel],
        weakest=[
            ResultRow(label=i.label, answers=i.answers, share=share_of(i.share))
            for i in results.weakest
        ],
    )


def results_charts(page: ResultsPage) -> dict[str, Any]:
    """The page's three charts: items and units against the target, and the trend when
    there are earlier campaigns."""
    rows = [(r.label, r.share.value if r.share else None) for r in page.items]
    return {
        "items": bar_chart(
            rows, target=page.target, title=_("Satisfied (per cent) per item, with the target")
        ),
        "units": bar_chart(
            [(r.label, r.share.value if r.share else None) for r in page.units],
            target=page.target,
            title=_("Overall index (per cent) per unit, with the target"),
        ),
        "trend": line_chart(
            [(r.label, r.share.value if r.share else None) for r in page.trend],
            target=page.target,
            title=_("Overall index (per cent) campaign by campaign, with the target"),
        )
        if len(page.trend) > 1
        else None,
    }


def results_table(page: ResultsPage) -> tuple[list[str], list[list[Any]]]:
    """The download: the overall index, then each element, then each item, every share with
    its 95 per cent interval and its gap to the target, as the page shows them."""

    def figures(share: Share | None) -> list[Any]:
        if share is None:
            return [_("not enough answers"), "", "", ""]
        return [share.value, share.low, share.high, round(page.target - share.value, 1)]

    headers = [
        _("Figure"),
        _("Item"),
        _("Element"),
        _("Answers"),
        _("Satisfied (per cent)"),
        _("95 per cent interval, low"),
        _("95 per cent interval, high"),
        _("Gap to the target (points)"),
    ]
    overall = _("Overall index")
    rows = [[overall, overall, "", page.results.responses, *figures(page.overall)]]
    rows += [[_("Element"), e.label, e.label, e.answers, *figures(e.share)] for e in page.elements]
    rows += [[_("Item"), i.label, i.element, i.answers, *figures(i.share)] for i in page.items]
    return headers, rows


def campaign_answers_table(
    campaign: Campaign, *, unit_ids: set[int] | None
) -> tuple[list[str], Iterator[list[Any]]]:
    """The raw answers, one anonymous row per answer sheet, headed by the questions as
    numbered on the paper sheet. Answers are the codes typed or chosen (1 to 5 for a level
    of satisfaction). Four queries, then the sheets in chunks."""
    responses = campaign.responses.select_related("unit", "stratum__unit").order_by("pk")
    if unit_ids is not None:
        responses = responses.filter(unit_id__in=unit_ids)
    language = (campaign.version.languages or ["vi"])[0]
    items = list(campaign.version.items.exclude(kind=ItemKind.NOTE).order_by("position"))
    channels = dict(ResponseChannel.choices)
    strata_channels = dict(Channel.choices)
    headers = [
        _("Unit"),
        _("Stratum"),
        _("Answer channel"),
        _("Language"),
        _("Answered on"),
        _("Batch"),
        *[f"{n}. {label(item, language)}" for n, item in enumerate(items, 1)],
    ]

    def cell(value: Any) -> Any:
        return " ".join(map(str, value)) if isinstance(value, list) else value

    rows = (
        [
            r.unit.name if r.unit else "",
            stratum_label(r.stratum, strata_channels) if r.stratum else "",
            str(channels.get(r.channel, r.channel)),
            str(LANG_INFO.get(r.language, {}).get("name_local") or r.language),
            r.submitted_on.strftime("%d/%m/%Y"),
            r.batch,
            *[cell(r.answers.get(item.name)) for item in items],
        ]
        for r in responses.iterator(chunk_size=2000)
    )
    return headers, rows


# Paper entry --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    question: str
    first: str
    second: str


@dataclass(frozen=True)
class MismatchRow:
    batch: str
    sheet: str
    unit: str
    differences: list[Difference]


def paper_mismatch_rows(access: Access, campaign: Campaign) -> list[MismatchRow]:
    """The sheets of units the user sees whose two typings differ, each answer that differs
    under its question as numbered on the sheet. Two queries."""
    language = (campaign.version.languages or ["vi"])[0]
    items = campaign.version.items.exclude(kind=ItemKind.NOTE).order_by("position")
    questions = {item.name: f"{n}. {label(item, language)}" for n, item in enumerate(items, 1)}

    def shown(value: Any) -> str:
        if value in (None, "", []):
            return "—"
        return " ".join(map(str, value)) if isinstance(value, list) else str(value)

    return [
        MismatchRow(
            batch=m.batch,
            sheet=m.sheet,
            unit=m.unit.name,
            differences=[
                Difference(questions.get(name, name), shown(first), shown(second))
                for name, (first, second) in m.differences.items()
            ],
        )
        for m in paper_mismatches(campaign)
        if access.can_view(m.unit)
    ]
