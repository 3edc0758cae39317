"""Forms of the pages that combine apps: web imports, periods, the board, findings."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from motcua.core import dates
from motcua.core.forms import CollatedModelChoiceField
from motcua.metrics.indicators import INDICATORS
from motcua.orgs.models import AdministrativeUnit


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_("Up to %(limit)s MB. CSV may be UTF-8, Windows-1258 or Windows-1252.")
        % {"limit": settings.MOTCUA_IMPORT_MAX_BYTES // 1048576},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if name.endswith(".xls"):
            raise forms.ValidationError(
                _("Old Excel files (.xls) are not supported. Save as .xlsx or CSV.")
            )
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        if upload.size > settings.MOTCUA_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB.")
                % {"limit": settings.MOTCUA_IMPORT_MAX_BYTES // 1048576}
            )
        return upload


class BoardForm(forms.Form):
    start = dates.DateField(label=_("From"))
    end = dates.DateField(label=_("To"))
    unit = CollatedModelChoiceField(
        label=_("Unit"), queryset=AdministrativeUnit.objects.none(), required=False
    )
    indicator = forms.ChoiceField(label=_("Trend and ranking of"), required=False)
    by = forms.ChoiceField(
        label=_("Trend by"),
        choices=[("month", _("month")), ("quarter", _("quarter"))],
        required=False,
    )

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["indicator"].choices = [(i.code, i.label) for i in INDICATORS]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(gettext("The end of the period is before its start."))
        return data


class PeriodForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        choices=[
            ("", _("Whole year")),
            ("1", _("Quarter 1")),
            ("2", _("Quarter 2")),
            ("3", _("Quarter 3")),
            ("4", _("Quarter 4")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )


class FindingsForm(forms.Form):
    issuer = CollatedModelChoiceField(
        label=_("Issued by"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=None,
    )
    start = dates.DateField(label=_("Findings from"))
    end = dates.DateField(label=_("to"))

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = units  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(gettext("The end of the period is before its start."))
        return data
