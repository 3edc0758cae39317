"""The citizen's answering of a questionnaire, one page at a time: what to do with a page
shown or sent, as an explicit step the public page carries out (show the page, possibly
with messages; go to another page; done; already answered; no such page).

Nothing here knows who answers: only the invitation's code. Skip logic is evaluated here on
every page shown or sent, so the public page works without JavaScript. A draft is saved on
every step, so a citizen who comes back with the code resumes where they stopped.

Kept apart from `services.py`, which `collection` imports: this module builds on both."""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils import translation

from motcua.core.dates import format_date, parse_date
from motcua.surveys.collection import (
    Page,
    ResponseError,
    choices_for,
    clean_answer,
    draft_save,
    form_pages,
    item_visible,
    label,
    page_errors,
    response_submit,
)
from motcua.surveys.models import (
    Campaign,
    Invitation,
    Item,
    ItemKind,
    QuestionnaireVersion,
    Response,
    ResponseDraft,
)

# A client key is made by this module (token_urlsafe); anything else posted is ignored.
_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_CHOICE_KINDS = (ItemKind.SATISFACTION, ItemKind.SELECT_ONE, ItemKind.SELECT_MULTIPLE)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class Field:
    """One question as the page draws it."""

    name: str
    kind: str
    label: str
    hint: str
    required: bool
    text: str  # the current answer of a text or number box
    options: list[Option]
    error: str

    @property
    def described_by(self) -> str:
        ids = [f"hint-{self.name}" if self.hint else "", f"err-{self.name}" if self.error else ""]
        return " ".join(i for i in ids if i)


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself: "Tiếng Việt", "English"


@dataclass(frozen=True)
class SurveyPage:
    """A page of the questionnaire as the citizen sees it."""

    campaign: Campaign
    title: str
    fields: list[Field]
    number: int
    count: int
    language: str
    languages: list[Language]
    client_key: str
    errors: dict[str, str] = field(default_factory=dict)
    # Answers on the page opened questions the citizen had not seen yet.
    appeared: bool = False
    # Why the whole sheet was refused, when it is not one question's fault.
    form_error: str = ""

    @property
    def is_last(self) -> bool:
        return self.number == self.count


@dataclass(frozen=True)
class ShowPage:
    """Show the page: on arrival, or again with its messages."""

    page: SurveyPage

    @property
    def language(self) -> str:
        return self.page.language


@dataclass(frozen=True)
class GoToPage:
    """Go to page `number`; with `check`, that page shows what still needs an answer."""

    number: int
    language: str
    check: bool = False


@dataclass(frozen=True)
class Done:
    """The answers are stored (or were, by an earlier try of the same sending)."""

    language: str


@dataclass(frozen=True)
class AlreadyAnswered:
    language: str


@dataclass(frozen=True)
class NoSuchPage:
    language: str = ""


SurveyStep = ShowPage | GoToPage | Done | AlreadyAnswered | NoSuchPage


# Language ----------------------------------------------------------------------------------


def survey_languages(version: QuestionnaireVersion) -> list[str]:
    return list(version.languages) or [settings.LANGUAGE_CODE]


def _language(
    version: QuestionnaireVersion, wanted: str | None, draft: ResponseDraft | None, site: str
) -> str:
    """The language asked for, else the draft's, else the site's, else the questionnaire's
    first: always one the questionnaire is written in."""
    offered = survey_languages(version)
    if wanted in offered:
        return str(wanted)
    if draft is not None and draft.language in offered:
        return draft.language
    return site if site in offered else offered[0]


def _language_name(code: str) -> str:
    return str(LANG_INFO.get(code, {}).get("name_local") or code)


@contextlib.contextmanager
def survey_speaking(language: str) -> Iterator[None]:
    """The page's own words follow the questionnaire's language when the site has a
    translation for it; otherwise they stay in the site's language."""
    if language in {code for code, _name in settings.LANGUAGES}:
        with translation.override(language):
            yield
    else:
        yield


