"""Public pages for citizens: no account, no JavaScript, no request to another host."""

from __future__ import annotations

import segno
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from motcua.catalogue.models import Form, Level, OnlineLevel, Procedure
from motcua.catalogue.selectors import (
    field_counts,
    field_options,
    form_is_downloadable,
    procedure_public_detail,
    procedure_search,
)
from motcua.core.http import client_address
from motcua.core.links import public_url
from motcua.dossiers.models import Rating
from motcua.dossiers.selectors import dossier_public_lookup, lookup_allowed
from motcua.dossiers.services import (
    DossierError,
    rating_dossier,
    rating_submit,
    rating_token_for,
)
from motcua.dossiers.slips import status_path
from motcua.portal.forms import LookupForm, RatingForm

PAGE_SIZE = 20


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/home.html", {"fields": field_counts()})


@require_GET
def procedure_search_view(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    field = request.GET.get("field", "")[:64]
    level = request.GET.get("level", "")
    online_level = request.GET.get("online", "")
    if level not in Level.values:
        level = ""
    if online_level not in OnlineLevel.values:
        online_level = ""
    results = procedure_search(query=query, field=field, level=level, online_level=online_level)
    page = Paginator(
        results.only(
            "code",
            "name",
            "level",
            "online_level",
            "field__name",
            "time_limit_value",
            "time_limit_unit",
        ),
        PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "portal/procedure_search.html",
        {
            "query": query,
            "field": field,
            "level": level,
            "online_level": online_level,
            "page": page,
            "fields": field_options(),
            "levels": Level.choices,
            "online_levels": OnlineLevel.choices,
            "querystring": params.urlencode(),
        },
    )


def _procedure_or_404(code: str) -> Procedure:
    procedure = procedure_public_detail(code=code)
    if procedure is None:
        raise Http404(_("No published procedure has this code."))
    return procedure


def _forms(procedure: Procedure) -> list[Form]:
    """The forms a citizen may download today. Expired ones are left out altogether (the
    publication check lists them for the office to replace)."""
    today = timezone.localdate()
    return [form for form in procedure.forms.all() if form_is_downloadable(form, on=today)]


@require_GET
def procedure_detail(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure_or_404(code)
    return render(
        request,
        "portal/procedure_detail.html",
        {"procedure": procedure, "forms": _forms(procedure)},
    )


@require_GET
def procedure_poster(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure_or_404(code)
    url = public_url(request, procedure.get_absolute_url())
    # A viewBox without a fixed size lets the stylesheet scale the code instead of cropping it.
    qr = segno.make(url, error="m").svg_inline(scale=5, omitsize=True, title=procedure.code)
    return render(
        request,
        "portal/procedure_poster.html",
        {"procedure": procedure, "forms": _forms(procedure), "qr_svg": qr, "url": url},
    )


def _form_or_404(procedure: Procedure, public_id: str) -> Form:
    form = next((f for f in procedure.forms.all() if str(f.public_id) == str(public_id)), None)
    if form is None:
        raise Http404(_("This form does not exist."))
    return form


def _form_gone(request: HttpRequest, procedure: Procedure, form: Form) -> HttpResponse:
    return render(
        request,
        "portal/form_unavailable.html",
        {"procedure": procedure, "form": form},
        status=410,
    )


@require_GET
def form_download(request: HttpRequest, code: str, public_id: str) -> HttpResponseBase:
    """The form as uploaded, or with `?format=pdf` its PDF copy. A PDF opens in the
    browser (to read or print it), any other file is saved."""
    procedure = _procedure_or_404(code)
    form = _form_or_404(procedure, public_id)
    if not form_is_downloadable(form, on=timezone.localdate()):
        return _form_gone(request, procedure, form)
    if request.GET.get("format") == "pdf" and not form.is_pdf:
        if not form.has_pdf_copy:
            raise Http404(_("This form has no PDF copy yet."))
        stored, extension, content_type = form.pdf, "pdf", "application/pdf"
    else:
        stored, extension, content_type = form.file, form.extension, form.content_type
    try:
        handle = stored.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file of this form is missing.")) from exc
    response = FileResponse(
        handle,
        as_attachment=extension != "pdf",
        filename=f"{procedure.code}-{form.code}.{extension}",
        content_type=content_type,
    )
    if extension == "pdf":
        # django-csp's own mark (what @csp_exempt() sets): Chromium shows no PDF whose
        # response forbids plugins (object-src 'none'), and a PDF is no page to protect.
        response._csp_exempt = True  # type: ignore[attr-defined]
    return response


@require_GET
def form_print(request: HttpRequest, code: str, public_id: str) -> HttpResponse:
    """A page to print with the form: its name and procedure, the papers to hand in with
    it, and the PDF to print (a PDF cannot be framed here: no page of ours may be)."""
    procedure = _procedure_or_404(code)
    form = _form_or_404(procedure, public_id)
    if not form_is_downloadable(form, on=timezone.localdate()):
        return _form_gone(request, procedure, form)
    return render(
        request,
        "portal/form_print.html",
        {
            "procedure": procedure,
            "form": form,
            "forms": _forms(procedure),
            "url": public_url(request, procedure.get_absolute_url()),
        },
    )


@require_http_methods(["GET", "POST"])
def dossier_lookup(request: HttpRequest) -> HttpResponse:
    """A citizen checks a dossier with its code and the last four digits of their phone."""
    form = LookupForm(request.POST or None)
    status = None
    limited = False
    if request.method == "POST" and form.is_valid():
        address = client_address(request)
        if not lookup_allowed(address=address):
            limited = True
        else:
            status = dossier_public_lookup(
                code=form.cleaned_data["code"],
                phone_last4=form.cleaned_data["phone_last4"],
                address=address,
            )
            if status is None:
                form.add_error(
                    None, _("No dossier matches this code and these digits. Check the receipt.")
                )
    rate_url = ""
    if status is not None and status.finished:
        path = reverse("portal:dossier_rate", kwargs={"code": status.code})
        rate_url = f"{path}?t={rating_token_for(code=status.code)}"
    response = render(
        request,
        "portal/dossier_lookup.html",
        {"form": form, "status": status, "limited": limited, "rate_url": rate_url},
    )
    if limited:
        response.status_code = 429
    return response


@require_http_methods(["GET", "POST"])
def dossier_rate(request: HttpRequest, code: str) -> HttpResponse:
    """The citizen rates a finished dossier through the signed link on the receipt (or on the
    counter's tablet). A wrong code or token is simply not found."""
    token = request.POST.get("t") or request.GET.get("t", "")
    dossier = rating_dossier(code=code, token=token)
    if dossier is None:
        raise Http404(_("This rating link is not valid."))
    existing = Rating.objects.filter(dossier=dossier).first()
    form = RatingForm(request.POST or None, instance=existing)
    context = {
        "dossier": dossier,
        "form": form,
        "token": token,
        "saved": False,
        # Whoever holds a rating link may see the status: both are given to the same people.
        "status_url": status_path(dossier),
    }
    if request.method == "POST" and form.is_valid():
        try:
            rating_submit(dossier=dossier, **form.cleaned_data)
        except DossierError as exc:
            form.add_error(None, exc.messages[0])
        else:
            context["saved"] = True
    return render(request, "portal/dossier_rate.html", context)
