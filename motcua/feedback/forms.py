"""The forms of feedback: one base for what a citizen says (the public form in
`motcua.portal.forms` and the officers' entry of a phone call or a letter both subclass it),
and the forms of the actions on an item's staff page.

The base holds the questions, the consent, the contact checks and the choices of topics,
communes and agencies; the rules that decide whether feedback is taken (the map point within
the province among them) live in `motcua.feedback.services`, and a refusal there comes back
to the box it concerns through `FeedbackBaseForm.add_service_error`.

Long pickers (the communes, some 46 agencies) are grouped with <optgroup> and come with a
text box tied to a <datalist>: the browser suggests as the officer types, without JavaScript,
and what is typed is matched to one choice on the server.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.catalogue.models import Procedure
from motcua.core import dates
from motcua.core.files import file_check
from motcua.core.forms import CollatedModelChoiceField
from motcua.core.identity import phone_clean
from motcua.core.textfold import fold
from motcua.feedback import selectors
from motcua.feedback.models import Category, Channel, Feedback, Kind
from motcua.feedback.redaction import redact
from motcua.feedback.services import (
    ATTACHMENT_TYPES,
    CONSENT_NEEDED,
    MAX_ATTACHMENTS,
    MAX_TEXT,
    FeedbackError,
    Submission,
)
from motcua.orgs.models import AdministrativeUnit

# The phone numbers the service accepts, checked here to show the message by the box.
_PHONE = re.compile(r"^\+?\d{9,12}$")
STAFF_CHANNELS = (Channel.PHONE, Channel.LETTER, Channel.IN_PERSON, Channel.RECEPTION)
FIND_SUFFIX = "_find"


def megabytes(size: int) -> str:
    return f"{round(size / 1048576, 1):g}"


# --- pickers that can be searched without JavaScript -------------------------------------


@dataclass(frozen=True)
class Typed:
    """Text typed in a picker's search box that matched no single choice."""

    text: str
    matches: int

    def __str__(self) -> str:
        return self.text


def _flat(choices: Any) -> list[tuple[str, str]]:
    """(value, label) of every option; an option in a group says its group."""
    flat: list[tuple[str, str]] = []
    for value, label in choices:
        if isinstance(label, list | tuple):
            flat += [(str(v), f"{text} ({value})") for v, text in label]
        elif value not in ("", None):
            flat.append((str(value), str(label)))
    return flat


class FindSelect(forms.Select):
    """A grouped <select>, and beside it a search box tied to a <datalist> of its options.
    Text typed in the box wins over the select: the one option whose label is that text,
    or the only one that contains it (accents and case ignored)."""

    template_name = "feedback/widgets/find_select.html"

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["find_name"] = name + FIND_SUFFIX
        widget["find_id"] = f"{widget['attrs'].get('id', name)}{FIND_SUFFIX}"
        widget["find_value"] = value.text if isinstance(value, Typed) else ""
        widget["find_labels"] = [label for _value, label in _flat(self.choices)]
        return context

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        typed = str(data.get(name + FIND_SUFFIX) or "").strip()[:200]
        if not typed:
            return super().value_from_datadict(data, files, name)
        wanted = fold(typed)
        options = _flat(self.choices)
        exact = [value for value, label in options if fold(label) == wanted]
        if exact:
            return exact[0]
        found = [value for value, label in options if wanted in fold(label)]
        return found[0] if len(found) == 1 else Typed(typed, len(found))


class FindChoiceField(forms.ChoiceField):
    widget = FindSelect

    def clean(self, value: Any) -> Any:
        if isinstance(value, Typed):
            if value.matches:
                message = _("Several choices match “%(text)s”: type more of the name.")
            else:
                message = _("Nothing matches “%(text)s”: check the spelling or use the list.")
            raise forms.ValidationError(message % {"text": value.text})
        return super().clean(value)


class PickerField(FindChoiceField):
    """A searchable, grouped choice of objects from a `selectors.Picker`: cleans to the
    object, or to None when the box is optional and left empty."""

    def use(self, picker: selectors.Picker[Any]) -> None:
        self.picker = picker
        self.choices = [("", "—"), *picker.choices]

    def clean(self, value: Any) -> Any:
        key = super().clean(value)
        return self.picker.by_key.get(str(key)) if key else None