# Steps -------------------------------------------------------------------------------------


def _draft(invitation: Invitation) -> ResponseDraft | None:
    return ResponseDraft.objects.filter(invitation=invitation).first()


def survey_resume_page(invitation: Invitation) -> int:
    """The page (from 1) where the citizen stopped: the one after the last page sent."""
    draft = _draft(invitation)
    pages = len(form_pages(invitation.campaign.version))
    return min(max((draft.page if draft else 0) + 1, 1), max(pages, 1))


def survey_page_open(
    *,
    invitation: Invitation,
    number: int,
    wanted_language: str | None,
    site_language: str,
    check: bool,
) -> SurveyStep:
    """Page `number` (from 1) as it opens, with the draft's answers; with `check`, with the
    messages of what still needs an answer. Opening it in another language keeps that
    language for the pages after."""
    version = invitation.campaign.version
    pages = form_pages(version)
    if not 1 <= number <= len(pages):
        return NoSuchPage()
    draft = _draft(invitation)
    language = _language(version, wanted_language, draft, site_language)
    with survey_speaking(language):
        if invitation.used:
            return AlreadyAnswered(language)
        if draft is not None and draft.language != language:
            draft = draft_save(
                invitation=invitation,
                client_key=draft.client_key,
                language=language,
                page=draft.page,
                answers=draft.answers,
            )
        answers = dict(draft.answers) if draft is not None else {}
        client_key = draft.client_key if draft is not None else secrets.token_urlsafe(24)
        errors = page_errors(version, pages[number - 1], answers, language) if check else {}
        return ShowPage(
            _page(invitation, pages, number, answers, language, client_key, errors=errors)
        )


@dataclass(frozen=True)
class _Sending:
    invitation: Invitation
    pages: list[Page]
    number: int
    language: str
    client_key: str
    answers: dict[str, Any]

    def save(self, at: int) -> None:
        draft_save(
            invitation=self.invitation,
            client_key=self.client_key,
            language=self.language,
            page=at,
            answers=self.answers,
        )

    def show(self, **extra: Any) -> ShowPage:
        return ShowPage(
            _page(
                self.invitation,
                self.pages,
                self.number,
                self.answers,
                self.language,
                self.client_key,
                **extra,
            )
        )


def survey_page_send(
    *,
    invitation: Invitation,
    number: int,
    wanted_language: str | None,
    site_language: str,
    action: str,
    client_key: str,
    shown: Sequence[str],
    posted: Mapping[str, Sequence[str]],
) -> SurveyStep:
    """Page `number` sent with `action` "next", "back" or "submit" (on the last page):
    `posted` holds every value sent for each question, `shown` the questions the page
    showed. The answers are kept in the draft whatever happens next."""
    version = invitation.campaign.version
    pages = form_pages(version)
    if not 1 <= number <= len(pages):
        return NoSuchPage()
    draft = _draft(invitation)
    language = _language(version, wanted_language, draft, site_language)
    posted_key = client_key if _CLIENT_KEY.match(client_key) else ""
    back = action == "back"
    with survey_speaking(language):
        if invitation.used:
            return _sent_again(invitation, number == len(pages) and not back, language, posted_key)
        answers = dict(draft.answers) if draft is not None else {}
        for item in pages[number - 1].items:
            if item.kind == ItemKind.NOTE:
                continue
            value = clean_answer(item, list(posted.get(item.name, [])))
            if value in (None, "", []):
                answers.pop(item.name, None)
            else:
                answers[item.name] = value
        key = (draft.client_key if draft is not None else posted_key) or secrets.token_urlsafe(24)
        sending = _Sending(invitation, pages, number, language, key, answers)
        if back:
            sending.save(max(number - 2, 0))
            return GoToPage(max(number - 1, 1), language)
        return _forward(sending, set(shown))


