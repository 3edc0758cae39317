"""Staff pages for surveys: the campaigns in reach, their invitations and results, and the
keyboard-only entry of paper questionnaires, with the double-entry mismatch list."""

from __future__ import annotations

from dataclasses import dataclass

import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.core.exports import DOCX, table_response
from motcua.core.links import link_path, public_url
from motcua.core.messaging import SmsError
from motcua.core.services import audit_record
from motcua.dossiers.models import Dossier
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit, Role
from motcua.surveys.collection import ResponseError
from motcua.surveys.forms import CampaignForm, PaperForm
from motcua.surveys.invitations import (
    REMINDER_AFTER_DAYS,
    InvitationError,
    InvitationSendResult,
    invitation_text,
    invitations_send,
)
from motcua.surveys.models import Campaign, CampaignStatus, Stratum
from motcua.surveys.paper import PaperErrors, PaperOutcome, paper_sheet_enter
from motcua.surveys.report import survey_report_docx
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.selectors import (
    ResultsPage,
    campaign_answers_table,
    campaign_for,
    campaign_invitations_overview,
    campaign_list_for,
    campaign_reaches,
    campaign_results_page,
    paper_mismatch_rows,
    results_charts,
    results_table,
    strata_in_reach,
    stratum_label,
    stratum_may_send,
)
from motcua.surveys.services import QuestionnaireError, campaign_create, campaign_set_status

# Who organises surveys: the coordinating office and administrators for the province, a
# unit's head for their own unit.
ORGANISER_ROLES = (Role.COORDINATOR, Role.ADMINISTRATOR, Role.UNIT_HEAD)


def _campaign_or_404(request: HttpRequest, slug: str) -> Campaign:
    campaign = campaign_for(request_access(request), slug)
    if campaign is None:
        raise Http404
    return campaign


def _organised_units(access: Access) -> QuerySet[AdministrativeUnit]:
    units = AdministrativeUnit.objects.valid_on(timezone.localdate()).order_by("code")
    if access.is_superuser:
        return units
    return units.filter(
        pk__in=[u for u in access.change_unit_ids if access.has_role(u, *ORGANISER_ROLES)]
    )


def may_organise(access: Access) -> bool:
    """Coordinators, administrators and unit heads organise surveys and edit questionnaires."""
    return _organised_units(access).exists()


def _may_manage(access: Access, campaign: Campaign) -> bool:
    """Those who organise every unit of the campaign draw its sample, open and close it."""
    return all(
        access.can_change(u.pk) and access.has_role(u.pk, *ORGANISER_ROLES)
        for u in campaign.units.all()
    )


@require_GET
@staff_required
def campaign_list(request: HttpRequest) -> HttpResponse:
    access = request_access(request)
    return render(
        request,
        "surveys/campaigns.html",
        {"rows": campaign_list_for(access), "may_organise": may_organise(access)},
    )


