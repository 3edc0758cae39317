from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.catalogue.models import (
    Component,
    CutoffRule,
    Field,
    Form,
    LegalDocument,
    Procedure,
    Status,
)
from motcua.catalogue.publication import procedure_publication_problems
from motcua.catalogue.services import (
    field_save,
    form_file_check,
    form_pdf_refresh,
    procedure_save,
)


class FormFileForm(forms.ModelForm):
    class Meta:
        model = Form
        fields = [
            "procedure",
            "code",
            "name",
            "file",
            "valid_from",
            "valid_to",
            "is_published",
            "published_on",
        ]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read") and not getattr(upload, "_committed", False):
            upload.seek(0)
            data = upload.read()
            upload.seek(0)
            content_type = form_file_check(filename=upload.name, data=data)
            self.instance.content_type, self.instance.size = content_type, len(data)
        elif not upload:
            raise ValidationError(self.fields["file"].error_messages["required"])
        return upload


class ComponentForm(forms.ModelForm):
    """A paper names its form by code, so that a form added in the same save can be linked
    at once (a list of choices could only offer forms already saved)."""

    form_code = forms.CharField(
        label=gettext_lazy("form code"),
        max_length=32,
        required=False,
        help_text=gettext_lazy(
            "The code of one of this procedure's forms, also one added in this save."
        ),
    )

    class Meta:
        model = Component
        fields = ["position", "name", "originals", "copies", "required"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.form_id:
            self.fields["form_code"].initial = self.instance.form.code


class ComponentInline(admin.TabularInline):
    model = Component
    form = ComponentForm
    extra = 0
    fields = ["position", "name", "originals", "copies", "required", "form_code"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Component]:
        return super().get_queryset(request).select_related("form")


class ProcedureForm(forms.ModelForm):
    """On a refused save the page comes back with the reasons above the form."""

    refusal: tuple[str, ...] = ()

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        for reason in self.refusal:
            self.add_error(None, reason)
        return cleaned


class FormInline(admin.TabularInline):
    model = Form
    form = FormFileForm
    extra = 0
    fields = ["code", "name", "file", "valid_from", "valid_to", "is_published", "published_on"]


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "field", "level", "online_level", "status", "is_demo"]
    list_filter = ["status", "level", "online_level", "field", "is_demo"]
    search_fields = ["code", "name", "search_text"]
    filter_horizontal = ["legal_basis", "agencies"]
    form = ProcedureForm
    # Forms come first: the papers below name them by code.
    inlines = [FormInline, ComponentInline]
    fieldsets = [
        (None, {"fields": ["code", "name", "field", "level", "status"]}),
        (
            gettext_lazy("How it is done"),
            {
                "fields": [
                    "steps",
                    "submission_methods",
                    "at_counter",
                    "postal",
                    "online_level",
                    ("time_limit_value", "time_limit_unit"),
                    "time_limit_note",
                ]
            },
        ),
        (
            gettext_lazy("Who, where and what"),
            {
                "fields": [
                    "target_group",
                    "implementing_agency",
                    "agencies",
                    "result",
                    "fees",
                    "fee_bearing",
                    "paper_result",
                ]
            },
        ),
        (
            gettext_lazy("Legal basis and publication"),
            {
                "fields": [
                    "legal_basis",
                    "announcement_decision",
                    "announced_on",
                    "published_on",
                    ("valid_from", "valid_to"),
                    "is_demo",
                ]
            },
        ),
    ]

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """A refused save is rolled back whole (the admin saves in one transaction) and the
        page is shown again with what was typed and the reasons."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except SaveRefused as refused:
            request._procedure_refusal = refused.reasons  # type: ignore[attr-defined]
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(
        self,
        request: HttpRequest,
        obj: Procedure | None = None,
        change: bool = False,
        **kwargs: Any,
    ) -> type[forms.ModelForm]:
        form_class = super().get_form(request, obj, change, **kwargs)
        reasons = getattr(request, "_procedure_refusal", ())
        if reasons:
            return type(form_class.__name__, (form_class,), {"refusal": tuple(reasons)})
        return form_class

    def save_model(
        self, request: HttpRequest, obj: Procedure, form: forms.ModelForm, change: bool
    ) -> None:
        procedure_save(procedure=obj)

    def save_formset(
        self, request: HttpRequest, form: forms.ModelForm, formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)
        if formset.model is Form:
            for row in formset.forms:
                if (
                    row.instance.pk
                    and row not in formset.deleted_forms
                    and "file" in row.changed_data
                ):
                    form_pdf_refresh(form=row.instance)

    def save_related(
        self, request: HttpRequest, form: forms.ModelForm, formsets: list[Any], change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        procedure = form.instance
        reasons = [
            reason
            for formset in formsets
            if formset.model is Component
            for reason in _papers_link_forms(procedure, formset)
        ]
        problems = []
        if procedure.status == Status.PUBLISHED:
            problems = procedure_publication_problems(procedure, on=timezone.localdate())
        reasons += [problem.message for problem in problems if problem.blocks_publication]
        if reasons:
            raise SaveRefused(reasons)
        for problem in problems:
            messages.warning(request, problem.message)


class SaveRefused(Exception):
    def __init__(self, reasons: list[str]) -> None:
        super().__init__(reasons)
        self.reasons = reasons


def _papers_link_forms(procedure: Procedure, formset: Any) -> list[str]:
    """Point each saved paper at the form whose code it names; the reasons for papers that
    name no form of this procedure."""
    forms_by_code = {form.code: form for form in procedure.forms.all()}
    reasons = []
    for row in formset.forms:
        component = row.instance
        if component.pk is None or row in formset.deleted_forms:
            continue
        code = row.cleaned_data.get("form_code", "").strip()
        form = forms_by_code.get(code) if code else None
        if code and form is None:
            reasons.append(
                _("Paper “%(paper)s”: this procedure has no form with the code %(code)s.")
                % {"paper": component.name, "code": code}
            )
        elif component.form_id != (form.pk if form else None):
            component.form = form
            component.save(update_fields=["form", "updated_at"])
    return reasons


@admin.register(Form)
class FormAdmin(admin.ModelAdmin):
    form = FormFileForm
    list_display = [
        "code",
        "name",
        "procedure",
        "valid_from",
        "valid_to",
        "is_published",
        "pdf_copy",
    ]
    list_filter = ["is_published"]
    search_fields = ["code", "name", "procedure__code"]
    raw_id_fields = ["procedure"]

    @admin.display(boolean=True, description=gettext_lazy("PDF copy"))
    def pdf_copy(self, obj: Form) -> bool:
        return obj.is_pdf or obj.has_pdf_copy

    def save_model(
        self, request: HttpRequest, obj: Form, form: forms.ModelForm, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        if "file" in form.changed_data:
            form_pdf_refresh(form=obj)


@admin.register(Field)
class FieldAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name"]

    def save_model(self, request, obj, form, change):
        field_save(field=obj)


@admin.register(LegalDocument)
class LegalDocumentAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "issued_on", "effective_from", "expires_on"]
    search_fields = ["number", "title"]


@admin.register(CutoffRule)
class CutoffRuleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "within_day_only", "valid_from", "valid_to", "source"]
    list_filter = ["within_day_only"]
    search_fields = ["procedure__code", "procedure__name", "field__name", "source"]
    raw_id_fields = ["procedure"]
