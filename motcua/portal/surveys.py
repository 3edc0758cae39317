"""The citizen's survey form: the code from the invitation card, one section per page, a
draft saved on every step, and an anonymous submission.

Nothing here shows or stores who answers: the pages know only the invitation's code, and
the thank-you page no longer carries even that. Every page works without JavaScript; skip
logic is evaluated on the server each time a page is shown or sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from motcua.core.http import client_address
from motcua.core.throttle import Limit, throttle_allows, throttle_record
from motcua.surveys.collection import (
    Page,
    ResponseError,
    choices_for,
    clean_answer,
    draft_save,
    form_pages,
    invitation_for,
    item_visible,
    label,
    page_errors,
    response_submit,
)
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Invitation,
    Item,
    ItemKind,
    QuestionnaireVersion,
    Response,
    ResponseDraft,
)

# Wrong codes accepted from one connection in ten minutes before every code is refused.
GUESSES = Limit("survey-code", attempts=10, window=dt.timedelta(minutes=10), failures_only=True)
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
    """One question as the template draws it."""

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


# Guessing codes -----------------------------------------------------------------------------


def _guessing_blocked(request: HttpRequest) -> bool:
    return not throttle_allows(GUESSES, address=client_address(request))


def _wrong_guess(request: HttpRequest) -> None:
    throttle_record(GUESSES, address=client_address(request))


def _limited(request: HttpRequest, campaign: Campaign | None) -> HttpResponse:
    return render(request, "portal/surveys/limited.html", {"campaign": campaign}, status=429)


# Language ----------------------------------------------------------------------------------


def _languages(version: QuestionnaireVersion) -> list[str]:
    return list(version.languages) or [settings.LANGUAGE_CODE]


def _language(
    version: QuestionnaireVersion, wanted: str | None, draft: ResponseDraft | None
) -> str:
    offered = _languages(version)
    if wanted in offered:
        return str(wanted)
    if draft is not None and draft.language in offered:
        return draft.language
    current = translation.get_language() or ""
    return current if current in offered else offered[0]


def _language_name(code: str) -> str:
    return str(LANG_INFO.get(code, {}).get("name_local") or code)


@contextlib.contextmanager
def _speaking(language: str) -> Iterator[None]:
    """The page's own words follow the questionnaire's language when the site has a
    translation for it; otherwise they stay in the site's language."""
    if language in {code for code, _name in settings.LANGUAGES}:
        with translation.override(language):
            yield
    else:
        yield


# Pages -------------------------------------------------------------------------------------


def _open_campaign_or_404(slug: str) -> Campaign:
    campaign = Campaign.objects.filter(slug=slug, status=CampaignStatus.OPEN).first()
    if campaign is None:
        raise Http404(_("This survey is not open."))
    return campaign


def _draft(invitation: Invitation) -> ResponseDraft | None:
    return ResponseDraft.objects.filter(invitation=invitation).first()


def _page_url(invitation: Invitation, number: int) -> str:
    return reverse(
        "portal:survey_page",
        kwargs={"slug": invitation.campaign.slug, "token": invitation.token, "number": number},
    )


def _answered(request: HttpRequest, campaign: Campaign) -> HttpResponse:
    return render(request, "portal/surveys/answered.html", {"campaign": campaign})


@require_GET
def survey_start(request: HttpRequest, slug: str) -> HttpResponse:
    """The code typed from the invitation card, or carried by the QR code or SMS link
    (`?t=CODE`). A right code resumes where the citizen stopped."""
    campaign = _open_campaign_or_404(slug)
    code = request.GET.get("t", "").strip()[:64]
    error = ""
    if code:
        if _guessing_blocked(request):
            return _limited(request, campaign)
        invitation = invitation_for(campaign_slug=slug, token=code)
        if invitation is None:
            _wrong_guess(request)
            error = _("This code does not match the survey. Check the code on your card.")
        elif invitation.used:
            return _answered(request, campaign)
        else:
            draft = _draft(invitation)
            pages = len(form_pages(campaign.version))
            number = min(max((draft.page if draft else 0) + 1, 1), max(pages, 1))
            return redirect(_page_url(invitation, number))
    return render(
        request,
        "portal/surveys/start.html",
        {"campaign": campaign, "code": code, "error": error},
    )


def _thanks(campaign: Campaign, language: str) -> HttpResponse:
    path = reverse("portal:survey_thanks", kwargs={"slug": campaign.slug})
    return redirect(f"{path}?lang={language}")


@require_GET
def survey_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    """No code in this address: what the citizen answered cannot be reached from it."""
    campaign = Campaign.objects.filter(slug=slug).first()
    if campaign is None:
        raise Http404(_("This survey does not exist."))
    with _speaking(request.GET.get("lang", "")):
        return render(request, "portal/surveys/thanks.html", {"campaign": campaign})


