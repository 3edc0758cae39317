from django import forms
from django.utils.translation import gettext_lazy as _


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