# --- files ---------------------------------------------------------------------------------


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
    """A latitude or longitude as typed: a comma is accepted for the decimal point. Whether
    the point is in the province is the service's rule (`services.map_point_problem`)."""
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


# --- what a citizen says: the shared base --------------------------------------------------


class FeedbackBaseForm(forms.Form):
    """The questions of feedback, for the public form and the officers' entry alike."""

    use_required_attribute = False
    kind = forms.ChoiceField(
        label=gettext_lazy("What do you want to send?"), choices=Kind.choices, initial=Kind.FEEDBACK
    )
    category = forms.ChoiceField(
        label=gettext_lazy("Topic"), error_messages={"required": gettext_lazy("Choose a topic.")}
    )
    unit = PickerField(
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
    agency = PickerField(
        label=gettext_lazy("Agency concerned"),
        required=False,
        help_text=gettext_lazy("Optional. The office it is about, if you know it."),
    )
    official_name = forms.CharField(
        label=gettext_lazy("Official concerned"), required=False, max_length=200
    )
    attachments = MultipleFileField(label=gettext_lazy("Photos or documents"), required=False)
    anonymous = forms.BooleanField(label=gettext_lazy("Send anonymously"), required=False)
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
    consent = forms.BooleanField(label=gettext_lazy("Consent"), required=False)

    def __init__(
        self,
        *args: Any,
        units: QuerySet[AdministrativeUnit] | None = None,
        home_unit_ids: frozenset[int] = frozenset(),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.categories = selectors.category_picker()
        cast(forms.ChoiceField, self.fields["category"]).choices = [
            ("", "—"),
            *self.categories.choices,
        ]
        unit_field = cast(PickerField, self.fields["unit"])
        unit_field.use(selectors.commune_picker(on=today, within=units))
        # The officer's own commune first: most calls are about it.
        home = [u for u in unit_field.picker.by_key.values() if u.pk in home_unit_ids]
        if home and "unit" not in self.initial:
            self.initial["unit"] = home[0].code
        cast(PickerField, self.fields["agency"]).use(selectors.agency_picker(on=today))
        self.fields["attachments"].help_text = _(
            "Optional. Up to %(count)s files, JPG, PNG or PDF, at most %(size)s MB each. "
            "They are not published unless the office chooses to show one with the answer."
        ) % {"count": MAX_ATTACHMENTS, "size": megabytes(settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES)}
        self.fields["attachments"].widget.attrs["accept"] = ",".join(
            [f".{kind}" for kind in ATTACHMENT_TYPES] + ["image/jpeg", "image/png"]
        )

    def procedures(self) -> QuerySet[Procedure]:
        """Where a procedure code is looked up."""
        return Procedure.objects.public()

    def clean_category(self) -> Category:
        category = self.categories.by_key.get(self.cleaned_data["category"])
        if category is None:
            raise forms.ValidationError(_("Choose a topic."))
        return category

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        if len(text.strip()) < 10:
            raise forms.ValidationError(_("Describe what happened in a few words at least."))
        return text

    def clean_procedure(self) -> Procedure | None:
        code = self.cleaned_data["procedure"].strip()
        if not code:
            return None
        procedure = self.procedures().filter(code__iexact=code).first()
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
            name, size = upload.name or "", upload.size or 0
            if size > limit:
                # Refused before it is read into memory.
                message = _("The file is %(size)s MB; the limit is %(limit)s MB.") % {
                    "size": megabytes(size),
                    "limit": megabytes(limit),
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
        # Only when both boxes were readable: otherwise their own message is enough.
        if "latitude" in data and "longitude" in data:
            latitude, longitude = data["latitude"], data["longitude"]
            if (latitude is None) != (longitude is None):
                missing = "latitude" if latitude is None else "longitude"
                message = _("Give both the latitude and the longitude, or neither.")
                self.add_error(missing, message)
        if data.get("anonymous"):
            return data
        if not data.get("consent"):
            self.add_error("consent", CONSENT_NEEDED)
        if "contact_name" in data and not data["contact_name"].strip():
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

    def add_service_error(self, error: FeedbackError) -> None:
        """The service's refusal by the boxes it concerns; the rest above the form."""
        if not hasattr(error, "error_dict"):
            for message in error.messages:
                self.add_error(None, message)
            return
        for name, errors in error.error_dict.items():
            target = name if name in self.fields and name != NON_FIELD_ERRORS else None
            for message in forms.ValidationError(errors).messages:
                self.add_error(target, message)

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


# --- the officers' entry -------------------------------------------------------------------


class EntryForm(FeedbackBaseForm):
    """Feedback a citizen gave by phone, letter, in person or at a reception session,
    written down by an officer: the citizen form's questions, plus how and when it came."""

    channel = forms.ChoiceField(
        label=gettext_lazy("Received by"), choices=[(c.value, c.label) for c in STAFF_CHANNELS]
    )
    received_at = dates.DateTimeField(
        label=gettext_lazy("Received at"),
        required=False,
        help_text=gettext_lazy("Leave empty for now. A letter counts from the day it arrived."),
    )
    transferred_from = forms.CharField(
        label=gettext_lazy("Transferred in from"),
        max_length=200,
        required=False,
        help_text=gettext_lazy(
            "For feedback another body passed on (the Government Office, a ministry, another "
            "province, the national portal): its deadlines run from the time received here."
        ),
    )
    first_received_at = dates.DateTimeField(
        label=gettext_lazy("First sent by the citizen at"), required=False
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Kind.choices)
    category = forms.ChoiceField(
        label=gettext_lazy("Category"),
        error_messages={"required": gettext_lazy("Choose a category.")},
    )
    text = forms.CharField(
        label=gettext_lazy("What the citizen says"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": gettext_lazy("Describe what happened in a few words at least.")
        },
    )
    attachments = MultipleFileField(
        label=gettext_lazy("Files the citizen handed in"), required=False
    )
    anonymous = forms.BooleanField(
        label=gettext_lazy("The citizen does not give a name (anonymous)"), required=False
    )
    contact_name = forms.CharField(label=gettext_lazy("Name"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=gettext_lazy(
            "The citizen agreed that their name and contact are used to handle and answer "
            "this feedback"
        ),
        required=False,
        help_text=gettext_lazy(
            "Ask before writing them down (Law 91/2025 on personal data protection); without "
            "consent, register the feedback as anonymous."
        ),
    )
    client_key = forms.CharField(widget=forms.HiddenInput, max_length=40)

    def procedures(self) -> QuerySet[Procedure]:
        # An officer may name a procedure not (or no longer) published.
        return Procedure.objects.all()

    def clean_received_at(self) -> dt.datetime | None:
        value: dt.datetime | None = self.cleaned_data.get("received_at")
        if value is not None and value > timezone.now():
            raise forms.ValidationError(_("The time received cannot be in the future."))
        return value

    def submission(self) -> Submission:
        submission = super().submission()
        data = self.cleaned_data
        submission.official_name = data["official_name"]
        submission.transferred_from = data["transferred_from"]
        submission.first_received_at = data["first_received_at"]
        return submission


# --- the actions on an item's page ---------------------------------------------------------


class ActionForm(forms.Form):
    use_required_attribute = False


class StartForm(ActionForm):
    pass


class OfficialChoiceField(CollatedModelChoiceField):
    """Staff by full name and title (`selectors.person_label`), never the login name, in
    Vietnamese order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.labels: dict[int, str] = {}

    def label_from_instance(self, obj: Any) -> str:
        return self.labels.get(obj.pk) or selectors.person_label(obj)


class ClassifyForm(ActionForm):
    category = forms.ChoiceField(label=gettext_lazy("Category"))
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Kind.choices)
    unit = PickerField(label=gettext_lazy("Commune"))
    official = OfficialChoiceField(
        label=gettext_lazy("Official concerned (for feedback about conduct)"),
        queryset=selectors.staff_of_places(set()),
        required=False,
        empty_label="—",
    )
    dossier_code = forms.CharField(
        label=gettext_lazy("Dossier concerned"), max_length=48, required=False
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        places = {item.unit_id} | ({item.agency.unit_id} if item.agency else set())
        official = cast(OfficialChoiceField, self.fields["official"])
        official.queryset = selectors.staff_of_places(places)
        official.labels = selectors.people_labels(official.queryset)
        self.categories = selectors.category_picker(key="pk", also=item.category_id)
        category = cast(forms.ChoiceField, self.fields["category"])
        category.choices = self.categories.choices
        cast(PickerField, self.fields["unit"]).use(
            selectors.commune_picker(on=timezone.localdate(), key="pk", also=item.unit_id)
        )

    def clean_category(self) -> Category:
        category = self.categories.by_key.get(self.cleaned_data["category"])
        if category is None:
            raise forms.ValidationError(_("Choose a category."))
        return category


class TransferForm(ActionForm):
    agency = PickerField(label=gettext_lazy("To the agency"))
    reason = forms.CharField(
        label=gettext_lazy("Why it goes there (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        picker = selectors.agency_picker(on=timezone.localdate(), key="pk", exclude=item.agency_id)
        cast(PickerField, self.fields["agency"]).use(picker)


class NoteForm(ActionForm):
    text = forms.CharField(
        label=gettext_lazy("Internal note (never shown to the citizen)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AskMoreForm(ActionForm):
    question = forms.CharField(
        label=gettext_lazy("What information is needed (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


SUBSTANTIATED = {"": None, "yes": True, "no": False}


class AnswerForm(ActionForm):
    text = forms.CharField(
        label=gettext_lazy("Answer"),
        required=False,
        max_length=MAX_TEXT * 2,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    substantiated = forms.ChoiceField(
        label=gettext_lazy("Was the feedback about the conduct found true?"),
        required=False,
        choices=[
            ("", gettext_lazy("Not decided")),
            ("yes", gettext_lazy("Yes, substantiated")),
            ("no", gettext_lazy("No, not substantiated")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not item.category.about_conduct:
            del self.fields["substantiated"]

    def clean_substantiated(self) -> bool | None:
        return SUBSTANTIATED.get(self.cleaned_data.get("substantiated") or "")


class RefuseForm(ActionForm):
    reason = forms.CharField(
        label=gettext_lazy("Why it is not accepted (the citizen sees this)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class MergeForm(ActionForm):
    into = forms.CharField(
        label=gettext_lazy("Number of the item it repeats"),
        max_length=32,
        required=False,
        help_text=gettext_lazy("For example PA-2025-000012."),
    )


class ReviewForm(ActionForm):
    public_title = forms.CharField(
        label=gettext_lazy("Published title"),
        max_length=200,
        help_text=gettext_lazy(
            "The heading of the answer on the public page: what it is about, in a few words, "
            "without names or addresses of people."
        ),
        error_messages={"required": gettext_lazy("Give the published answer a title.")},
    )
    public_text = forms.CharField(
        label=gettext_lazy("Published text of the feedback"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    public_answer = forms.CharField(
        label=gettext_lazy("Published answer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachments = forms.MultipleChoiceField(
        label=gettext_lazy("Show with the published answer"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Only files without faces, number plates or personal papers."),
    )

    def __init__(self, *args: Any, item: Feedback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(a.public_id), a.name) for a in item.attachments.all()]
        if choices:
            cast(forms.MultipleChoiceField, self.fields["attachments"]).choices = choices
        else:
            del self.fields["attachments"]


ACTION_FORMS: dict[str, type[ActionForm]] = {
    "start": StartForm,
    "classify": ClassifyForm,
    "transfer": TransferForm,
    "ask_more": AskMoreForm,
    "answer": AnswerForm,
    "refuse": RefuseForm,
    "merge": MergeForm,
    "review": ReviewForm,
    "note": NoteForm,
}
_NEEDS_ITEM = (ClassifyForm, TransferForm, AnswerForm, ReviewForm)


def action_form(name: str, item: Feedback, data: Any = None, initial: Any = None) -> ActionForm:
    form_class = ACTION_FORMS[name]
    kwargs: dict[str, Any] = {"prefix": name, "initial": initial}
    if issubclass(form_class, _NEEDS_ITEM):
        kwargs["item"] = item
    return form_class(data, **kwargs)


def action_initial(name: str, item: Feedback, template_text: str | None) -> dict[str, Any]:
    """What an action's form shows before the officer types: what is stored, or the text
    of the answer template chosen."""
    if name == "classify":
        return {
            "category": item.category_id,
            "kind": item.kind,
            "unit": item.unit_id,
            "official": item.official_id,
            "dossier_code": item.dossier_code,
        }
    if name == "answer":
        substantiated = "" if item.substantiated is None else "yes" if item.substantiated else "no"
        text = template_text if template_text is not None else item.answer
        return {"text": text, "substantiated": substantiated}
    if name == "review":
        return {
            "public_title": item.public_title or redact(item.title, item),
            "public_text": item.public_text,
            "public_answer": item.public_answer,
            "attachments": [str(a.public_id) for a in item.attachments.all() if a.is_public],
        }
    return {}
