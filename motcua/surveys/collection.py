"""Collecting answers: pages of a questionnaire, skip logic, validation, drafts, and the
anonymous submission (DESIGN.md "Personal data": survey answers are never linkable to a
person once submitted)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.dates import INVALID_DATE, parse_date
from motcua.surveys.expressions import ExpressionError, evaluate
from motcua.surveys.labels import label as label  # where the pages import it from
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Choice,
    Invitation,
    Item,
    ItemKind,
    QuestionnaireVersion,
    Response,
    ResponseChannel,
    ResponseDraft,
    Section,
)
from motcua.surveys.services import campaign_results_changed

SATISFACTION_VALUES = ("1", "2", "3", "4", "5")
_SPACES = re.compile(r"[\s-]+")


class ResponseError(ValidationError):
    """Why an answer sheet cannot be taken, for the person answering."""


@dataclass(frozen=True)
class Page:
    section: Section | None
    items: list[Item]


def invitation_for(*, campaign_slug: str, token: str) -> Invitation | None:
    """The invitation of an open campaign with this code (typed from a card: any case,
    spaces and dashes ignored); None otherwise."""
    code = _SPACES.sub("", token or "").upper()
    if not code or len(code) > 32:
        return None
    return (
        Invitation.objects.select_related("campaign__version", "stratum")
        .filter(campaign__slug=campaign_slug, campaign__status=CampaignStatus.OPEN, token=code)
        .first()
    )


def form_pages(version: QuestionnaireVersion) -> list[Page]:
    """One page per top-level section in order (items of nested groups stay on their
    top-level section's page); items outside any section make a page of their own."""
    sections = list(version.sections.order_by("position"))
    top_of = {s.pk: s for s in sections}

    def top(section: Section | None) -> Section | None:
        while section is not None and section.parent_id is not None:
            section = top_of.get(section.parent_id)
        return section

    pages: dict[int | None, Page] = {}
    order: list[int | None] = []
    for item in version.items.select_related("section").order_by("position"):
        root = top(item.section)
        key = root.pk if root is not None else None
        if key not in pages:
            pages[key] = Page(section=root, items=[])
            order.append(key)
        pages[key].items.append(item)
    return [pages[key] for key in order]


def _section_chain(item: Item) -> list[Section]:
    chain = []
    section = item.section
    while section is not None:
        chain.append(section)
        section = section.parent
    return chain


def _holds(expression: str, answers: dict[str, Any], current: Any = None) -> bool:
    try:
        return evaluate(expression, answers, current)
    except ExpressionError:
        return True  # an expression we cannot read never hides a question nor refuses


def item_visible(item: Item, answers: dict[str, Any]) -> bool:
    """The item's own show-if and its sections' show-if hold on the answers so far."""
    return all(_holds(s.relevant, answers) for s in _section_chain(item)) and _holds(
        item.relevant, answers
    )


def choices_for(version: QuestionnaireVersion, item: Item) -> list[Choice]:
    return list(version.choices.filter(list_name=item.choice_list).order_by("position"))


def clean_answer(item: Item, raw: list[str]) -> str | list[str] | int | float | None:
    """POSTed values (request.POST.getlist) as stored: a list for multiple choice, a number
    for numbers (None when not a number: validation says so), text otherwise."""
    values = [v.strip() for v in raw if v is not None and v.strip()]
    if item.kind == ItemKind.SELECT_MULTIPLE:
        return values
    if not values:
        return None
    value = values[0]
    if item.kind == ItemKind.INTEGER:
        return int(value) if re.fullmatch(r"-?\d{1,12}", value) else value
    if item.kind == ItemKind.DECIMAL:
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return value
    if item.kind == ItemKind.DATE:
        day = parse_date(value)
        return day.isoformat() if day else value
    return value[:5000]


def _item_error(
    version: QuestionnaireVersion, item: Item, answers: dict[str, Any], language: str
) -> str:
    value = answers.get(item.name)
    empty = value in (None, "", [])
    if empty:
        return _("Please answer this question.") if item.required else ""
    allowed = {c.value for c in choices_for(version, item)} if item.choice_list else set()
    if item.kind == ItemKind.SATISFACTION and str(value) not in (allowed or SATISFACTION_VALUES):
        return _("Choose one of the levels.")
    if item.kind == ItemKind.SELECT_ONE and str(value) not in allowed:
        return _("Choose one of the options.")
    chosen = value if isinstance(value, list) else str(value).split()
    if item.kind == ItemKind.SELECT_MULTIPLE and not {str(v) for v in chosen} <= allowed:
        return _("Choose among the options.")
    if item.kind == ItemKind.INTEGER and not isinstance(value, int):
        return _("Write a whole number.")
    if item.kind == ItemKind.DECIMAL and not isinstance(value, int | float):
        return _("Write a number.")
    if item.kind == ItemKind.DATE:
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            return str(INVALID_DATE)
    if item.constraint and not _holds(item.constraint, answers, value):
        return label_of_constraint(item, language) or _("This answer is not accepted.")
    return ""


def label_of_constraint(item: Item, language: str) -> str:
    messages = item.constraint_messages or {}
    return str(messages.get(language) or next((v for v in messages.values() if v), ""))


def page_errors(
    version: QuestionnaireVersion, page: Page, answers: dict[str, Any], language: str
) -> dict[str, str]:
    """Item name -> message, for the visible items of the page."""
    errors = {}
    for item in page.items:
        if item.kind == ItemKind.NOTE or not item_visible(item, answers):
            continue
        message = _item_error(version, item, answers, language)
        if message:
            errors[item.name] = message
    return errors


def answers_errors(
    version: QuestionnaireVersion, answers: dict[str, Any], language: str = "vi"
) -> dict[str, str]:
    """Every page's errors: what a submission or a paper sheet must pass."""
    errors: dict[str, str] = {}
    for page in form_pages(version):
        errors |= page_errors(version, page, answers, language)
    return errors


def answers_kept(version: QuestionnaireVersion, answers: dict[str, Any]) -> dict[str, Any]:
    """Only answers to questions of the version that are shown: a hidden question's earlier
    answer is dropped."""
    return {
        item.name: answers[item.name]
        for item in version.items.select_related("section__parent").order_by("position")
        if item.kind != ItemKind.NOTE
        and item.name in answers
        and answers[item.name] not in (None, "", [])
        and item_visible(item, answers)
    }


def draft_save(
    *, invitation: Invitation, client_key: str, language: str, page: int, answers: dict[str, Any]
) -> ResponseDraft:
    draft, _created = ResponseDraft.objects.update_or_create(
        invitation=invitation,
        defaults={
            "client_key": client_key[:64],
            "language": language[:16],
            "page": max(0, page),
            "answers": answers,
        },
    )
    return draft


def response_submit(
    *,
    invitation: Invitation,
    answers: dict[str, Any],
    language: str,
    client_key: str,
    channel: str = ResponseChannel.WEB,
) -> Response:
    """Store the answer sheet anonymously and close the invitation, in one transaction. The
    same client key returns the first response (a retried POST); a used invitation with
    another key is refused."""
    existing = (
        Response.objects.filter(campaign_id=invitation.campaign_id, client_key=client_key).first()
        if client_key
        else None
    )
    if existing is not None:
        return existing
    if not client_key:
        raise ResponseError(_("The form has expired; open the link again."))
    campaign: Campaign = invitation.campaign
    version = campaign.version
    errors = answers_errors(version, answers, language)
    if errors:
        raise ResponseError(
            _("Some answers are missing or not accepted: %s") % ", ".join(sorted(errors))
        )
    try:
        with transaction.atomic():
            closed = Invitation.objects.filter(pk=invitation.pk, used=False).update(used=True)
            if not closed:
                raise ResponseError(_("This invitation has already been answered. Thank you."))
            response = Response.objects.create(
                campaign=campaign,
                version=version,
                stratum=invitation.stratum,
                unit_id=invitation.stratum.unit_id,
                channel=channel,
                language=language[:16],
                submitted_on=timezone.localdate(),
                client_key=client_key[:64],
                answers=answers_kept(version, answers),
            )
            ResponseDraft.objects.filter(invitation=invitation).delete()
            campaign_results_changed(campaign_id=campaign.pk)
    except IntegrityError:
        # The same key raced in from a retried request: return the one that won.
        return Response.objects.get(client_key=client_key)
    return response
