"""The forms of the directive pages: a draft's details, one task, the issue, a unit's report.

The pickers of communes and agencies are long (a province has about a hundred communes and
forty-odd agencies), so they come grouped by unit in `<optgroup>`s and can be narrowed by a
typed name: the editor's "Find" button re-renders the page with only the matching names
(and those already chosen), which works without JavaScript.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django import forms
from django.db.models import Case, QuerySet, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core import dates
from motcua.core.forms import CollatedModelChoiceField, collated
from motcua.core.textfold import fold
from motcua.directives.models import AssignmentStatus, Recurrence, TaskSource
from motcua.directives.services import TaskSpec
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.orgs.selectors import unit_descendant_ids


class DirectiveForm(forms.Form):
    issuer = CollatedModelChoiceField(
        label=gettext_lazy("Issued by"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=None,
    )
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=500)
    body = forms.CharField(
        label=gettext_lazy("Text"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    signer = forms.CharField(
        label=gettext_lazy("Signed by"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Name and title, as under the signature."),
    )
    recipients = forms.CharField(
        label=gettext_lazy("Recipients"),
        required=False,
        help_text=gettext_lazy("One per line, as printed under “Nơi nhận”."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self, *args: Any, issuers: QuerySet[AdministrativeUnit] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if issuers is None:
            del self.fields["issuer"]
            return
        field: Any = self.fields["issuer"]
        field.queryset = issuers
        # The user's own unit comes chosen: the highest one they issue for (the province
        # for its coordinator), not the first commune by code.
        units = list(issuers)
        pks = {unit.pk for unit in units}
        highest = next((u for u in units if u.parent_id not in pks), None)
        if highest is not None and "issuer" not in self.initial:
            self.initial["issuer"] = highest.pk


TIMINGS = [
    ("days", gettext_lazy("A number of working days after the directive's date")),
    ("date", gettext_lazy("By a date")),
    ("recurring", gettext_lazy("A recurring report")),
]


class _GroupedChoiceField(forms.ModelMultipleChoiceField):
    """A multiple choice of model rows shown in `<optgroup>`s, the groups in the order of the
    queryset and the names in each in Vietnamese order; `narrow` keeps only the rows whose
    name contains the typed words (accents and case ignored) and those chosen."""

    widget = forms.SelectMultiple(attrs={"size": 12})

    def group_of(self, obj: Any) -> str:
        raise NotImplementedError

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)

    def grouped(self, find: str = "", keep: frozenset[str] = frozenset()) -> list[Any]:
        wanted = fold(find).strip()
        groups: dict[str, list[Any]] = defaultdict(list)
        for obj in self.queryset:  # type: ignore[union-attr]
            name = self.label_from_instance(obj)
            if wanted and wanted not in fold(name) and str(obj.pk) not in keep:
                continue
            groups[self.group_of(obj)].append(obj)
        label = self.label_from_instance
        return [
            (group, [(obj.pk, label(obj)) for obj in collated(rows, label)])
            for group, rows in groups.items()
        ]


class UnitChoiceField(_GroupedChoiceField):
    def group_of(self, obj: Any) -> str:
        return str(obj.get_kind_display())


class AgencyChoiceField(_GroupedChoiceField):
    def group_of(self, obj: Any) -> str:
        return str(obj.unit.name)


class TaskForm(forms.Form):
    """One numbered task: what, by when (or how often), and for whom."""

    # The editor is one form whose "save" button must not require a task.
    use_required_attribute = False

    title = forms.CharField(label=gettext_lazy("Task"), max_length=500)
    description = forms.CharField(
        label=gettext_lazy("Details"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    timing = forms.ChoiceField(
        label=gettext_lazy("Deadline for completion"),
        choices=TIMINGS,
        initial="days",
        widget=forms.RadioSelect,
    )
    deadline_days = forms.IntegerField(
        label=gettext_lazy("Working days"), min_value=0, max_value=365, required=False
    )
    deadline = dates.DateField(label=gettext_lazy("Date"), required=False)
    recurrence = forms.ChoiceField(
        label=gettext_lazy("Kind of report"),
        required=False,
        choices=[("", "—"), *[(value, label) for value, label in Recurrence.choices if value]],
    )
    report_day = forms.IntegerField(
        label=gettext_lazy("Due on this day of the month after the period"),
        min_value=1,
        max_value=31,
        initial=5,
        required=False,
    )
    repeat_until = dates.DateField(
        label=gettext_lazy("Reports until"),
        required=False,
        help_text=gettext_lazy("Already set to the end of this year."),
    )
    all_communes = forms.BooleanField(
        label=gettext_lazy("Every commune under the issuing unit"), required=False
    )
    find = forms.CharField(
        label=gettext_lazy("Find a commune or an agency by name"),
        required=False,
        max_length=100,
        help_text=gettext_lazy(
            "Type part of a name and press “Find”: the lists below keep only the matching "
            "names and those already chosen."
        ),
    )
    units = UnitChoiceField(
        label=gettext_lazy("Communes"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        help_text=gettext_lazy("Hold Ctrl (or Cmd) to choose several."),
    )
    agencies = AgencyChoiceField(
        label=gettext_lazy("Agencies"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=gettext_lazy("Grouped by unit. Hold Ctrl (or Cmd) to choose several."),
    )
    source = forms.ChoiceField(
        label=gettext_lazy("Why this task"), choices=TaskSource.choices, initial=TaskSource.MANUAL
    )
    source_detail = forms.CharField(
        label=gettext_lazy("Finding"),
        max_length=500,
        required=False,
        help_text=gettext_lazy("For example: the survey item or the unit below its target."),
    )
    indicator = forms.CharField(
        label=gettext_lazy("Indicator it should move"), max_length=64, required=False
    )

    def __init__(self, *args: Any, issuer: AdministrativeUnit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["repeat_until"].initial = today.replace(month=12, day=31)
        below = unit_descendant_ids([issuer.pk], on=today)
        units: Any = self.fields["units"]
        units.queryset = (
            AdministrativeUnit.objects.valid_on(today)
            .filter(pk__in=below - {issuer.pk})
            .order_by("kind", "code")
        )
        agencies: Any = self.fields["agencies"]
        agencies.queryset = (
            Agency.objects.valid_on(today)
            .filter(unit_id__in=below)
            .select_related("unit")
            .order_by(Case(When(unit_id=issuer.pk, then=0), default=1), "unit__code", "name")
        )
        self.narrow()

    def narrow(self) -> None:
        """The pickers' `<optgroup>`s, narrowed to the name typed in "find" (if any)."""
        find = self.data.get(self.add_prefix("find"), "") if self.is_bound else ""
        for name in ("units", "agencies"):
            field: Any = self.fields[name]
            keep = (
                frozenset(self.data.getlist(self.add_prefix(name)))
                if self.is_bound and hasattr(self.data, "getlist")
                else frozenset()
            )
            field.widget.choices = field.grouped(find, keep)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        timing = data.get("timing")
        if timing == "days" and data.get("deadline_days") is None:
            self.add_error("deadline_days", _("Give the number of working days."))
        elif timing == "date" and data.get("deadline") is None:
            self.add_error("deadline", _("Give the date."))
        elif timing == "recurring" and not data.get("recurrence"):
            self.add_error("recurrence", _("Choose the kind of report."))
        return data

    def spec(self) -> TaskSpec:
        data, timing = self.cleaned_data, self.cleaned_data["timing"]
        return TaskSpec(
            title=data["title"],
            description=data["description"],
            deadline_days=data["deadline_days"] if timing == "days" else None,
            deadline=data["deadline"] if timing == "date" else None,
            recurrence=data["recurrence"] if timing == "recurring" else "",
            report_day=data["report_day"] or 5,
            repeat_until=data["repeat_until"] if timing == "recurring" else None,
            source=data["source"],
            source_detail=data["source_detail"],
            indicator=data["indicator"],
            all_communes=data["all_communes"],
            units=list(data["units"]),
            agencies=list(data["agencies"]),
        )


class IssueForm(forms.Form):
    use_required_attribute = False
    number = forms.CharField(
        label=gettext_lazy("Number and symbol"),
        max_length=64,
        help_text=gettext_lazy("For example 123/UBND-NV."),
    )
    issued_on = dates.DateField(label=gettext_lazy("Date"))


class ReportForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=AssignmentStatus.choices, widget=forms.RadioSelect
    )
    progress = forms.IntegerField(
        label=gettext_lazy("Progress (per cent)"),
        help_text=gettext_lazy("100 when done, 0 when not started."),
        widget=forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1}),
    )
    narrative = forms.CharField(
        label=gettext_lazy("What was done"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    difficulties = forms.CharField(
        label=gettext_lazy("Difficulties needing guidance from the coordinating office"),
        required=False,
        max_length=20000,
        help_text=gettext_lazy("One difficulty per line; each goes to the office's queue."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    client_key = forms.CharField(max_length=40, widget=forms.HiddenInput)
