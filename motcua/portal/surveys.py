"""The citizen's survey form: the code from the invitation card, one section per page, a
draft saved on every step, and an anonymous submission.

Nothing here shows or stores who answers: the pages know only the invitation's code, and
the thank-you page no longer carries even that. Every page works without JavaScript; skip
logic is evaluated on the server each time a page is shown or sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from motcua.core.http import client_address
from motcua.core.models import Attempt
from motcua.core.throttle import Limit, throttle_succeeded, throttle_take
from motcua.surveys.answering import (
    AlreadyAnswered,
    Done,
    GoToPage,
    NoSuchPage,
    ShowPage,
    SurveyStep,
    survey_page_open,
    survey_page_send,
    survey_resume_page,
    survey_speaking,
)
from motcua.surveys.collection import invitation_for
from motcua.surveys.models import Campaign, CampaignStatus, Invitation

# Wrong codes accepted from one connection in ten minutes before every code is refused.
GUESSES = Limit("survey-code", attempts=10, window=dt.timedelta(minutes=10), failures_only=True)


# Guessing codes -----------------------------------------------------------------------------


def _guess(request: HttpRequest) -> Attempt | None:
    """Take one guess, counted as wrong until `throttle_succeeded` says otherwise (one step
    with the count, so simultaneous guesses cannot pass the limit); None when blocked."""
    return throttle_take(GUESSES, address=client_address(request))


def _limited(request: HttpRequest, campaign: Campaign | None) -> HttpResponse:
    return render(request, "portal/surveys/limited.html", {"campaign": campaign}, status=429)


# Pages -------------------------------------------------------------------------------------


def _open_campaign_or_404(slug: str) -> Campaign:
    campaign = Campaign.objects.filter(slug=slug, status=CampaignStatus.OPEN).first()
    if campaign is None:
        raise Http404(_("This survey is not open."))
    return campaign


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
        guess = _guess(request)
        if guess is None:
            return _limited(request, campaign)
        invitation = invitation_for(campaign_slug=slug, token=code)
        if invitation is None:
            error = _("This code does not match the survey. Check the code on your card.")
        else:
            throttle_succeeded(guess)
            if invitation.used:
                return _answered(request, campaign)
            return redirect(_page_url(invitation, survey_resume_page(invitation)))
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
    with survey_speaking(request.GET.get("lang", "")):
        return render(request, "portal/surveys/thanks.html", {"campaign": campaign})


@require_http_methods(["GET", "POST"])
def survey_page(request: HttpRequest, slug: str, token: str, number: int) -> HttpResponse:
    """Page `number` (from 1) of the questionnaire for the invitation with this code."""
    guess = _guess(request)
    if guess is None:
        return _limited(request, None)
    invitation = invitation_for(campaign_slug=slug, token=token)
    if invitation is None:
        raise Http404(_("This survey link is not valid."))
    throttle_succeeded(guess)
    if invitation.token != token:
        return redirect(_page_url(invitation, number))
    site_language = translation.get_language() or ""
    if request.method == "POST":
        step = survey_page_send(
            invitation=invitation,
            number=number,
            wanted_language=request.POST.get("lang"),
            site_language=site_language,
            action=request.POST.get("action", ""),
            client_key=request.POST.get("key", ""),
            shown=request.POST.getlist("shown"),
            posted={name: request.POST.getlist(name) for name in request.POST},
        )
    else:
        step = survey_page_open(
            invitation=invitation,
            number=number,
            wanted_language=request.GET.get("lang"),
            site_language=site_language,
            check=bool(request.GET.get("check")),
        )
    return _carry_out(request, invitation, step)


def _carry_out(request: HttpRequest, invitation: Invitation, step: SurveyStep) -> HttpResponse:
    """The response for a step of the answering: a page, a redirect, or a 404."""
    campaign = invitation.campaign
    match step:
        case NoSuchPage():
            raise Http404(_("This page does not exist."))
        case GoToPage(number=number, check=check):
            return redirect(_page_url(invitation, number) + ("?check=1" if check else ""))
        case Done(language=language):
            return _thanks(campaign, language)
        case AlreadyAnswered(language=language):
            with survey_speaking(language):
                return _answered(request, campaign)
        case ShowPage(page=page):
            here = _page_url(invitation, page.number)
            with survey_speaking(page.language):
                return render(
                    request,
                    "portal/surveys/page.html",
                    {
                        "campaign": campaign,
                        "page": page,
                        "survey_languages": [
                            LanguageLink(
                                language.code, language.name, f"{here}?lang={language.code}"
                            )
                            for language in page.languages
                        ],
                    },
                )
    raise AssertionError(step)  # pragma: no cover - every step is handled above


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
