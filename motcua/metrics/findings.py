"""Finding weak points: measure -> find -> a draft directive (DESIGN.md). The figures below
target become proposed tasks, which the coordinator edits and issues as a new directive
through the directives services; directives itself knows nothing of where a finding came
from.

Findings, each against the coordinator's target for the unit and period (`Target`), else
the registry's default, and named by the registry's codes:
- survey items whose satisfied share is below the campaign's target in the latest campaign
  of the period, assigned to the units where that item is below target (`sipas_overall`);
- units whose finished dossiers were resolved early or on time below target (`on_time`),
  read from the same roll-ups as the indicator board;
- units whose dossiers' ratings are below target (`rated_satisfied`);
- feedback of one category about the same commune again and again (`feedback_satisfaction`).
Small groups are not judged: a unit needs `MIN_DOSSIERS` finished dossiers or `MIN_ANSWERS`
ratings or answers before it is called below target.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.directives.models import Directive, TaskSource
from motcua.directives.services import TaskSpec, directive_draft, task_add
from motcua.feedback.models import Category, Feedback, Kind
from motcua.metrics.figures import SIPAS, targets_for
from motcua.metrics.registry import DEFAULT_TARGET, REGISTRY
from motcua.metrics.rollups import ratios_by_unit
from motcua.orgs.models import AdministrativeUnit
from motcua.orgs.selectors import unit_descendant_ids
from motcua.surveys.collection import label
from motcua.surveys.indices import MIN_ANSWERS, item_rates
from motcua.surveys.models import ItemKind
from motcua.surveys.results import campaign_results
from motcua.surveys.selectors import survey_indices_for

MIN_DOSSIERS = 20
REPEATED = 5  # feedback items of one category about one commune in the period
DEFAULT_DEADLINE_DAYS = 30


@dataclass
class Proposal:
    key: str  # stable, for the form: "survey:<campaign>:<item>", "on_time", "ratings"
    source: str
    title: str
    finding: str
    indicator: str
    units: list[AdministrativeUnit] = field(default_factory=list)
    gap: float = 0.0  # points below target: the largest first


def _percent(value: float | Decimal) -> str:
    return f"{float(value):.1f}".replace(".", ",")


def _units_line(rows: list[tuple[AdministrativeUnit, float]]) -> str:
    return "; ".join(f"{unit.name} {_percent(value)} %" for unit, value in rows)


def _survey_proposals(
    issuer: AdministrativeUnit, scope: set[int], start: dt.date, end: dt.date, language: str
) -> list[Proposal]:
    # The campaign whose index the board shows for the issuer.
    shown = survey_indices_for([issuer.pk], start=start, end=end).get(issuer.pk)
    if shown is None:
        return []
    campaign = shown.campaign
    target = float(campaign.target)
    results = campaign_results(campaign, unit_ids=scope)
    items = {
        item.name: item
        for item in campaign.version.items.filter(kind=ItemKind.SATISFACTION).select_related(
            "section"
        )
    }
    sheets_by_unit: dict[int, list[Any]] = defaultdict(list)
    for unit_id, answers in campaign.responses.filter(unit_id__in=scope).values_list(
        "unit_id", "answers"
    ):
        sheets_by_unit[unit_id].append(answers)
    units = AdministrativeUnit.objects.in_bulk(list(sheets_by_unit))
    proposals = []
    for result in results.items:
        if result.share is None or result.share.estimate * 100 >= target:
            continue
        below = []
        for unit_id, sheets in sheets_by_unit.items():
            rate = item_rates([items[result.name]], sheets)[result.name]
            if rate.value is not None and rate.value * 100 < target:
                below.append((units[unit_id], rate.value * 100))
        below.sort(key=lambda row: row[1])
        share = result.share.estimate * 100
        proposals.append(
            Proposal(
                key=f"survey:{campaign.slug}:{result.name}",
                source=TaskSource.SURVEY,
                title=_("Improve “%(item)s”") % {"item": label(items[result.name], language)},
                finding=_(
                    "%(campaign)s: %(share)s %% satisfied, target %(target)s %%. "
                    "Below target: %(units)s"
                )
                % {
                    "campaign": campaign.title,
                    "share": _percent(share),
                    "target": _percent(target),
                    "units": _units_line(below) or _("no unit has enough answers to say"),
                },
                indicator=SIPAS,
                units=[unit for unit, _value in below]
                or [units[u] for u in sorted(sheets_by_unit, key=lambda u: units[u].code)],
                gap=target - share,
            )
        )
    return proposals


def _below_target(
    code: str,
    scope: set[int],
    start: dt.date,
    end: dt.date,
    minimum: int,
) -> list[tuple[AdministrativeUnit, float, Decimal]]:
    """The units whose figure `code` is below their target, with enough rows to judge, the
    lowest first: (unit, value in per cent, target)."""
    ratios = ratios_by_unit(
        indicators=[code], start=start, end=end, unit_ids=scope, today=timezone.localdate()
    )[code]
    units = AdministrativeUnit.objects.in_bulk(list(ratios))
    targets = targets_for(units.values(), start, end)
    default = REGISTRY[code].default_target or DEFAULT_TARGET
    below = []
    for unit_id, ratio in ratios.items():
        if ratio.denominator < minimum:
            continue
        value = 100 * ratio.numerator / ratio.denominator
        target = targets.get((unit_id, code), default)
        if value < target:
            below.append((units[unit_id], value, target))
    return sorted(below, key=lambda row: (row[1], row[0].code))


def _rate_proposal(
    code: str,
    scope: set[int],
    start: dt.date,
    end: dt.date,
    *,
    minimum: int,
    key: str,
    source: str,
    title: str,
    finding: str,
) -> Proposal | None:
    below = _below_target(code, scope, start, end, minimum)
    if not below:
        return None
    return Proposal(
        key=key,
        source=source,
        title=title,
        finding=finding
        % {
            "figure": REGISTRY[code].name,
            "units": "; ".join(
                _("%(unit)s %(value)s %% (target %(target)s %%)")
                % {"unit": unit.name, "value": _percent(value), "target": _percent(target)}
                for unit, value, target in below
            ),
        },
        indicator=code,
        units=[unit for unit, _value, _target in below],
        gap=max(float(target) - value for _unit, value, target in below),
    )


def _repeated_feedback(scope: set[int], start: dt.date, end: dt.date) -> list[Proposal]:
    """Feedback of one category about the same communes again and again in the period
    (`REPEATED` items or more in a commune, duplicates merged in included): the cause is
    not fixed by answering each item."""
    rows = (
        Feedback.objects.filter(
            unit_id__in=scope,
            received_at__date__gte=start,
            received_at__date__lte=end,
            kind__in=[Kind.FEEDBACK, Kind.PETITION],
        )
        .values("category_id", "unit_id")
        .annotate(n=Count("pk"))
        .filter(n__gte=REPEATED)
        .order_by()
    )
    by_category: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        by_category[row["category_id"]].append((row["unit_id"], row["n"]))
    categories = Category.objects.in_bulk(list(by_category))
    units = AdministrativeUnit.objects.in_bulk(
        [u for pairs in by_category.values() for u, _n in pairs]
    )
    proposals = []
    for category_id, pairs in by_category.items():
        pairs.sort(key=lambda pair: -pair[1])
        category = categories[category_id]
        proposals.append(
            Proposal(
                key=f"feedback:{category.code}",
                source=TaskSource.FEEDBACK,
                title=_("Deal with the cause of the repeated feedback on “%(category)s”")
                % {"category": category.name},
                finding=_("Feedback received from %(start)s to %(end)s: %(units)s")
                % {
                    "start": start.strftime("%d/%m/%Y"),
                    "end": end.strftime("%d/%m/%Y"),
                    "units": "; ".join(f"{units[u].name} {n}" for u, n in pairs),
                },
                indicator="feedback_satisfaction",
                units=[units[u] for u, _n in pairs],
                # Ranked with the rates: ten items in a commune weigh like ten points.
                gap=float(max(n for _u, n in pairs)),
            )
        )
    return proposals


def proposals_for(
    *,
    issuer: AdministrativeUnit,
    start: dt.date,
    end: dt.date,
    language: str = "vi",
) -> list[Proposal]:
    """Proposed tasks for the units under the issuer, the largest gap to target first."""
    scope = unit_descendant_ids([issuer.pk], on=end)
    found = _survey_proposals(issuer, scope, start, end, language)
    found += _repeated_feedback(scope, start, end)
    rates = (
        _rate_proposal(
            "on_time",
            scope,
            start,
            end,
            minimum=MIN_DOSSIERS,
            key="on_time",
            source=TaskSource.LATE_UNIT,
            title=_("Raise the share of dossiers resolved early or on time"),
            finding=_("%(figure)s below target: %(units)s"),
        ),
        _rate_proposal(
            "rated_satisfied",
            scope,
            start,
            end,
            minimum=MIN_ANSWERS,
            key="ratings",
            source=TaskSource.SATISFACTION,
            title=_("Raise citizens' satisfaction with the handling of their dossiers"),
            finding=_("%(figure)s below target: %(units)s"),
        ),
    )
    found += [p for p in rates if p is not None]
    return sorted(found, key=lambda p: -p.gap)


def proposals_draft(
    *,
    issuer: AdministrativeUnit,
    chosen: list[tuple[Proposal, str, int]],
    subject: str,
    actor: Any,
) -> Directive:
    """A draft directive with one task per chosen proposal (its edited title and deadline
    in working days), assigned to the units the finding names. The coordinator reviews it,
    numbers it and issues it."""
    directive = directive_draft(issuer=issuer, subject=subject, actor=actor)
    for proposal, title, deadline_days in chosen:
        task_add(
            directive=directive,
            spec=TaskSpec(
                title=title or proposal.title,
                description=proposal.finding,
                deadline_days=deadline_days,
                source=proposal.source,
                source_detail=proposal.finding,
                indicator=proposal.indicator,
                units=proposal.units,
            ),
        )
    return directive
