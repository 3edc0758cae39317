"""Staff pages for surveys: the campaigns in reach and the keyboard-only entry of paper
questionnaires, with the double-entry mismatch list."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import segno
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.core.charts import bar_chart, line_chart
from motcua.core.exports import DOCX, table_response
from motcua.core.links import public_url
from motcua.core.messaging import SmsError
from motcua.core.services import audit_record
from motcua.dossiers.models import Dossier
from motcua.orgs.access import Access, request_access, staff_required
from motcua.orgs.models import AdministrativeUnit, Role
from motcua.surveys.collection import ResponseError, choices_for, clean_answer, label
from motcua.surveys.invitations import (
    REMINDER_AFTER_DAYS,
    InvitationError,
    invitation_text,
    invitations_send,
)
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Item,
    ItemKind,
    QuestionnaireVersion,
    StratumDimension,
    VersionStatus,
)
from motcua.surveys.paper import PaperErrors, paper_mismatches, paper_sheet_enter
from motcua.surveys.report import survey_report_docx
from motcua.surveys.results import CampaignResults, campaign_results
from motcua.surveys.sampling import campaign_draw_sample, campaign_unit_ids
from motcua.surveys.services import (
    QuestionnaireError,
    campaign_create,
    campaign_set_status,
)
from motcua.surveys.stats import Estimate


def _visible_campaigns(access: Access) -> list[Campaign]:
    campaigns = Campaign.objects.select_related("version__questionnaire").prefetch_related("units")
    if access.is_superuser:
        return list(campaigns)
    return [c for c in campaigns if campaign_unit_ids(c) & access.view_unit_ids]


def _campaign_or_404(request: HttpRequest, slug: str) -> Campaign:
    campaign = next(
        (c for c in _visible_campaigns(request_access(request)) if c.slug == slug), None
    )
    if campaign is None:
        raise Http404
    return campaign


@require_GET
@staff_required
def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = _visible_campaigns(request_access(request))
    return render(request, "surveys/campaigns.html", {"campaigns": campaigns})


class PaperForm(forms.Form):
    """Batch, sheet number and unit, then one short text field per question in the order of
    the paper, so a typist goes through a sheet with the keyboard alone."""

    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit"), queryset=AdministrativeUnit.objects.none()
    )
    batch = forms.CharField(label=gettext_lazy("Batch"), max_length=64)
    sheet = forms.CharField(label=gettext_lazy("Sheet number"), max_length=32)

    def __init__(self, *args: Any, campaign: Campaign, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        language = (campaign.version.languages or ["vi"])[0]
        self.items: list[Item] = [
            item
            for item in campaign.version.items.select_related("section").order_by("position")
            if item.kind != ItemKind.NOTE
        ]
        for number, item in enumerate(self.items, 1):
            self.fields[f"a_{item.name}"] = forms.CharField(
                label=f"{number}. {label(item, language)}",
                required=False,
                max_length=2000,
                help_text=_hint(campaign, item),
                widget=forms.TextInput(attrs={"autocomplete": "off", "class": "paper-cell"}),
            )

    def answers(self) -> dict[str, Any]:
        return {
            item.name: clean_answer(item, (self.cleaned_data.get(f"a_{item.name}") or "").split())
            if item.kind == ItemKind.SELECT_MULTIPLE
            else clean_answer(item, [self.cleaned_data.get(f"a_{item.name}") or ""])
            for item in self.items
        }


def _hint(campaign: Campaign, item: Item) -> str:
    if item.kind == ItemKind.SATISFACTION:
        return _("1 to 5")
    if item.kind in (ItemKind.SELECT_ONE, ItemKind.SELECT_MULTIPLE):
        values = " ".join(c.value for c in choices_for(campaign.version, item))
        if item.kind == ItemKind.SELECT_MULTIPLE:
            return _("one or more of: %s (separated by spaces)") % values
        return _("one of: %s") % values
    if item.kind == ItemKind.DATE:
        return _("YYYY-MM-DD")
    return ""


@require_http_methods(["GET", "POST"])
@staff_required
def paper_entry(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign_or_404(request, slug)
    access = request_access(request)
    reach = campaign_unit_ids(campaign)
    allowed = [u for u in reach if access.can_change(u)]
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
            if outcome.response is not None:
                messages.success(request, _("Sheet %s recorded.") % sheet)
            elif outcome.mismatches:
                messages.warning(
                    request,
                    _(
                        "Sheet %(sheet)s differs from its first typing (%(items)s): "
                        "a third typing decides."
                    )
                    % {"sheet": sheet, "items": ", ".join(outcome.mismatches)},
                )
            else:
                messages.info(
                    request, _("Sheet %s typed once; it counts after a second typing.") % sheet
                )
            query = f"?unit={form.cleaned_data['unit'].pk}&batch={form.cleaned_data['batch']}"
            return redirect(f"{request.path}{query}&sheet={_next(sheet)}")
    if request.method == "GET":
        form = PaperForm(
            initial={k: request.GET.get(k, "") for k in ("unit", "batch", "sheet")},
            campaign=campaign,
            units=units,
        )
    return render(request, "surveys/paper.html", {"campaign": campaign, "form": form})


def _next(sheet: str) -> str:
    """The next sheet number, for a typist going through a pile in order."""
    return str(int(sheet) + 1).zfill(len(sheet)) if sheet.isdigit() else ""


@require_GET
@staff_required
def paper_mismatch_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign_or_404(request, slug)
    access = request_access(request)
    mismatches = [m for m in paper_mismatches(campaign) if access.can_view(m.unit)]
    return render(
        request,
        "surveys/mismatches.html",
        {"campaign": campaign, "mismatches": mismatches},
    )


def _strata_in_reach(request: HttpRequest, campaign: Campaign) -> list[Any]:
    access = request_access(request)
    strata = campaign.strata.select_related("unit").annotate(
        invited=Count("invitations"),
        answered=Count("invitations", filter=Q(invitations__used=True)),
    )
    return [s for s in strata if s.unit_id is None or access.can_view(s.unit_id)]


@require_GET
@staff_required
def invitations(request: HttpRequest, slug: str) -> HttpResponse:
    """Response rates per stratum, and the ways to hand out invitations: printed cards with
    a QR code, SMS sent from here, and a list of SMS texts for an outside gateway."""
    campaign = _campaign_or_404(request, slug)
    strata = _strata_in_reach(request, campaign)
    access = request_access(request)
    sent = dict(
        campaign.invitations.filter(sent_at__isnull=False)
        .values("stratum")
        .annotate(n=Count("pk"))
        .values_list("stratum", "n")
    )
    for stratum in strata:
        stratum.sms_sent = sent.get(stratum.pk, 0)
        stratum.may_send = _may_send(access, campaign, stratum)
    return render(
        request,
        "surveys/invitations.html",
        {
            "campaign": campaign,
            "strata": strata,
            "invited": sum(s.invited for s in strata),
            "answered": sum(s.answered for s in strata),
            "may_send": any(s.may_send for s in strata),
            "reminder_days": REMINDER_AFTER_DAYS,
        },
    )


def _link(request: HttpRequest, campaign: Campaign, token: str) -> str:
    path = reverse("portal:survey_start", kwargs={"slug": campaign.slug})
    return public_url(request, f"{path}?t={token}")


def _stratum_or_404(request: HttpRequest, campaign: Campaign) -> Any:
    stratum = next(
        (s for s in _strata_in_reach(request, campaign) if str(s.pk) == request.GET.get("stratum")),
        None,
    )
    if stratum is None:
        raise Http404
    return stratum


@require_GET
@staff_required
def invitation_cards(request: HttpRequest, slug: str) -> HttpResponse:
    """Cards to print (eight to an A4 page) for the unanswered invitations of a stratum:
    the address, the code to type, and a QR code with both."""
    campaign = _campaign_or_404(request, slug)
    stratum = _stratum_or_404(request, campaign)
    cards = [
        (token, link, segno.make(link, error="m").svg_inline(scale=2, omitsize=True))
        for token in stratum.invitations.filter(used=False).values_list("token", flat=True)
        for link in [_link(request, campaign, token)]
    ]
    start = public_url(request, reverse("portal:survey_start", kwargs={"slug": campaign.slug}))
    return render(
        request,
        "surveys/cards.html",
        {"campaign": campaign, "stratum": stratum, "cards": cards, "start": start},
    )


def _may_send(access: Access, campaign: Campaign, stratum: Any) -> bool:
    """Staff who change the stratum's unit send its invitations; a stratum with no unit (by
    procedure field or channel) is sent by those who change every unit of the campaign."""
    if stratum.unit_id is not None:
        return access.can_change(stratum.unit_id)
    return all(access.can_change(u) for u in campaign.units.values_list("pk", flat=True))


@require_GET
@staff_required
def invitation_sms(request: HttpRequest, slug: str) -> HttpResponse:
    """The SMS texts for the unanswered invitations of a stratum, with the phone numbers of
    the dossiers sampled, as XLSX for an SMS gateway outside motcua; with `reminder=1` the
    reminder texts. A download changes nothing (sending from here marks the invitations).
    Personal data: the download is audited."""
    campaign = _campaign_or_404(request, slug)
    stratum = _stratum_or_404(request, campaign)
    if not _may_send(request_access(request), campaign, stratum):
        raise PermissionDenied(_("Only staff of the unit send its invitations."))
    pending = list(stratum.invitations.filter(used=False).order_by("pk"))
    phones = dict(
        Dossier.objects.filter(pk__in=[i.dossier_id for i in pending]).values_list(
            "pk", "applicant_phone"
        )
    )
    reminder = request.GET.get("reminder") == "1"
    rows = [
        (
            phones.get(invitation.dossier_id, ""),
            invitation_text(
                reminder=reminder,
                link=_link(request, campaign, invitation.token),
                token=invitation.token,
            ),
        )
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
    strata = [s for s in strata if _may_send(access, campaign, s)]
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
        return redirect("surveys:survey_invitations", slug=campaign.slug)
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
    return redirect("surveys:survey_invitations", slug=campaign.slug)


def _result_units(request: HttpRequest, campaign: Campaign) -> set[int] | None:
    """The units whose answers the user sees, or None for every answer of the campaign (a
    user who sees all its units sees its results as stored for the indicator board)."""
    access = request_access(request)
    if access.is_superuser:
        return None
    reach = campaign_unit_ids(campaign)
    seen = reach & set(access.view_unit_ids)
    return None if seen == reach else seen


def _percent(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value * 100, 1)


def _results_table(results: CampaignResults) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The download: the overall index, then each element, then each item, every share with
    its 95 % interval, as the page shows them."""
    target = float(results.campaign.target)

    def figures(e: Estimate | None) -> tuple[Any, ...]:
        if e is None:
            return (_("not enough answers"), "", "", "")
        return (
            _percent(e.estimate),
            _percent(e.ci_low),
            _percent(e.ci_high),
            round(target - e.estimate * 100, 1),
        )

    headers = [
        _("Figure"),
        _("Item"),
        _("Element"),
        _("Answers"),
        _("Satisfied (%)"),
        _("95 % CI low"),
        _("95 % CI high"),
        _("Gap to the target (points)"),
    ]
    rows: list[tuple[Any, ...]] = [
        (_("Overall index"), _("Overall index"), "", results.responses, *figures(results.index))
    ]
    rows += [
        (_("Element"), e.label, e.name, results.responses, *figures(e.index))
        for e in results.elements
    ]
    rows += [(_("Item"), i.label, i.element, i.answers, *figures(i.share)) for i in results.items]
    return headers, rows


