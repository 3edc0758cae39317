from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Component, CutoffRule, Field, Form, LegalDocument, Procedure
from motcua.catalogue.services import field_save, form_file_check, procedure_save


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


class ComponentInline(admin.TabularInline):
    model = Component
    extra = 0
    fields = ["position", "name", "originals", "copies", "required", "form"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A component may only point at a form of its own procedure.
        if db_field.name == "form":
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Form.objects.filter(procedure_id=object_id or 0)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
    inlines = [ComponentInline, FormInline]
    fieldsets = [
        (None, {"fields": ["code", "name", "field", "level", "status"]}),
        (
            _("How it is done"),
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
            _("Who, where and what"),
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
            _("Legal basis and publication"),
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

    def save_model(self, request, obj, form, change):
        procedure_save(procedure=obj)


@admin.register(Form)
class FormAdmin(admin.ModelAdmin):
    form = FormFileForm
    list_display = ["code", "name", "procedure", "valid_from", "valid_to", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["code", "name", "procedure__code"]
    raw_id_fields = ["procedure"]


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
