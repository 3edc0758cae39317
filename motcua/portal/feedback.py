"""The citizen's side of feedback (phản ánh, kiến nghị; DOMAIN.md §6): the published answers,
the form, the private tracking page and one published answer. No account, no JavaScript.

Nothing personal reaches a public page: the list and the answer pages are built from the
reviewed texts (`public_text`, `public_answer`) and the attachments staff chose to show,
copied into `PublicAnswer` rows, so a template cannot reach the contact fields or the
original text even by mistake. The tracking page shows the citizen's own words: whoever holds
its link wrote them (or was given the link by the one who did).

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
from decimal import Decimal, InvalidOperation
from typing import Any, cast

import segno
from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from motcua.catalogue.models import Procedure
from motcua.core.files import file_check
from motcua.core.http import client_address
from motcua.core.identity import phone_clean
from motcua.core.links import public_url
from motcua.core.throttle import Limit, throttle_allows, throttle_record
from motcua.feedback.models import Attachment, Category, Event, Feedback, Kind, State
from motcua.feedback.selectors import published
from motcua.feedback.services import (
    ATTACHMENT_TYPES,
    CONSENT_NEEDED,
    MAX_ATTACHMENTS,
    MAX_TEXT,
    FeedbackError,
    Submission,
    feedback_citizen_reply,
    feedback_confirm,
    feedback_register,
)
from motcua.orgs.models import AdministrativeUnit, Agency, UnitKind

PAGE_SIZE = 20
# Every registration from one connection counts, as do refused honeypot tries.
SENDING = Limit(
    "feedback", attempts=settings.MOTCUA_FEEDBACK_PER_HOUR, window=dt.timedelta(hours=1)
)
# A client key is made by this module (token_urlsafe); anything else posted is ignored.
_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# Named like a field a robot fills and a browser's autofill does not know.
HONEYPOT = "fax_number"
# The phone numbers the service accepts, checked here to show the message by the box.
_PHONE = re.compile(r"^\+?\d{9,12}$")
COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
_RATINGS = [(str(n), str(n)) for n in range(1, 6)]


def _category_name(category: Category) -> str:
    """The name in English for English pages when the category has one."""
    language = translation.get_language() or ""
    if language.startswith("en") and category.name_en:
        return category.name_en
    return category.name


def _megabytes(size: int) -> str:
    return f"{round(size / 1048576, 1):g}"


# The form ---------------------------------------------------------------------------------


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input; the checks of each file are in the form's clean."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        if not data:
            return []
        uploads = data if isinstance(data, list | tuple) else [data]
        one = super().clean
        return [one(upload, initial) for upload in uploads]


def _coordinate(value: str) -> Decimal | None:
    """A latitude or longitude as typed: a comma is accepted for the decimal point."""
    value = value.strip().replace(",", ".")
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise forms.ValidationError(_("The map point is not valid.")) from exc
    if not number.is_finite() or abs(number) > 180:
        raise forms.ValidationError(_("The map point is not valid."))
    return number.quantize(Decimal("0.000001"))


class FeedbackForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What do you want to send?"),
        choices=Kind.choices,
        initial=Kind.FEEDBACK,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Feedback tells the authorities about a problem; a petition proposes how to "
            "solve one. Complaints and denunciations follow other laws: if you choose one of "
            "them, your message is recorded and you are told where to send it."
        ),
    )
    category = forms.ChoiceField(
        label=gettext_lazy("Topic"),
        error_messages={"required": gettext_lazy("Choose a topic.")},
    )
    unit = forms.ChoiceField(
        label=gettext_lazy("Commune or ward where it happened"),
        error_messages={"required": gettext_lazy("Choose the commune or ward.")},
    )
    title = forms.CharField(
        label=gettext_lazy("Subject"),
        max_length=200,
        error_messages={"required": gettext_lazy("Give the feedback a short subject.")},
    )
    text = forms.CharField(
        label=gettext_lazy("What happened, and what do you propose?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": gettext_lazy("Describe what happened in a few words at least.")
        },
    )
    procedure = forms.CharField(
        label=gettext_lazy("Code of the procedure concerned"),
        required=False,
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        help_text=gettext_lazy(
            "Optional. The code shown on the procedure's page, for example 1.000894."
        ),
    )
    dossier_code = forms.CharField(
        label=gettext_lazy("Dossier code"),
        required=False,
        max_length=48,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        help_text=gettext_lazy("Optional. The code on your receipt, if it is about a dossier."),
    )
    agency = forms.ChoiceField(
        label=gettext_lazy("Agency concerned"),
        required=False,
        help_text=gettext_lazy("Optional. The office it is about, if you know it."),
    )
    official_name = forms.CharField(
        label=gettext_lazy("Official concerned"),
        required=False,
        max_length=200,
    )
    address = forms.CharField(
        label=gettext_lazy("Address or place"),
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    latitude = forms.CharField(
        label=gettext_lazy("Latitude"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    longitude = forms.CharField(
        label=gettext_lazy("Longitude"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    attachments = MultipleFileField(label=gettext_lazy("Photos or documents"), required=False)
    anonymous = forms.BooleanField(
        label=gettext_lazy("Send anonymously"),
        required=False,
        help_text=gettext_lazy(
            "Without a name and a contact you are not told of the answer: keep the tracking "
            "link shown after sending."
        ),
    )
    contact_name = forms.CharField(
        label=gettext_lazy("Your name"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_phone = forms.CharField(
        label=gettext_lazy("Phone"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    contact_email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that my name and contact are used to handle and answer this feedback "
            "and to tell me how it goes."
        ),
        required=False,
        help_text=gettext_lazy(
            "Required unless you send anonymously (Law 91/2025 on personal data "
            "protection). They are seen only by the officers who handle the feedback, never "
            "published, and erased %(days)s days after the feedback is closed."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].help_text = self.fields["consent"].help_text % {
            "days": settings.MOTCUA_FEEDBACK_CONTACT_DAYS
        }
        self.categories = {c.code: c for c in Category.objects.filter(is_active=True)}
        groups: dict[str, list[tuple[str, str]]] = {}
        for category in self.categories.values():
            groups.setdefault(category.group, []).append((category.code, _category_name(category)))
        # Categories without a group are listed as plain options.
        choices: list[Any] = [("", "—")]
        for group, options in groups.items():
            if group:
                choices.append((group, options))
            else:
                choices.extend(options)
        cast(forms.ChoiceField, self.fields["category"]).choices = choices
        today = timezone.localdate()
        units = AdministrativeUnit.objects.valid_on(today).filter(kind__in=COMMUNE_KINDS)
        self.units = {unit.code: unit for unit in units.order_by("name", "code")}
        cast(forms.ChoiceField, self.fields["unit"]).choices = [("", "—")] + [
            (unit.code, unit.name) for unit in self.units.values()
        ]
        # Agencies by People's Committee, keyed by their national identifier.
        agencies = (
            Agency.objects.valid_on(today).select_related("unit").order_by("unit__code", "name")
        )
        self.agencies = {agency.identifier: agency for agency in agencies}
        by_unit: dict[str, list[tuple[str, str]]] = {}
        for agency in self.agencies.values():
            by_unit.setdefault(agency.unit.name, []).append((agency.identifier, agency.name))
        cast(forms.ChoiceField, self.fields["agency"]).choices = [("", "—"), *by_unit.items()]
        conduct = [_category_name(c) for c in self.categories.values() if c.about_conduct]
        self.fields["official_name"].help_text = _(
            "Only for the topics %(topics)s: the name or position of the official, as far "
            "as you know it."
        ) % {"topics": ", ".join(f"“{name}”" for name in conduct) or "—"}
        self.fields["attachments"].help_text = _(
            "Optional. Up to %(count)s files, JPG, PNG or PDF, at most %(size)s MB each. "
            "They are not published unless the office chooses to show one with the answer."
        ) % {
            "count": MAX_ATTACHMENTS,
            "size": _megabytes(settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES),
        }
        self.fields["attachments"].widget.attrs["accept"] = ",".join(
            [f".{kind}" for kind in ATTACHMENT_TYPES] + ["image/jpeg", "image/png"]
        )

    def clean_category(self) -> Category:
        category = self.categories.get(self.cleaned_data["category"])
        if category is None:
            raise forms.ValidationError(_("Choose a topic."))
        return category

    def clean_unit(self) -> AdministrativeUnit:
        unit = self.units.get(self.cleaned_data["unit"])
        if unit is None:
            raise forms.ValidationError(_("Choose the commune or ward."))
        return unit

    def clean_agency(self) -> Agency | None:
        return self.agencies.get(self.cleaned_data["agency"])

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        if len(text.strip()) < 10:
            raise forms.ValidationError(_("Describe what happened in a few words at least."))
        return text

    def clean_procedure(self) -> Procedure | None:
        code = self.cleaned_data["procedure"].strip()
        if not code:
            return None
        procedure = Procedure.objects.public().filter(code__iexact=code).first()
        if procedure is None:
            raise forms.ValidationError(
                _("No published procedure has this code. Leave the box empty if unsure.")
            )
        return procedure

    def clean_latitude(self) -> Decimal | None:
        return _coordinate(self.cleaned_data["latitude"])

    def clean_longitude(self) -> Decimal | None:
        return _coordinate(self.cleaned_data["longitude"])

    def clean_contact_phone(self) -> str:
        phone = phone_clean(self.cleaned_data["contact_phone"].strip())
        if phone and not _PHONE.match(phone):
            raise forms.ValidationError(_("The phone number is not valid."))
        return phone

    def clean_attachments(self) -> list[tuple[str, bytes]]:
        uploads: list[UploadedFile] = self.cleaned_data["attachments"]
        if len(uploads) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("At most %s files can be attached.") % MAX_ATTACHMENTS)
        limit = settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES
        files, problems = [], []
        for upload in uploads:
            name = upload.name or ""
            size = upload.size or 0
            if size > limit:
                # Refused before it is read into memory.
                message = _("The file is %(size)s MB; the limit is %(limit)s MB.") % {
                    "size": _megabytes(size),
                    "limit": _megabytes(limit),
                }
                problems.append(name + ": " + message)
                continue
            data = upload.read()
            try:
                file_check(filename=name, data=data, allowed=ATTACHMENT_TYPES, limit=limit)
            except forms.ValidationError as error:
                problems.append(name + ": " + " ".join(error.messages))
                continue
            files.append((name, data))
        if problems:
            raise forms.ValidationError(problems)
        return files

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        latitude, longitude = data.get("latitude"), data.get("longitude")
        # Only when both boxes were readable: otherwise their own message is enough.
        if "latitude" in data and "longitude" in data:
            if latitude is None or longitude is None:
                if latitude is not None or longitude is not None:
                    missing = "latitude" if latitude is None else "longitude"
                    message = _("Give both the latitude and the longitude, or neither.")
                    self.add_error(missing, message)
            # Viet Nam and its waters, as the service checks.
            elif not (8 <= latitude <= 24 and 102 <= longitude <= 118):
                self.add_error("latitude", _("The map point is outside Viet Nam."))
        if data.get("anonymous"):
            return data
        if not data.get("consent"):
            self.add_error("consent", CONSENT_NEEDED)
        if "contact_name" in data and not data["contact_name"]:
            self.add_error("contact_name", _("Give your name, or send the feedback anonymously."))
        if (
            "contact_phone" in data
            and "contact_email" in data
            and not (data["contact_phone"] or data["contact_email"])
        ):
            self.add_error(
                "contact_phone", _("Give a phone number or an e-mail address to be answered.")
            )
        return data

    def submission(self) -> Submission:
        data = self.cleaned_data
        category: Category = data["category"]
        anonymous = bool(data["anonymous"])
        return Submission(
            category=category,
            unit=data["unit"],
            title=data["title"],
            text=data["text"],
            kind=data["kind"],
            anonymous=anonymous,
            contact_name="" if anonymous else data["contact_name"],
            contact_phone="" if anonymous else data["contact_phone"],
            contact_email="" if anonymous else data["contact_email"],
            address=data["address"],
            latitude=data["latitude"],
            longitude=data["longitude"],
            procedure=data["procedure"],
            dossier_code=data["dossier_code"],
            agency_concerned=data["agency"],
            # Meaningful only for feedback about how an agency or an official behaved.
            official_name=data["official_name"] if category.about_conduct else "",
            files=data["attachments"],
            consent=bool(data["consent"]),
        )


class ConfirmForm(forms.Form):
    resolved = forms.TypedChoiceField(
        label=gettext_lazy("Did this answer resolve your issue?"),
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose yes or no.")},
    )
    rating = forms.TypedChoiceField(
        label=gettext_lazy("How do you rate the answer? (1 poor, 5 very good)"),
        choices=_RATINGS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


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
    return PublicAnswer(
        number=item.number,
        category=_category_name(item.category),
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

    address = client_address(request)
    if not throttle_allows(SENDING, address=address):
        return _render_form(
            request,
            FeedbackForm(initial=_typed(request)),
            client_key=client_key,
            status=429,
            limited=True,
        )
    if request.POST.get(HONEYPOT, "").strip():
        throttle_record(SENDING, address=address)
        return _render_form(
            request,
            FeedbackForm(initial=_typed(request)),
            client_key=client_key,
            status=400,
            form_error=_("The form could not be sent. Please check it and send it again."),
        )

    form = FeedbackForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_form(request, form, client_key=client_key)
    try:
        item = feedback_register(submission=form.submission(), channel="web", client_key=client_key)
    except FeedbackError as exc:
        for message in exc.messages:
            form.add_error(None, message)
        return _render_form(request, form, client_key=client_key)
    throttle_record(SENDING, address=address, succeeded=True)
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
    replying = request.method == "POST" and "reply" in request.POST
    confirm = ConfirmForm(
        request.POST if request.method == "POST" and not replying else None, initial=initial
    )
    status = 200
    reply_error = ""
    if replying:
        try:
            feedback_citizen_reply(item=item, text=request.POST.get("reply", ""))
        except FeedbackError as exc:
            reply_error, status = exc.messages[0], 400
        else:
            return _private(redirect(f"{path}?replied=1#reply"))
    elif request.method == "POST":
        if item.state != State.PUBLISHED:
            confirm.add_error(None, _("The answer is not published yet."))
            status = 400
        elif confirm.is_valid():
            resolved, rating = confirm.cleaned_data["resolved"], confirm.cleaned_data["rating"]
            if (resolved, rating) != (item.resolved, item.rating):
                try:
                    feedback_confirm(item=item, resolved=resolved, rating=rating)
                except FeedbackError as exc:
                    confirm.add_error(None, exc.messages[0])
            if not confirm.errors:
                return _private(redirect(f"{path}?saved=1#confirm"))
    link = public_url(request, path)
    qr = segno.make(link, error="m").svg_inline(scale=3, omitsize=True, title=item.number)
    attachments = list(item.attachments.only("name", "size"))
    response = render(
        request,
        "portal/feedback/track.html",
        {
            "item": item,
            "category": _category_name(item.category),
            "steps": _steps(item),
            "attachments": attachments,
            "redirected": item.state == State.REDIRECTED,
            "advice": item.events.filter(action="redirected", public=True).last(),
            "is_published": item.state == State.PUBLISHED,
            "confirm": confirm,
            "saved": request.GET.get("saved") == "1" and item.rated_at is not None,
            "link": link,
            "qr_svg": qr,
            "asks_more": item.state == State.MORE_INFO,
            "question": item.events.filter(action="more_info", public=True).last(),
            "reply_error": reply_error,
            "reply_text": request.POST.get("reply", "") if replying else "",
            "replied": request.GET.get("replied") == "1",
        },
        status=status,
    )
    return _private(response)
