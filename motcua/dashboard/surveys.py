"""Staff pages for surveys: the campaigns in reach and the keyboard-only entry of paper
questionnaires, with the double-entry mismatch list."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from motcua.dashboard.views import staff_required
from motcua.orgs.access import Access, request_access
from motcua.orgs.models import AdministrativeUnit
from motcua.orgs.selectors import unit_descendant_ids
from motcua.surveys.collection import ResponseError, choices_for, clean_answer, label
from motcua.surveys.models import Campaign, Item, ItemKind
from motcua.surveys.paper import PaperErrors, paper_mismatches, paper_sheet_enter


def _campaign_units(campaign: Campaign) -> set[int]:
    units = list(campaign.units.values_list("pk", flat=True))
    return unit_descendant_ids(units, on=campaign.ends_on) | set(units)


def _visible_campaigns(access: Access) -> list[Campaign]:
    campaigns = Campaign.objects.select_related("version__questionnaire").prefetch_related("units")
    if access.is_superuser:
        return list(campaigns)
    return [c for c in campaigns if _campaign_units(c) & access.view_unit_ids]


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
    return render(request, "dashboard/surveys/campaigns.html", {"campaigns": campaigns})


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
    reach = _campaign_units(campaign)
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
    return render(request, "dashboard/surveys/paper.html", {"campaign": campaign, "form": form})


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
        "dashboard/surveys/mismatches.html",
        {"campaign": campaign, "mismatches": mismatches},
    )
