from django import forms
from django.utils.translation import gettext_lazy as _

from motcua.dossiers.models import Rating


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Dossier code (on your receipt)"),
        max_length=48,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    phone_last4 = forms.RegexField(
        label=_("Last 4 digits of the phone number you gave"),
        regex=r"^\s*\d{4}\s*$",
        max_length=8,
        error_messages={"invalid": _("Type exactly 4 digits.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


class RatingForm(forms.ModelForm):
    class Meta:
        model = Rating
        fields = ["satisfaction", "contacts", "agencies", "attitude", "comment"]
        widgets = {
            "satisfaction": forms.RadioSelect,
            "contacts": forms.RadioSelect,
            "agencies": forms.RadioSelect,
            "attitude": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        }
