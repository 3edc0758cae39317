"""Every write to questionnaires and campaigns: installing the built-in ones, publishing, new
drafts, campaigns and their status, and the stored results the indicator board reads."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from motcua.surveys.builtin import BUILTIN, BuiltinQuestionnaire
from motcua.surveys.models import (
    Campaign,
    CampaignResult,
    CampaignStatus,
    Choice,
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Section,
    VersionStatus,
)
from motcua.surveys.results import (
    METHOD,
    CampaignEstimate,
    answers_seen,
    campaign_unit_estimates,
)

BUILTIN_LANGUAGES = ["vi", "en"]


class QuestionnaireError(ValidationError):
    """A change the rules of questionnaires do not allow; the message says why."""


def questionnaire_install_builtin(*, slugs: Iterable[str] | None = None) -> list[Questionnaire]:
    """Install the shipped questionnaires that are not there yet, each as a published
    version 1. Installing again changes nothing, so a unit's own versions are kept."""
    wanted = set(slugs) if slugs is not None else None
    installed = []
    for template in BUILTIN:
        if wanted is not None and template.slug not in wanted:
            continue
        if Questionnaire.objects.filter(slug=template.slug).exists():
            continue
        installed.append(_install(template))
    return installed


@transaction.atomic
def _install(template: BuiltinQuestionnaire) -> Questionnaire:
    questionnaire = Questionnaire.objects.create(
        slug=template.slug,
        title=template.title,
        kind=template.kind,
        description=template.description,
    )
    version = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire, number=1, languages=BUILTIN_LANGUAGES
    )
    position = 0
    for number, spec in enumerate(template.sections, 1):
        section = Section.objects.create(
            version=version,
            position=number,
            name=spec.name,
            labels={"vi": spec.vi, "en": spec.en},
            is_element=spec.is_element,
        )
        for item in spec.items:
            position += 1
            Item.objects.create(
                version=version,
                section=section,
                position=position,
                name=item.name,
                kind=item.kind,
                choice_list=item.choice_list
                if item.kind in (ItemKind.SATISFACTION, *SELECTS)
                else "",
                labels={"vi": item.vi, "en": item.en},
                required=item.required,
                relevant=item.relevant,
                in_index=item.in_index and item.kind == ItemKind.SATISFACTION,
            )
    Choice.objects.bulk_create(
        Choice(
            version=version,
            list_name=list_name,
            position=number,
            value=value,
            labels={"vi": vi, "en": en},
        )
        for list_name, options in template.choices.items()
        for number, (value, vi, en) in enumerate(options, 1)
    )
    version_publish(version=version)
    return questionnaire


SELECTS = (ItemKind.SELECT_ONE, ItemKind.SELECT_MULTIPLE)


def version_problems(version: QuestionnaireVersion) -> list[str]:
    """What stops a version from being published."""
    problems = []
    items = list(version.items.all())
    if not any(item.kind != ItemKind.NOTE for item in items):
        problems.append(_("The questionnaire has no question."))
    lists = set(version.choices.values_list("list_name", flat=True))
    for item in items:
        if (item.kind in SELECTS or item.kind == ItemKind.SATISFACTION) and (
            item.choice_list not in lists
        ):
            problems.append(
                _("Question “%(item)s” uses the choice list “%(list)s”, which has no choices.")
                % {"item": item.name, "list": item.choice_list}
            )
        if not item.labels and item.kind != ItemKind.NOTE:
            problems.append(_("Question “%s” has no label.") % item.name)
    if not version.languages:
        problems.append(_("The version has no language."))
    return problems


def version_publish(*, version: QuestionnaireVersion) -> QuestionnaireVersion:
    """A draft becomes the version surveys use. From now on it never changes."""
    if version.status != VersionStatus.DRAFT:
        raise QuestionnaireError(_("Only a draft can be published."))
    problems = version_problems(version)
    if problems:
        raise QuestionnaireError(problems)
    version.status, version.published_at = VersionStatus.PUBLISHED, timezone.now()
    version.save(update_fields=["status", "published_at", "updated_at"])
    return version


def version_ensure_draft(version: QuestionnaireVersion) -> None:
    """Every edit calls this first: a published version is never modified."""
    if version.status != VersionStatus.DRAFT:
        raise QuestionnaireError(
            _("Version %(number)s is published and cannot change; make a new draft.")
            % {"number": version.number}
        )


@transaction.atomic
def version_new_draft(*, questionnaire: Questionnaire) -> QuestionnaireVersion:
    """A new draft copying the latest version, to edit; the published ones stay as they are.
    An existing draft is returned instead of making a second one."""
    existing = questionnaire.versions.filter(status=VersionStatus.DRAFT).first()
    if existing is not None:
        return existing
    source = questionnaire.versions.order_by("-number").first()
    number = (questionnaire.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    draft = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire,
        number=number,
        languages=list(source.languages) if source else BUILTIN_LANGUAGES,
        settings=dict(source.settings) if source else {},
    )
    if source is None:
        return draft
    sections: dict[int, Section] = {}
    for section in source.sections.order_by("position"):
        old_pk = section.pk
        section.pk = None
        section.version = draft
        section.parent = sections.get(section.parent_id) if section.parent_id else None
        section.save()
        sections[old_pk] = section
    for item in source.items.order_by("position"):
        item.pk = None
        item.version = draft
        item.section = sections.get(item.section_id) if item.section_id else None
        item.save()
    for choice in source.choices.all():
        choice.pk = None
        choice.version = draft
        choice.save()
    return draft


