"""Forms of the one-stop officers' dossier pages."""

from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Component, Procedure
from motcua.core import dates
from motcua.core.forms import CollatedModelChoiceField
from motcua.dossiers.models import ApplicantKind, Channel
from motcua.dossiers.states import ACTIONS
from motcua.orgs.models import Agency


class PaperChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return _("%(name)s (optional)") % {"name": obj.name} if not obj.required else obj.name


INTAKE_OUTCOMES = ("accept", "supplement", "refuse", "edit")


class IntakeForm(forms.Form):
    """The counter's intake: who, which published papers were handed in, and the outcome."""

    agency = CollatedModelChoiceField(label=_("Receiving unit"), queryset=Agency.objects.none())
    applicant_kind = forms.ChoiceField(
        label=_("Applicant"), choices=ApplicantKind.choices, initial=ApplicantKind.PERSON
    )
    applicant_name = forms.CharField(label=_("Name of the person or organisation"), max_length=200)
    applicant_phone = forms.RegexField(
        label=_("Phone"),
        regex=r"^\+?[\d .-]{8,20}$",
        required=False,
        error_messages={"invalid": _("Write the phone number with digits only.")},
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )
    applicant_id_number = forms.RegexField(
        label=_("ID number"),
        regex=r"^\s*(\d\s*){9,12}$",
        required=False,
        help_text=_("Only a keyed hash and the last 4 digits are kept."),
        error_messages={"invalid": _("An ID number has 9 to 12 digits.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    applicant_address = forms.CharField(label=_("Address"), max_length=300, required=False)
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[(Channel.COUNTER, Channel.COUNTER.label), (Channel.POSTAL, Channel.POSTAL.label)],
        initial=Channel.COUNTER,
    )
    received_at = dates.DateTimeField(
        label=_("Hand-over record signed at (postal only)"),
        required=False,
        help_text=_(
            "For postal dossiers the submission time is when the hand-over record was signed."
        ),
    )
    components = PaperChoiceField(
        label=_("Papers handed in"),
        queryset=Component.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    missing_reason = forms.CharField(
        label=_("What is missing and why (printed on the supplement request)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    refusal_reason = forms.CharField(
        label=_("Reasons for the refusal (printed on the refusal)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    flags = forms.MultipleChoiceField(
        label=_("Also true of this dossier"),
        required=False,
        choices=[
            ("paid_online", _("fees paid online")),
            ("digitised", _("digitised")),
            ("electronic_result", _("electronic result")),
            ("synced_national_portal", _("synchronised to the national portal")),
        ],
        widget=forms.CheckboxSelectMultiple,
    )
    client_key = forms.CharField(widget=forms.HiddenInput, max_length=64)
    # Which of the three outcome buttons was pressed; "edit" comes back from the
    # supplement's confirmation step.
    outcome = forms.ChoiceField(
        choices=[(o, o) for o in INTAKE_OUTCOMES], required=False, widget=forms.HiddenInput
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, procedure: Procedure, agencies, own_agency=None, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["agency"]).queryset = agencies
        if own_agency is not None:
            self.fields["agency"].initial = own_agency
        elif len(agencies) == 1:
            self.fields["agency"].initial = agencies[0]
        papers = cast(forms.ModelMultipleChoiceField, self.fields["components"])
        papers.queryset = procedure.components.all()
        self.procedure = procedure

    def receive_arguments(self) -> dict[str, Any]:
        """The cleaned answers as `services.dossier_receive` takes them."""
        data = self.cleaned_data
        names = ["applicant_name", "applicant_kind", "applicant_phone", "applicant_id_number"]
        names += ["applicant_address", "channel", "received_at", "missing_reason"]
        names += ["refusal_reason", "flags", "agency"]
        return {**{n: data[n] for n in names}, "submitted": data["components"]}

    def missing_papers(self) -> list[Component]:
        """The required papers not ticked: what the supplement request will list."""
        ticked = {c.pk for c in self.cleaned_data.get("components") or []}
        return [c for c in self.procedure.components.all() if c.required and c.pk not in ticked]

    def clean(self):
        data = super().clean() or {}
        outcome = data.get("outcome") or ""
        if outcome not in ("accept", "supplement", "refuse"):
            raise forms.ValidationError(
                _("Choose the outcome: accept, request a supplement or refuse.")
            )
        if "components" in data:
            missing = self.missing_papers()
            if outcome == "accept" and missing:
                self.add_error(
                    "components",
                    _(
                        "These required papers are not ticked: %(papers)s. Tick them, or ask "
                        "for them with a supplement request."
                    )
                    % {"papers": ", ".join(c.name for c in missing)},
                )
            if outcome == "supplement" and not missing:
                self.add_error(
                    "components", _("Every required paper is ticked: accept the dossier.")
                )
        if outcome == "refuse" and not (data.get("refusal_reason") or "").strip():
            self.add_error(
                "refusal_reason", _("Give the reasons; they are printed on the refusal.")
            )
        if outcome != "refuse":
            data["refusal_reason"] = ""
        if data.get("channel") == Channel.POSTAL and not data.get("received_at"):
            self.add_error("received_at", _("Give the time the postal hand-over was signed."))
        if data.get("channel") == Channel.COUNTER:
            data["received_at"] = None
        elif data.get("received_at") and data["received_at"] > timezone.now():
            self.add_error("received_at", _("The hand-over cannot be in the future."))
        return data


class ActionForm(forms.Form):
    """One action on a dossier from its page; which fields count depends on the action."""

    action = forms.ChoiceField(choices=[(a.name, a.name) for a in ACTIONS])
    note = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    new_due_date = dates.DateField(required=False)
    components = forms.ModelMultipleChoiceField(
        queryset=Component.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    in_person = forms.BooleanField(required=False, initial=True)
    assignee = forms.IntegerField(required=False, min_value=1)
    # "<agency id>:<officer id>", one choice naming the department and its officer.
    destination = forms.RegexField(regex=r"^\d+:\d+$", required=False, max_length=40)

    def __init__(self, *args, procedure: Procedure, **kwargs):
        super().__init__(*args, **kwargs)
        papers = cast(forms.ModelMultipleChoiceField, self.fields["components"])
        papers.queryset = procedure.components.all()


@dataclass(frozen=True)
class StepRow:
    """One line of the planning table: its three fields."""

    agency: forms.BoundField
    task: forms.BoundField
    days: forms.BoundField


class StepsForm(forms.Form):
    """Up to five processing steps: agency, what it does, allotted working days."""

    ROWS = 5

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, self.ROWS + 1):
            self.fields[f"agency_{row}"] = CollatedModelChoiceField(
                label=_("Agency"), queryset=agencies, required=False
            )
            self.fields[f"task_{row}"] = forms.CharField(
                label=_("What it does"), max_length=300, required=False
            )
            self.fields[f"days_{row}"] = forms.IntegerField(
                label=_("Working days"), min_value=0, max_value=365, required=False
            )

    def rows(self) -> list[StepRow]:
        return [
            StepRow(self[f"agency_{row}"], self[f"task_{row}"], self[f"days_{row}"])
            for row in range(1, self.ROWS + 1)
        ]

    def steps(self) -> list[tuple[Any, str, int]]:
        rows = []
        for row in range(1, self.ROWS + 1):
            agency = self.cleaned_data.get(f"agency_{row}")
            if agency is not None:
                rows.append(
                    (
                        agency,
                        self.cleaned_data.get(f"task_{row}") or "",
                        self.cleaned_data.get(f"days_{row}") or 0,
                    )
                )
        return rows


class BookForm(forms.Form):
    agency = CollatedModelChoiceField(label=_("Receiving unit"), queryset=Agency.objects.none())
    start = dates.DateField(label=_("From"))
    end = dates.DateField(label=_("To"))

    def __init__(self, *args, agencies, own_agency=None, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["agency"]).queryset = agencies
        today = timezone.localdate()
        # The officer's own unit and the month so far, ready to download.
        self.fields["agency"].initial = own_agency
        self.fields["start"].initial = today.replace(day=1)
        self.fields["end"].initial = today

    def clean(self):
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end date is before the start date."))
        return data
