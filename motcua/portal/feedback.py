"""The citizen's side of feedback (phản ánh, kiến nghị; DOMAIN.md §6): the published answers,
the form, the private tracking page and one published answer. No account, no JavaScript.

Nothing personal reaches a public page: the list and the answer pages are built from the
reviewed texts (`public_title`, `public_text`, `public_answer`; an answer published before
titles were reviewed is headed by its category, never by the citizen's own subject) and the
attachments staff chose to show, copied into `PublicAnswer` rows, so a template cannot
reach the contact fields or the original text even by mistake. The tracking page shows the
citizen's own words: whoever holds its link wrote them (or was given the link by the one who
did).

Spam is resisted without third parties:
- a honeypot field, hidden with CSS and from assistive technology. When it is filled the form
  is refused quietly: shown again with everything typed kept and a neutral message, nothing
  stored, and the try counted towards the rate limit. A person whose browser filled it by
  mistake simply sends again and loses nothing; a robot never gets a record. Pretending
  success was rejected because a person fooled by it would lose their message;
- at most `SENDING.attempts` registrations an hour from one connection (`motcua.core.throttle`);
  beyond, the form is shown again with what was typed and a 429 status;
- a client key in the form (`secrets.token_urlsafe`): a retried POST returns the item already
  registered instead of a second one. The key is as secret as the tracking link it leads to:
  only the browser that was given the form knows it;
- the same text about the same commune is flagged as a duplicate by the service.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

import segno
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from motcua.core.http import client_address
from motcua.core.links import public_url
from motcua.core.throttle import (
    Limit,
    throttle_release,
    throttle_succeeded,
    throttle_take,
)
from motcua.dossiers.selectors import lookup_allowed
from motcua.feedback.models import Attachment, Event, Feedback, State
from motcua.feedback.selectors import category_name, feedback_public_lookup, published
from motcua.feedback.services import (
    MAX_TEXT,
    FeedbackError,
    feedback_citizen_reply,
    feedback_confirm,
    feedback_register,
)
from motcua.portal.forms import ConfirmForm, FeedbackForm, FeedbackLookupForm

PAGE_SIZE = 20
# Every registration from one connection counts, as do refused honeypot tries.
SENDING = Limit(
    "feedback", attempts=settings.MOTCUA_FEEDBACK_PER_HOUR, window=dt.timedelta(hours=1)
)
# A client key is made by this module (token_urlsafe); anything else posted is ignored.
_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# Named like a field a robot fills and a browser's autofill does not know.
HONEYPOT = "fax_number"


# Pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicFile:
    name: str
    url: str
    size: int


@dataclass(frozen=True)
class PublicAnswer:
    """What the public pages may show of an item: the reviewed texts only."""

    number: str
    title: str
    category: str
    commune: str
    received_at: dt.datetime
    published_at: dt.datetime | None
    text: str
    answer: str
    files: list[PublicFile]


_PUBLIC_FIELDS = (
    "number",
    "received_at",
    "first_received_at",
    "published_at",
    "public_title",
    "public_text",
    "public_answer",
    "category__name",
    "category__name_en",
    "unit__name",
)


def _public_files() -> Prefetch:
    return Prefetch(
        "attachments",
        queryset=Attachment.objects.filter(is_public=True).only(
            "feedback_id", "public_id", "name", "size"
        ),
        to_attr="public_files",
    )


def _public_answer(item: Feedback) -> PublicAnswer:
    files = [
        PublicFile(
            name=attachment.name,
            url=reverse(
                "portal:feedback_file",
                kwargs={"number": item.number, "public_id": attachment.public_id},
            ),
            size=attachment.size,
        )
        for attachment in getattr(item, "public_files", [])
    ]
    category = category_name(item.category)
    return PublicAnswer(
        number=item.number,
        title=item.public_title or category,
        category=category,
        commune=item.unit.name,
        received_at=item.citizen_received_at,
        published_at=item.published_at,
        text=item.public_text,
        answer=item.public_answer,
        files=files,
    )


@require_GET
def feedback_list(request: HttpRequest) -> HttpResponse:
    """The published answers, newest first; the search ignores accents."""
    query = request.GET.get("q", "")[:200]
    items = published(query).only(*_PUBLIC_FIELDS).prefetch_related(_public_files())
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "portal/feedback/list.html",
        {
            "query": query,
            "page": page,
            "answers": [_public_answer(item) for item in page],
            "querystring": params.urlencode(),
        },
    )


def _published_or_404(number: str) -> Feedback:
    item = (
        Feedback.objects.filter(number=number, state=State.PUBLISHED)
        .select_related("category", "unit")
        .only(*_PUBLIC_FIELDS)
        .prefetch_related(_public_files())
        .first()
    )
    if item is None:
        raise Http404(_("No published answer has this number."))
    return item


@require_GET
def feedback_detail(request: HttpRequest, number: str) -> HttpResponse:
    item = _published_or_404(number)
    return render(request, "portal/feedback/detail.html", {"answer": _public_answer(item)})


@require_GET
def feedback_file(request: HttpRequest, number: str, public_id: str) -> FileResponse:
    """An attachment staff chose to show with a published answer."""
    attachment = (
        Attachment.objects.filter(
            public_id=public_id,
            is_public=True,
            feedback__number=number,
            feedback__state=State.PUBLISHED,
        )
        .only("file", "name", "content_type")
        .first()
    )
    if attachment is None:
        raise Http404(_("This file is not published."))
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("This file is not published.")) from exc
    response = FileResponse(
        handle,
        # Only images open in the browser; a PDF is downloaded.
        as_attachment=not attachment.content_type.startswith("image/"),
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["Content-Security-Policy"] = "sandbox"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def feedback_lookup(request: HttpRequest) -> HttpResponse:
    """A citizen who lost the private link finds their feedback again with its number and
    the last four digits of their phone, under the dossier lookup's limit, and is taken to
    the tracking page."""
    form = FeedbackLookupForm(request.POST or None)
    limited = False
    if request.method == "POST" and form.is_valid():
        if not lookup_allowed(address=client_address(request)):
            limited = True
        else:
            item = feedback_public_lookup(
                number=form.cleaned_data["number"], phone_last4=form.cleaned_data["phone_last4"]
            )
            if item is not None:
                return redirect(_tracking_path(item))
            form.add_error(
                None, _("No feedback matches this number and these digits. Check the message.")
            )
    response = render(request, "portal/feedback/lookup.html", {"form": form, "limited": limited})
    if limited:
        response.status_code = 429
    return response


def _tracking_path(item: Feedback) -> str:
    return reverse("portal:feedback_track", kwargs={"token": item.tracking_token})


def _prefill(request: HttpRequest) -> dict[str, str]:
    """A procedure page or a receipt may link to the form with its codes filled in."""
    return {
        name: request.GET.get(key, "")[:48]
        for name, key in (("procedure", "procedure"), ("dossier_code", "dossier"))
        if request.GET.get(key)
    }


def _typed(request: HttpRequest) -> dict[str, Any]:
    """What was posted, to show again without judging it (files cannot be shown again)."""
    values: dict[str, Any] = {
        name: request.POST.get(name, "")[:MAX_TEXT]
        for name in FeedbackForm.base_fields
        if name != "attachments"
    }
    for box in ("anonymous", "consent"):
        values[box] = bool(request.POST.get(box))
    return values


def _render_form(
    request: HttpRequest,
    form: FeedbackForm,
    *,
    client_key: str,
    status: int = 200,
    form_error: str = "",
    limited: bool = False,
) -> HttpResponse:
    files_lost = request.method == "POST" and bool(request.FILES.getlist("attachments"))
    return render(
        request,
        "portal/feedback/form.html",
        {
            "form": form,
            "client_key": client_key,
            "form_error": form_error,
            "limited": limited,
            "files_lost": files_lost,
            "honeypot": HONEYPOT,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def feedback_new(request: HttpRequest) -> HttpResponse:
    """The form. A success goes on to the tracking page (POST/redirect/GET)."""
    if request.method == "GET":
        form = FeedbackForm(initial=_prefill(request))
        return _render_form(request, form, client_key=secrets.token_urlsafe(24))

    posted_key = request.POST.get("key", "")
    if _CLIENT_KEY.match(posted_key):
        # A retried POST (a double tap, a reload after a lost answer) finds its item.
        existing = Feedback.objects.filter(client_key=posted_key).only("tracking_token").first()
        if existing is not None:
            return redirect(_tracking_path(existing))
        client_key = posted_key
    else:
        client_key = secrets.token_urlsafe(24)

    # Taken before anything is looked at, in one step with the count, so that simultaneous
    # sendings cannot pass the limit; a form sent back for correction gives the try back.
    sending = throttle_take(SENDING, address=client_address(request))
    if sending is None:
        return _render_form(
            request,
            FeedbackForm(initial=_typed(request)),
            client_key=client_key,
            status=429,
            limited=True,
        )
    if request.POST.get(HONEYPOT, "").strip():
        return _render_form(
            request,
            FeedbackForm(initial=_typed(request)),
            client_key=client_key,
            status=400,
            form_error=_("The form could not be sent. Please check it and send it again."),
        )

    form = FeedbackForm(request.POST, request.FILES)
    if not form.is_valid():
        throttle_release(sending)
        return _render_form(request, form, client_key=client_key)
    try:
        item = feedback_register(submission=form.submission(), channel="web", client_key=client_key)
    except FeedbackError as exc:
        # Refused by a rule of the service (the map point outside the province, ...):
        # shown by the box it concerns.
        throttle_release(sending)
        form.add_service_error(exc)
        return _render_form(request, form, client_key=client_key)
    throttle_succeeded(sending)
    return redirect(_tracking_path(item))


# The private tracking page ------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    at: dt.datetime
    label: str
    detail: str


def _step_label(event: Event) -> str:
    agency = event.to_agency.name if event.to_agency is not None else ""
    if event.action == "received":
        if agency:
            return _("Received and registered; handled by %(agency)s") % {"agency": agency}
        return _("Received and registered")
    if event.action == "transferred":
        return _("Transferred to %(agency)s, which is competent") % {"agency": agency or "—"}
    labels = {
        "started": _("Being handled"),
        "more_info": _("More information is needed"),
        "citizen_replied": _("You sent the information asked for"),
        "deadline_moved": _("The deadline was moved"),
        "answered": _("Answered; the answer is reviewed before it is published"),
        "published": _("The answer was published"),
        "refused": _("Not accepted"),
        "redirected": _("Recorded: this is not handled as feedback"),
        "merged": _("Joined to another item about the same issue"),
        "confirmed": _("You said the answer resolved your issue"),
        "not_resolved": _("You said the answer did not resolve your issue"),
    }
    return labels.get(event.action, _("Step recorded"))


def _steps(item: Feedback) -> list[Step]:
    events = item.events.filter(public=True).select_related("to_agency")
    return [
        # The advice of a redirection is shown in its own box at the top of the page.
        Step(
            at=event.at,
            label=_step_label(event),
            detail="" if event.action == "redirected" else event.text,
        )
        for event in events
    ]


def _tracking_or_404(token: str) -> Feedback:
    item = (
        Feedback.objects.filter(tracking_token=token)
        .select_related("category", "unit", "agency", "procedure")
        .first()
    )
    if item is None:
        raise Http404(_("This tracking link is not valid."))
    return item


def _private(response: HttpResponse) -> HttpResponse:
    """The tracking link is the secret: it must not leak to other sites or to indexes.

    `same-origin`, not `no-referrer`: under `no-referrer` browsers send `Origin: null` with
    every form posted from the page, and Django's CSRF check then refuses the citizen's word
    on the answer and the language switcher (403). With `same-origin` the address goes only
    to this site, which knows it already; the page loads nothing from another host."""
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _word_taken(item: Feedback, confirm: ConfirmForm) -> bool:
    """The citizen's word on the published answer, saved when it changed; False when the
    form comes back with a message."""
    if item.state != State.PUBLISHED:
        confirm.add_error(None, _("The answer is not published yet."))
        return False
    if not confirm.is_valid():
        return False
    resolved, rating = confirm.cleaned_data["resolved"], confirm.cleaned_data["rating"]
    if (resolved, rating) != (item.resolved, item.rating):
        try:
            feedback_confirm(item=item, resolved=resolved, rating=rating)
        except FeedbackError as exc:
            confirm.add_error(None, exc.messages[0])
    return not confirm.errors


def _tracking_context(request: HttpRequest, item: Feedback) -> dict[str, Any]:
    """What the tracking page shows besides its forms."""
    link = public_url(request, _tracking_path(item))
    return {
        "item": item,
        "category": category_name(item.category),
        "steps": _steps(item),
        "attachments": list(item.attachments.only("name", "size")),
        "redirected": item.state == State.REDIRECTED,
        "advice": item.events.filter(action="redirected", public=True).last(),
        "is_published": item.state == State.PUBLISHED,
        "saved": request.GET.get("saved") == "1" and item.rated_at is not None,
        "link": link,
        "qr_svg": segno.make(link, error="m").svg_inline(scale=3, omitsize=True, title=item.number),
        "asks_more": item.state == State.MORE_INFO,
        "question": item.events.filter(action="more_info", public=True).last(),
        "replied": request.GET.get("replied") == "1",
    }


@never_cache
@require_http_methods(["GET", "POST"])
def feedback_track(request: HttpRequest, token: str) -> HttpResponse:
    """The item's progress for whoever holds the link, and, once the answer is published,
    the citizen's word on it (given again, it replaces the first)."""
    item = _tracking_or_404(token)
    path = _tracking_path(item)
    initial = {}
    if item.resolved is not None:
        initial = {"resolved": "yes" if item.resolved else "no", "rating": item.rating}
    posted = request.method == "POST"
    replying = posted and "reply" in request.POST
    confirm = ConfirmForm(request.POST if posted and not replying else None, initial=initial)
    status, reply_error = 200, ""
    if replying:
        try:
            feedback_citizen_reply(item=item, text=request.POST.get("reply", ""))
        except FeedbackError as exc:
            reply_error, status = exc.messages[0], 400
        else:
            return _private(redirect(f"{path}?replied=1#reply"))
    elif posted:
        if _word_taken(item, confirm):
            return _private(redirect(f"{path}?saved=1#confirm"))
        status = 400 if item.state != State.PUBLISHED else 200
    context = {
        **_tracking_context(request, item),
        "confirm": confirm,
        "reply_error": reply_error,
        "reply_text": request.POST.get("reply", "") if replying else "",
    }
    return _private(render(request, "portal/feedback/track.html", context, status=status))
