"""The forms of the survey staff pages: a new campaign, and one paper sheet typed from the
keyboard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core import dates
from motcua.core.forms import CollatedModelChoiceField, CollatedModelMultipleChoiceField
from motcua.core.textfold import collation_key
from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.collection import clean_answer, label
from motcua.surveys.models import (
    Campaign,
    Item,
    ItemKind,
    QuestionnaireKind,
    QuestionnaireVersion,
    StratumDimension,
    VersionStatus,
)
from motcua.surveys.selectors import version_label

ROMAN_QUARTERS = ("I", "II", "III", "IV")


class VersionChoiceField(CollatedModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return version_label(obj)

    def sort_rows(self, rows: list[Any]) -> list[Any]:
        """By questionnaire title, then its newest version first."""
        return sorted(rows, key=lambda v: (collation_key(v.questionnaire.title), -v.number))


class UnitChoiceField(CollatedModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class UnitsChoiceField(CollatedModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


def quarter_of(day: dt.date) -> tuple[int, dt.date]:
    """The quarter (1 to 4) a day falls in, and the quarter's first day."""
    quarter = (day.month - 1) // 3 + 1
    return quarter, dt.date(day.year, 3 * quarter - 2, 1)


class CampaignForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    slug = forms.SlugField(label=gettext_lazy("Short name (in the survey address)"), max_length=64)
    version = VersionChoiceField(
        label=gettext_lazy("Questionnaire version"),
        queryset=QuestionnaireVersion.objects.filter(status=VersionStatus.PUBLISHED)
        .select_related("questionnaire")
        .order_by("questionnaire__title", "-number"),
    )
    starts_on = dates.DateField(label=gettext_lazy("Dossiers finished from"))
    ends_on = dates.DateField(label=gettext_lazy("to"))
    units = UnitsChoiceField(
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

    def __init__(
        self, *args: Any, units: QuerySet[AdministrativeUnit], today: dt.date, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = units  # type: ignore[attr-defined]
        if not self.is_bound:
            self.initial = {**campaign_defaults(units, today), **self.initial}


def campaign_defaults(units: QuerySet[AdministrativeUnit], today: dt.date) -> dict[str, Any]:
    """What a new campaign most often is: the organiser's own unit (the highest one they
    organise), the current quarter up to today, and the exit questionnaire."""
    chosen = list(units)
    ids = {u.pk for u in chosen}
    tops = [u for u in chosen if u.parent_id not in ids]
    quarter, first = quarter_of(today)
    period = {"quarter": ROMAN_QUARTERS[quarter - 1], "year": today.year}
    versions = CampaignForm.base_fields["version"].queryset  # type: ignore[attr-defined]
    version = (
        versions.filter(questionnaire__kind=QuestionnaireKind.EXIT).first() or versions.first()
    )
    where = tops[0].name if len(tops) == 1 else ""
    title = (
        _("Satisfaction survey, quarter %(quarter)s/%(year)s, %(unit)s") % {**period, "unit": where}
        if where
        else _("Satisfaction survey, quarter %(quarter)s/%(year)s") % period
    )
    code = tops[0].code if len(tops) == 1 else ""
    return {
        "title": title,
        "slug": "-".join(p for p in ["khao-sat", f"{today.year}-q{quarter}", code] if p),
        "starts_on": first,
        "ends_on": today,
        "units": [u.pk for u in tops],
        "version": version.pk if version else None,
    }


class PaperForm(forms.Form):
    """Batch, sheet number and unit, then one short text field per question in the order of
    the paper, so a typist goes through a sheet with the keyboard alone."""

    unit = UnitChoiceField(label=gettext_lazy("Unit"), queryset=AdministrativeUnit.objects.none())
    batch = forms.CharField(label=gettext_lazy("Batch"), max_length=64)
    sheet = forms.CharField(label=gettext_lazy("Sheet number"), max_length=32)

    def __init__(self, *args: Any, campaign: Campaign, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        language = (campaign.version.languages or ["vi"])[0]
        codes: dict[str, list[str]] = {}
        for choice in campaign.version.choices.order_by("list_name", "position"):
            codes.setdefault(choice.list_name, []).append(choice.value)
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
                help_text=paper_hint(item, codes.get(item.choice_list, [])),
                widget=forms.TextInput(attrs={"autocomplete": "off", "class": "paper-cell"}),
            )

    def answers(self) -> dict[str, Any]:
        return {item.name: self._answer(item) for item in self.items}

    def _answer(self, item: Item) -> Any:
        typed = (self.cleaned_data.get(f"a_{item.name}") or "").strip()
        if item.kind == ItemKind.SELECT_MULTIPLE:
            return clean_answer(item, typed.split())
        if item.kind == ItemKind.DATE:
            typed = iso_date(typed)
        return clean_answer(item, [typed])

    def question_fields(self) -> list[forms.BoundField]:
        return [self[f"a_{item.name}"] for item in self.items]


def iso_date(typed: str) -> str:
    """A date written on paper the Vietnamese way (25/4/2025) as the answers store it
    (2025-04-25); anything else is kept for the validation to refuse."""
    day = dates.parse_date(typed)
    return day.isoformat() if day is not None else typed


def paper_hint(item: Item, codes: list[str]) -> str:
    """What the typist may type: the codes printed next to the boxes on the sheet."""
    if item.kind == ItemKind.SATISFACTION:
        return _("1 to 5")
    if item.kind in (ItemKind.SELECT_ONE, ItemKind.SELECT_MULTIPLE):
        values = " ".join(codes)
        if item.kind == ItemKind.SELECT_MULTIPLE:
            return _("one or more of: %s (separated by spaces)") % values
        return _("one of: %s") % values
    if item.kind == ItemKind.DATE:
        return _("day/month/year, as 25/04/2025")
    return ""
