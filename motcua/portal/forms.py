from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from motcua.dossiers.models import Rating
from motcua.feedback.forms import FeedbackBaseForm
from motcua.feedback.models import Kind
from motcua.feedback.selectors import category_name


class _PhoneDigitsForm(forms.Form):
    phone_last4 = forms.RegexField(
        label=_("Last 4 digits of the phone number you gave"),
        regex=r"^\s*\d{4}\s*$",
        max_length=8,
        error_messages={"invalid": _("Type exactly 4 digits.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


class LookupForm(_PhoneDigitsForm):
    code = forms.CharField(
        label=_("Dossier code (on your receipt)"),
        max_length=48,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class FeedbackLookupForm(_PhoneDigitsForm):
    number = forms.CharField(
        label=_("Feedback number (e.g. PA-2026-000123)"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A radio list offers only real answers: the model's blank choice ("---------") was
        # shown as an answer and ticked before the citizen chose anything.
        for name in ("satisfaction", "contacts", "agencies", "attitude"):
            field: Any = self.fields[name]
            field.choices = [choice for choice in field.choices if choice[0] != ""]


# Feedback ---------------------------------------------------------------------------------

_RATINGS = [(str(n), str(n)) for n in range(1, 6)]


class FeedbackForm(FeedbackBaseForm):
    """The citizen's form: the shared questions, worded for the citizen."""

    kind = forms.ChoiceField(
        label=_("What do you want to send?"),
        choices=Kind.choices,
        initial=Kind.FEEDBACK,
        widget=forms.RadioSelect,
        help_text=_(
            "Feedback tells the authorities about a problem; a petition proposes how to "
            "solve one. Complaints and denunciations follow other laws: if you choose one of "
            "them, your message is recorded and you are told where to send it."
        ),
    )
    anonymous = forms.BooleanField(
        label=_("Send anonymously"),
        required=False,
        help_text=_(
            "Without a name and a contact you are not told of the answer: keep the tracking "
            "link shown after sending."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name and contact are used to handle and answer this feedback "
            "and to tell me how it goes."
        ),
        required=False,
        help_text=_(
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
        conduct = [category_name(c) for c in self.categories.by_key.values() if c.about_conduct]
        self.fields["official_name"].help_text = gettext(
            "Only for the topics %(topics)s: the name or position of the official, as far "
            "as you know it."
        ) % {"topics": ", ".join(f"“{name}”" for name in conduct) or "—"}


class ConfirmForm(forms.Form):
    resolved = forms.TypedChoiceField(
        label=_("Did this answer resolve your issue?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    rating = forms.TypedChoiceField(
        label=_("How do you rate the answer? (1 poor, 5 very good)"),
        choices=_RATINGS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