def _sent_again(invitation: Invitation, submitting: bool, language: str, key: str) -> SurveyStep:
    """A retried sending of the last page returns the first response; anything else on an
    answered invitation is refused."""
    if submitting and key:
        try:
            response_submit(invitation=invitation, answers={}, language=language, client_key=key)
        except ResponseError:
            return AlreadyAnswered(language)
        return Done(language)
    return AlreadyAnswered(language)


def _forward(sending: _Sending, shown: set[str]) -> SurveyStep:
    version = sending.invitation.campaign.version
    number, pages, answers = sending.number, sending.pages, sending.answers
    page = pages[number - 1]
    # Questions that an answer on this page has just revealed were not on the page the
    # citizen saw: show the page again with them rather than pass over them.
    appeared = {
        item.name for item in page.items if item.name not in shown and item_visible(item, answers)
    }
    errors = {
        name: message
        for name, message in page_errors(version, page, answers, sending.language).items()
        if name not in appeared
    }
    if errors or appeared:
        sending.save(number - 1)
        return sending.show(errors=errors, appeared=bool(appeared))
    if number < len(pages):
        sending.save(number)
        return GoToPage(number + 1, sending.language)
    # An earlier page left incomplete (a question revealed later, an edited draft): send
    # the citizen there with its messages instead of a list of question names.
    for earlier, other in enumerate(pages[:-1], 1):
        if page_errors(version, other, answers, sending.language):
            sending.save(earlier - 1)
            return GoToPage(earlier, sending.language, check=True)
    return _submit(sending)


def _submit(sending: _Sending) -> SurveyStep:
    invitation = sending.invitation
    try:
        response_submit(
            invitation=invitation,
            answers=sending.answers,
            language=sending.language,
            client_key=sending.client_key,
        )
    except ResponseError as exc:
        if Response.objects.filter(client_key=sending.client_key).exists():
            return Done(sending.language)
        invitation.refresh_from_db(fields=["used"])
        if invitation.used:
            return AlreadyAnswered(sending.language)
        sending.save(sending.number - 1)
        return sending.show(form_error=exc.messages[0])
    return Done(sending.language)


# The page ----------------------------------------------------------------------------------


def _field(
    version: QuestionnaireVersion, item: Item, answers: dict[str, Any], language: str, error: str
) -> Field:
    value = answers.get(item.name)
    chosen = {str(v) for v in value} if isinstance(value, list) else {str(value)}
    options = []
    if item.kind in _CHOICE_KINDS:
        options = [
            Option(value=c.value, label=label(c, language), checked=c.value in chosen)
            for c in choices_for(version, item)
        ]
    hints = item.hints or {}
    fallback = next((v for v in hints.values() if v), "")
    return Field(
        name=item.name,
        kind=item.kind,
        label=label(item, language),
        hint=str(hints.get(language) or fallback),
        required=item.required,
        text=_answer_text(item, value),
        options=options,
        error=error,
    )


def _page(
    invitation: Invitation,
    pages: list[Page],
    number: int,
    answers: dict[str, Any],
    language: str,
    client_key: str,
    *,
    errors: dict[str, str] | None = None,
    appeared: bool = False,
    form_error: str = "",
) -> SurveyPage:
    version = invitation.campaign.version
    page = pages[number - 1]
    errors = errors or {}
    return SurveyPage(
        campaign=invitation.campaign,
        title=label(page.section, language) if page.section is not None else "",
        fields=[
            _field(version, item, answers, language, errors.get(item.name, ""))
            for item in page.items
            if item_visible(item, answers)
        ],
        number=number,
        count=len(pages),
        language=language,
        languages=[Language(code, _language_name(code)) for code in survey_languages(version)],
        client_key=client_key,
        errors=errors,
        appeared=appeared,
        form_error=form_error,
    )


def _answer_text(item: Item, value: Any) -> str:
    """An answer as its box shows it again: a date as day/month/year."""
    if value is None or isinstance(value, list):
        return ""
    day = parse_date(str(value)) if item.kind == ItemKind.DATE else None
    return format_date(day) if day else str(value)