@require_http_methods(["GET", "POST"])
def survey_page(request: HttpRequest, slug: str, token: str, number: int) -> HttpResponse:
    """Page `number` (from 1) of the questionnaire for the invitation with this code."""
    if _guessing_blocked(request):
        return _limited(request, None)
    invitation = invitation_for(campaign_slug=slug, token=token)
    if invitation is None:
        _wrong_guess(request)
        raise Http404(_("This survey link is not valid."))
    if invitation.token != token:
        return redirect(_page_url(invitation, number))
    version = invitation.campaign.version
    pages = form_pages(version)
    if not 1 <= number <= len(pages):
        raise Http404(_("This page does not exist."))
    draft = _draft(invitation)
    wanted = request.POST.get("lang") if request.method == "POST" else request.GET.get("lang")
    language = _language(version, wanted, draft)
    with _speaking(language):
        if request.method == "POST":
            return _page_post(request, invitation, pages, number, draft, language)
        if invitation.used:
            return _answered(request, invitation.campaign)
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
        errors = {}
        if request.GET.get("check"):
            errors = page_errors(version, pages[number - 1], answers, language)
        return _render_page(
            request,
            invitation,
            pages,
            number,
            answers=answers,
            language=language,
            client_key=client_key,
            errors=errors,
        )


def _page_post(
    request: HttpRequest,
    invitation: Invitation,
    pages: list[Page],
    number: int,
    draft: ResponseDraft | None,
    language: str,
) -> HttpResponse:
    campaign = invitation.campaign
    version = campaign.version
    posted_key = request.POST.get("key", "")
    posted_key = posted_key if _CLIENT_KEY.match(posted_key) else ""
    is_last = number == len(pages)
    back = request.POST.get("action") == "back"
    if invitation.used:
        # A retried submission of the last page returns the first response; anything else
        # on an answered invitation is refused.
        if is_last and not back and posted_key:
            try:
                response_submit(
                    invitation=invitation, answers={}, language=language, client_key=posted_key
                )
            except ResponseError:
                return _answered(request, campaign)
            return _thanks(campaign, language)
        return _answered(request, campaign)

    client_key = draft.client_key if draft is not None else posted_key
    client_key = client_key or secrets.token_urlsafe(24)
    page = pages[number - 1]
    answers = dict(draft.answers) if draft is not None else {}
    for item in page.items:
        if item.kind == ItemKind.NOTE:
            continue
        value = clean_answer(item, request.POST.getlist(item.name))
        if value in (None, "", []):
            answers.pop(item.name, None)
        else:
            answers[item.name] = value

    def save(at: int) -> None:
        draft_save(
            invitation=invitation,
            client_key=client_key,
            language=language,
            page=at,
            answers=answers,
        )

    if back:
        save(max(number - 2, 0))
        return redirect(_page_url(invitation, max(number - 1, 1)))

    # Questions that an answer on this page has just revealed were not on the page the
    # citizen saw: show the page again with them rather than pass over them.
    shown = set(request.POST.getlist("shown"))
    appeared = {
        item.name for item in page.items if item.name not in shown and item_visible(item, answers)
    }
    errors = {
        name: message
        for name, message in page_errors(version, page, answers, language).items()
        if name not in appeared
    }
    if errors or appeared:
        save(number - 1)
        return _render_page(
            request,
            invitation,
            pages,
            number,
            answers=answers,
            language=language,
            client_key=client_key,
            errors=errors,
            appeared=bool(appeared),
        )
    if not is_last:
        save(number)
        return redirect(_page_url(invitation, number + 1))

    # An earlier page left incomplete (a question revealed later, an edited draft): send
    # the citizen there with its messages instead of a list of question names.
    for earlier, other in enumerate(pages[:-1], 1):
        if page_errors(version, other, answers, language):
            save(earlier - 1)
            return redirect(_page_url(invitation, earlier) + "?check=1")
    try:
        response_submit(
            invitation=invitation, answers=answers, language=language, client_key=client_key
        )
    except ResponseError as exc:
        if Response.objects.filter(client_key=client_key).exists():
            return _thanks(campaign, language)
        invitation.refresh_from_db(fields=["used"])
        if invitation.used:
            return _answered(request, campaign)
        save(number - 1)
        return _render_page(
            request,
            invitation,
            pages,
            number,
            answers=answers,
            language=language,
            client_key=client_key,
            errors={},
            form_error=exc.messages[0],
        )
    return _thanks(campaign, language)


def _field(
    version: QuestionnaireVersion,
    item: Item,
    answers: dict[str, Any],
    language: str,
    error: str,
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
        text="" if value is None or isinstance(value, list) else str(value),
        options=options,
        error=error,
    )


def _render_page(
    request: HttpRequest,
    invitation: Invitation,
    pages: list[Page],
    number: int,
    *,
    answers: dict[str, Any],
    language: str,
    client_key: str,
    errors: dict[str, str],
    appeared: bool = False,
    form_error: str = "",
) -> HttpResponse:
    version = invitation.campaign.version
    page = pages[number - 1]
    fields = [
        _field(version, item, answers, language, errors.get(item.name, ""))
        for item in page.items
        if item_visible(item, answers)
    ]
    here = _page_url(invitation, number)
    return render(
        request,
        "portal/surveys/page.html",
        {
            "campaign": invitation.campaign,
            "title": label(page.section, language) if page.section is not None else "",
            "fields": fields,
            "number": number,
            "count": len(pages),
            "is_last": number == len(pages),
            "language": language,
            "survey_languages": [
                {"code": code, "name": _language_name(code), "url": f"{here}?lang={code}"}
                for code in _languages(version)
            ],
            "client_key": client_key,
            "errors": errors,
            "appeared": appeared,
            "form_error": form_error,
        },
    )