@require_GET
@staff_required
def campaign_results_view(request: HttpRequest, slug: str) -> HttpResponse:
    """The campaign against its target: overall and element indices with their 95 %
    intervals, every item with its interval, the weakest items, units ranked, channels, and
    the trend over the earlier campaigns of the same questionnaire."""
    campaign = _campaign_or_404(request, slug)
    results = campaign_results(campaign, unit_ids=_result_units(request, campaign))
    target = float(campaign.target)
    if request.GET.get("format"):
        headers, rows = _results_table(results)
        return table_response(
            name=f"results-{campaign.slug}", fmt=request.GET["format"], headers=headers, rows=rows
        )
    chart = bar_chart(
        ((item.label, _percent(item.share.estimate)) for item in results.items if item.share),
        target=target,
        title=_("Satisfied (%) per item, with the target"),
    )
    unit_chart = bar_chart(
        ((group.label, _percent(group.overall)) for group in results.by_unit),
        target=target,
        title=_("Overall index (%) per unit, with the target"),
    )
    trend_chart = line_chart(
        ((group.label, _percent(group.overall)) for group in results.trend),
        target=target,
        title=_("Overall index (%) campaign by campaign, with the target"),
    )
    return render(
        request,
        "surveys/results.html",
        {
            "campaign": campaign,
            "results": results,
            "overall": _interval(results.index),
            "chart": chart,
            "unit_chart": unit_chart,
            "trend_chart": trend_chart if len(results.trend) > 1 else None,
            "trend": [(g, _percent(g.overall)) for g in results.trend],
            "items": [(i, _interval(i.share)) for i in results.items],
            "elements": [(e, _interval(e.index)) for e in results.elements],
            "units": [(g, _percent(g.overall)) for g in results.by_unit],
            "channels": [(g, _percent(g.overall)) for g in results.by_channel],
            "previous": (results.previous, _percent(results.previous.overall))
            if results.previous
            else None,
            "weakest": [(i, _percent(i.share.estimate)) for i in results.weakest if i.share],
        },
    )