@require_http_methods(["GET", "POST"])
@staff_required
def paper_entry(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign_or_404(request, slug)
    access = request_access(request)
    allowed = [u for u in campaign_reaches([campaign])[campaign.pk] if access.can_change(u)]
    if not allowed:
        raise PermissionDenied(_("You may not enter answers for this campaign's units."))
    units = AdministrativeUnit.objects.filter(pk__in=allowed).order_by("code")
    form = PaperForm(request.POST or None, campaign=campaign, units=units)
    if request.method == "POST" and form.is_valid():
        try:
            outcome = paper_sheet_enter(
                campaign=campaign,
                unit=form.cleaned_data["unit"],
                batch=form.cleaned_data["batch"],
                sheet=form.cleaned_data["sheet"],
                answers=form.answers(),
                actor=request.user,
            )
        except PaperErrors as error:
            for name, message in error.errors.items():
                form.add_error(f"a_{name}", message)
        except ResponseError as error:
            form.add_error(None, error)
        else:
            sheet = form.cleaned_data["sheet"]
            _announce_sheet(request, form, outcome, sheet)
            query = f"?unit={form.cleaned_data['unit'].pk}&batch={form.cleaned_data['batch']}"
            return redirect(f"{request.path}{query}&sheet={_next(sheet)}")
    if request.method == "GET":
        form = PaperForm(
            initial={k: request.GET.get(k, "") for k in ("unit", "batch", "sheet")},
            campaign=campaign,
            units=units,
        )
    return render(request, "surveys/paper.html", {"campaign": campaign, "form": form})


def _announce_sheet(
    request: HttpRequest, form: PaperForm, outcome: PaperOutcome, sheet: str
) -> None:
    if outcome.response is not None:
        messages.success(request, _("Sheet %s recorded.") % sheet)
    elif outcome.mismatches:
        labels = {item.name: str(form[f"a_{item.name}"].label) for item in form.items}
        messages.warning(
            request,
            _("Sheet %(sheet)s differs from its first typing (%(items)s): a third typing decides.")
            % {"sheet": sheet, "items": "; ".join(labels.get(n, n) for n in outcome.mismatches)},
        )
    else:
        messages.info(request, _("Sheet %s typed once; it counts after a second typing.") % sheet)


def _next(sheet: str) -> str:
    """The next sheet number, for a typist going through a pile in order."""
    return str(int(sheet) + 1).zfill(len(sheet)) if sheet.isdigit() else ""


@require_GET
@staff_required
def paper_mismatch_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign_or_404(request, slug)
    rows = paper_mismatch_rows(request_access(request), campaign)
    return render(request, "surveys/mismatches.html", {"campaign": campaign, "rows": rows})


@require_GET
@staff_required
def invitations(request: HttpRequest, slug: str) -> HttpResponse:
    """Response rates per stratum, and the ways to hand out invitations: printed cards with
    a QR code, SMS sent from here, and a list of SMS texts for an outside gateway."""
    campaign = _campaign_or_404(request, slug)
    access = request_access(request)
    overview = campaign_invitations_overview(
        access,
        campaign,
        may_manage=_may_manage(access, campaign),
        reminder_days=REMINDER_AFTER_DAYS,
    )
    return render(request, "surveys/invitations.html", {"overview": overview})


def _link(request: HttpRequest, campaign: Campaign, token: str) -> str:
    path = link_path("survey_start", slug=campaign.slug)
    return public_url(request, f"{path}?t={token}")


def _stratum_or_404(request: HttpRequest, campaign: Campaign) -> Stratum:
    wanted = request.GET.get("stratum")
    strata = strata_in_reach(request_access(request), campaign)
    stratum = next((s for s in strata if str(s.pk) == wanted), None)
    if stratum is None:
        raise Http404
    return stratum


@dataclass(frozen=True)
class Card:
    """One printed invitation: the code to type, and a QR code of the link with the code."""

    token: str
    qr_svg: str


@require_GET
@staff_required
def invitation_cards(request: HttpRequest, slug: str) -> HttpResponse:
    """Cards to print (eight to an A4 page) for the unanswered invitations of a stratum:
    the address, the code to type, and a QR code with both. The codes let anyone answer in
    the citizen's place, so only those who send the stratum's invitations print them."""
    campaign = _campaign_or_404(request, slug)
    stratum = _stratum_or_404(request, campaign)
    if not stratum_may_send(request_access(request), campaign, stratum):
        raise PermissionDenied(_("Only staff of the unit send its invitations."))
    tokens = stratum.invitations.filter(used=False).order_by("pk").values_list("token", flat=True)
    cards = [
        Card(
            token=token,
            qr_svg=segno.make(_link(request, campaign, token), error="m").svg_inline(
                scale=2, omitsize=True
            ),
        )
        for token in tokens
    ]
    start = public_url(request, link_path("survey_start", slug=campaign.slug))
    return render(
        request,
        "surveys/cards.html",
        {"campaign": campaign, "stratum": stratum_label(stratum), "cards": cards, "start": start},
    )


@require_GET
@staff_required
def invitation_sms(request: HttpRequest, slug: str) -> HttpResponse:
    """The SMS texts for the unanswered invitations of a stratum, with the phone numbers of
    the dossiers sampled, as XLSX for an SMS gateway outside motcua; with `reminder=1` the
    reminder texts. A download changes nothing (sending from here marks the invitations).
    Personal data: the download is audited."""
    campaign = _campaign_or_404(request, slug)
    stratum = _stratum_or_404(request, campaign)
    if not stratum_may_send(request_access(request), campaign, stratum):
        raise PermissionDenied(_("Only staff of the unit send its invitations."))
    pending = list(stratum.invitations.filter(used=False).order_by("pk"))
    phones = dict(
        Dossier.objects.filter(pk__in=[i.dossier_id for i in pending]).values_list(
            "pk", "applicant_phone"
        )
    )
    reminder = request.GET.get("reminder") == "1"
    rows = [
        [
            phones.get(invitation.dossier_id or 0, ""),
            invitation_text(
                reminder=reminder,
                link=_link(request, campaign, invitation.token),
                token=invitation.token,
            ),
        ]
        for invitation in pending
    ]
    audit_record(
        actor=request.user,
        action="survey.sms_export",
        object_type="stratum",
        object_id=str(stratum.pk),
        detail={"campaign": campaign.slug, "rows": len(rows), "reminder": reminder},
    )
    return table_response(
        name=f"sms-{campaign.slug}-{stratum.pk}",
        fmt="xlsx",
        headers=[_("Phone"), _("Message")],
        rows=[row for row in rows if row[0]],
    )


@require_POST
@staff_required
def invitation_send(request: HttpRequest, slug: str) -> HttpResponse:
    """Send by SMS the invitations (or, with `reminder=1`, the reminders) of one stratum, or
    of every stratum the user may send with `stratum=all`. Sent in the request: a stratum
    holds a few hundred invitations at most."""
    campaign = _campaign_or_404(request, slug)
    access = request_access(request)
    strata = list(campaign.strata.all())
    chosen = request.POST.get("stratum", "")
    if chosen != "all":
        strata = [s for s in strata if str(s.pk) == chosen]
        if not strata:
            raise Http404
    # Whoever may send a stratum also sees it: changing a unit implies seeing it.
    strata = [s for s in strata if stratum_may_send(access, campaign, s)]
    if not strata:
        raise PermissionDenied(_("Only staff of the unit send its invitations."))
    reminder = request.POST.get("reminder") == "1"
    try:
        result = invitations_send(
            campaign=campaign,
            strata=strata,
            reminder=reminder,
            actor=request.user,
            link_for=lambda token: _link(request, campaign, token),
        )
    except (InvitationError, SmsError) as error:
        messages.error(request, str(error))
    else:
        _announce_sending(request, result, reminder=reminder)
    return redirect("surveys:survey_invitations", slug=campaign.slug)


def _announce_sending(
    request: HttpRequest, result: InvitationSendResult, *, reminder: bool
) -> None:
    counts = {"sent": result.sent, "failed": result.failed, "no_phone": result.no_phone}
    if reminder:
        messages.success(request, _("%(sent)s reminders sent by SMS.") % counts)
    else:
        messages.success(request, _("%(sent)s invitations sent by SMS.") % counts)
    if result.no_phone:
        messages.warning(
            request,
            _("%(no_phone)s invitations have no phone number; print cards for them.") % counts,
        )
    if result.failed:
        reasons = "; ".join(f"{reason} ({n})" for reason, n in result.reasons.most_common())
        messages.error(
            request,
            _("%(failed)s messages were not sent and stay due for the next try: %(reasons)s")
            % {**counts, "reasons": reasons},
        )


def _result_units(request: HttpRequest, campaign: Campaign) -> set[int] | None:
    """The units whose answers the user sees, or None for every answer of the campaign (a
    user who sees all its units sees its results as stored for the indicator board)."""
    access = request_access(request)
    if access.is_superuser:
        return None
    reach = set(campaign_reaches([campaign])[campaign.pk])
    seen = reach & set(access.view_unit_ids)
    return None if seen == reach else seen


def _results_page(request: HttpRequest, slug: str) -> ResultsPage:
    campaign = _campaign_or_404(request, slug)
    return campaign_results_page(campaign, unit_ids=_result_units(request, campaign))


@require_GET
@staff_required
def campaign_results_view(request: HttpRequest, slug: str) -> HttpResponse:
    """The campaign against its target: overall and element indices with their 95 %
    intervals, every item with its interval, the weakest items, units ranked, channels, and
    the trend over the earlier campaigns of the same questionnaire; `format` downloads the
    figures as XLSX or CSV."""
    page = _results_page(request, slug)
    if request.GET.get("format"):
        headers, rows = results_table(page)
        return table_response(
            name=f"results-{page.campaign.slug}",
            fmt=request.GET["format"],
            headers=headers,
            rows=rows,
        )
    return render(request, "surveys/results.html", {"page": page, "charts": results_charts(page)})


@require_GET
@staff_required
def campaign_answers(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The raw answers, one anonymous row per response, for analysts (CSV or XLSX)."""
    campaign = _campaign_or_404(request, slug)
    headers, rows = campaign_answers_table(campaign, unit_ids=_result_units(request, campaign))
    return table_response(name=f"answers-{campaign.slug}", fmt=fmt, headers=headers, rows=rows)


@require_GET
@staff_required
def campaign_report(request: HttpRequest, slug: str) -> HttpResponse:
    """The results as a report in the administrative layout (DOCX), for the units in reach."""
    page = _results_page(request, slug)
    unit = min(page.campaign.units.all(), key=lambda u: u.code, default=None)
    issuer = _("People's Committee of %(unit)s") % {"unit": unit.name} if unit else ""
    response = HttpResponse(
        survey_report_docx(page=page, issuer=issuer, place=unit.name if unit else ""),
        content_type=DOCX,
    )
    response["Content-Disposition"] = f'attachment; filename="bao-cao-{page.campaign.slug}.docx"'
    return response


@require_http_methods(["GET", "POST"])
@staff_required
def campaign_new(request: HttpRequest) -> HttpResponse:
    """A new campaign, prefilled with the organiser's unit and the current quarter."""
    units = _organised_units(request_access(request))
    if not units.exists():
        raise PermissionDenied(
            _("Only coordinators, administrators and unit heads organise surveys.")
        )
    form = CampaignForm(request.POST or None, units=units, today=timezone.localdate())
    if request.method == "POST" and form.is_valid():
        try:
            campaign = campaign_create(**form.cleaned_data)
        except QuestionnaireError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Campaign created. Draw its sample next."))
            return redirect("surveys:survey_invitations", slug=campaign.slug)
    return render(request, "surveys/campaign_new.html", {"form": form})


@require_POST
@staff_required
def campaign_manage(request: HttpRequest, slug: str) -> HttpResponse:
    """Draw the sample, open collection, or close it: for those who organise the units."""
    campaign = _campaign_or_404(request, slug)
    if not _may_manage(request_access(request), campaign):
        raise PermissionDenied(_("Only the organisers of this campaign manage it."))
    action = request.POST.get("action")
    try:
        if action == "draw":
            strata = campaign_draw_sample(campaign=campaign)
            messages.success(
                request,
                _("%(invitations)s invitations in %(strata)s strata.")
                % {"invitations": sum(s.sample_size for s in strata), "strata": len(strata)},
            )
        elif action in (CampaignStatus.OPEN, CampaignStatus.CLOSED):
            campaign_set_status(campaign=campaign, status=action)
            messages.success(request, _("Done."))
    except QuestionnaireError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("surveys:survey_invitations", slug=campaign.slug)