def campaign_create(
    *,
    slug: str,
    title: str,
    version: QuestionnaireVersion,
    starts_on: Any,
    ends_on: Any,
    units: Iterable[Any],
    target: Any = None,
    margin_of_error: Any = "0.05",
    strata_by: Iterable[str] = ("unit",),
    seed: int = 2025,
    double_entry: bool = False,
) -> Campaign:
    """A new campaign in draft: the sample is drawn, and collection opens, separately."""
    problems = []
    if version.status != VersionStatus.PUBLISHED:
        problems.append(_("Choose a published questionnaire version."))
    if ends_on < starts_on:
        problems.append(_("The end date is before the start date."))
    chosen = list(units)
    if not chosen:
        problems.append(_("Choose at least one unit."))
    if Campaign.objects.filter(slug=slug).exists():
        problems.append(_("Another campaign already has this short name."))
    if problems:
        raise QuestionnaireError(problems)
    with transaction.atomic():
        campaign = Campaign.objects.create(
            slug=slug,
            title=title,
            version=version,
            starts_on=starts_on,
            ends_on=ends_on,
            # Without a target, the model's default (the figures' default target).
            **({"target": target} if target is not None else {}),
            margin_of_error=margin_of_error,
            strata_by=list(strata_by),
            seed=seed,
            double_entry=double_entry,
        )
        campaign.units.set(chosen)
    return campaign


def campaign_set_status(*, campaign: Campaign, status: str) -> Campaign:
    """Open collection (once the sample is drawn) or close it."""
    if status == CampaignStatus.OPEN and campaign.sampled_at is None:
        raise QuestionnaireError(_("Draw the sample before opening the campaign."))
    if status not in CampaignStatus.values:
        raise QuestionnaireError(_("Unknown status."))
    campaign.status = status
    campaign.save(update_fields=["status", "updated_at"])
    if status == CampaignStatus.CLOSED:
        # The closing figures are the campaign's final ones: stored now, not by a worker.
        campaign_results_refresh(campaign=campaign)
    return campaign


def campaign_results_refresh(*, campaign: Campaign, force: bool = False) -> list[CampaignResult]:
    """Store the campaign's results as `CampaignResult` rows: `campaign_estimate` over all
    its answers, and over each unit whose figures include some of them. Nothing is computed
    when the stored rows were computed by the current `METHOD` from the campaign's current
    answers (two cheap queries), unless `force`; a campaign without answers keeps no row.

    Recomputing reads every answer of the campaign (about a third of a second for 2,000
    sheets and a dozen units), so an answer sheet does not wait for it: `response_submit`
    and the paper entry call `campaign_results_changed`, which runs this in the background
    once their transaction commits (`motcua db_worker`). Closing a campaign runs it at
    once. Rows computed from fewer answers than the campaign has read as out of date
    (`surveys.selectors`), and `motcua survey refresh-results` recomputes what a stopped
    worker left behind."""
    stored = list(CampaignResult.objects.filter(campaign=campaign))
    if not force and stored and _current(stored, answers_seen(campaign)):
        return stored
    seen, estimates = campaign_unit_estimates(campaign)
    now = timezone.now()
    rows = [
        _result_row(campaign, unit_id, found, seen.count, seen.last_id, now)
        for unit_id, found in estimates.items()
    ]
    with transaction.atomic():
        # One refresh writes a campaign's rows at a time, and only figures of the answers
        # as they are: an answer stored meanwhile queued a refresh of its own, which would
        # otherwise be overwritten by this older computation if it ran faster.
        Campaign.objects.select_for_update().filter(pk=campaign.pk).exists()
        if answers_seen(campaign) != seen:
            return list(CampaignResult.objects.filter(campaign=campaign))
        CampaignResult.objects.filter(campaign=campaign).delete()
        CampaignResult.objects.bulk_create(rows)
    return rows


def _current(stored: list[CampaignResult], seen: Any) -> bool:
    return all(
        row.method == METHOD
        and row.answers_seen == seen.count
        and row.last_answer_id == seen.last_id
        for row in stored
    )


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _result_row(
    campaign: Campaign,
    unit_id: int | None,
    found: CampaignEstimate,
    count: int,
    last_id: int | None,
    now: Any,
) -> CampaignResult:
    figures = found.as_json()
    index = found.index
    return CampaignResult(
        campaign=campaign,
        unit_id=unit_id,
        index=_finite(index.estimate) if index else None,
        ci_low=_finite(index.ci_low) if index else None,
        ci_high=_finite(index.ci_high) if index else None,
        n_answers=found.responses,
        elements=[{k: e[k] for k in ("code", "index", "ci")} for e in figures["elements"]],
        items=[
            {k: i[k] for k in ("code", "element", "in_index", "rate", "ci", "n")}
            for i in figures["items"]
        ],
        method=METHOD,
        answers_seen=count,
        last_answer_id=last_id,
        computed_at=now,
    )


def campaign_results_changed(*, campaign_id: int) -> None:
    """An answer sheet of the campaign was stored or removed: refresh its stored results in
    the background once the change commits (a rolled-back change refreshes nothing)."""
    transaction.on_commit(lambda: campaign_results_refresh_later.enqueue(campaign_id))


@task()
def campaign_results_refresh_later(campaign_id: int) -> None:
    """The background side of `campaign_results_changed`. Tasks queued by a burst of
    answers find the rows already current after the first and return at once."""
    campaign = Campaign.objects.filter(pk=campaign_id).select_related("version").first()
    if campaign is not None:
        campaign_results_refresh(campaign=campaign)