def _interval(e: Estimate | None) -> tuple[float | None, float | None, float | None] | None:
    """A share and its 95 % interval in per cent, one decimal, as the page prints them."""
    if e is None:
        return None
    return (_percent(e.estimate), _percent(e.ci_low), _percent(e.ci_high))


@require_GET
@staff_required
def campaign_answers(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The raw answers, one anonymous row per response, for analysts (CSV or XLSX)."""
    campaign = _campaign_or_404(request, slug)
    units = _result_units(request, campaign)
    responses = campaign.responses.select_related("unit").order_by("pk")
    if units is not None:
        responses = responses.filter(unit_id__in=units)
    names = list(
        campaign.version.items.exclude(kind=ItemKind.NOTE)
        .order_by("position")
        .values_list("name", flat=True)
    )

    def cell(value: Any) -> Any:
        return " ".join(map(str, value)) if isinstance(value, list) else value

    return table_response(
        name=f"answers-{campaign.slug}",
        fmt=fmt,
        headers=["unit", "stratum", "channel", "language", "submitted_on", "batch", *names],
        rows=(
            [
                r.unit.code if r.unit else "",
                r.stratum_id or "",
                r.channel,
                r.language,
                r.submitted_on,
                r.batch,
                *[cell(r.answers.get(n)) for n in names],
            ]
            for r in responses.iterator(chunk_size=2000)
        ),
    )


@require_GET
@staff_required
def campaign_report(request: HttpRequest, slug: str) -> HttpResponse:
    """The results as a report in the administrative layout (DOCX), for the units in reach."""
    campaign = _campaign_or_404(request, slug)
    results = campaign_results(campaign, unit_ids=_result_units(request, campaign))
    unit = campaign.units.order_by("code").first()
    issuer = _("People's Committee of %(unit)s") % {"unit": unit.name} if unit else ""
    response = HttpResponse(
        survey_report_docx(
            campaign=campaign, results=results, issuer=issuer, place=unit.name if unit else ""
        ),
        content_type=DOCX,
    )
    response["Content-Disposition"] = f'attachment; filename="bao-cao-{campaign.slug}.docx"'
    return response


# Who organises surveys: the coordinating office and administrators for the province, a
# unit's head for their own unit.
ORGANISER_ROLES = (Role.COORDINATOR, Role.ADMINISTRATOR, Role.UNIT_HEAD)


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


class CampaignForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    slug = forms.SlugField(label=gettext_lazy("Short name (in the survey address)"), max_length=64)
    version = forms.ModelChoiceField(
        label=gettext_lazy("Questionnaire version"),
        queryset=QuestionnaireVersion.objects.filter(status=VersionStatus.PUBLISHED).select_related(
            "questionnaire"
        ),
    )
    starts_on = forms.DateField(
        label=gettext_lazy("Dossiers finished from"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    ends_on = forms.DateField(
        label=gettext_lazy("to"), widget=forms.DateInput(attrs={"type": "date"})
    )
    units = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Units surveyed"),
        queryset=AdministrativeUnit.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    strata_by = forms.MultipleChoiceField(
        label=gettext_lazy("Strata"),
        choices=StratumDimension.choices,
        initial=[StratumDimension.UNIT],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target = forms.DecimalField(
        label=gettext_lazy("Target: per cent satisfied"),
        min_value=0,
        max_value=100,
        initial=Campaign._meta.get_field("target").default,
    )
    margin_of_error = forms.DecimalField(
        label=gettext_lazy("Margin of error"),
        min_value=Decimal("0.01"),
        max_value=Decimal("0.2"),
        initial=Decimal("0.05"),
        help_text=gettext_lazy("Each stratum's sample is n = N / (1 + N·e²)."),
    )
    seed = forms.IntegerField(label=gettext_lazy("Random seed"), min_value=0, initial=2025)
    double_entry = forms.BooleanField(label=gettext_lazy("Type paper sheets twice"), required=False)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = units  # type: ignore[attr-defined]


@require_http_methods(["GET", "POST"])
@staff_required
def campaign_new(request: HttpRequest) -> HttpResponse:
    units = _organised_units(request_access(request))
    if not units.exists():
        raise PermissionDenied(
            _("Only coordinators, administrators and unit heads organise surveys.")
        )
    form = CampaignForm(request.POST or None, units=units)
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
    access = request_access(request)
    if not all(
        access.can_change(u) and access.has_role(u, *ORGANISER_ROLES)
        for u in campaign.units.values_list("pk", flat=True)
    ):
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
