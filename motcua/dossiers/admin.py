from django.contrib import admin

from motcua.core.admin import RelationLabelsMixin
from motcua.dossiers.models import Dossier, DossierEvent, ProcessingStep, SupplementRequest


class EventInline(admin.TabularInline):
    model = DossierEvent
    extra = 0
    can_delete = False
    fields = ("at", "actor", "action", "from_state", "to_state", "refused", "note")
    readonly_fields = ("at", "actor", "action", "from_state", "to_state", "refused", "note")

    def has_add_permission(self, request, obj=None):
        return False


class StepInline(admin.TabularInline):
    model = ProcessingStep
    extra = 0
    can_delete = False
    fields = (
        "position",
        "agency",
        "task",
        "allotted_days",
        "assignee",
        "received_at",
        "due_date",
        "handed_over_at",
        "result",
        "timeliness",
    )
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    """Read-only: every change goes through the services and their rules."""

    list_display = ["code", "procedure", "state", "received_at", "due_date", "channel"]
    list_filter = ["state", "channel", "rule_set", "timeliness"]
    search_fields = ["code"]
    exclude = ["applicant_id_hash", "client_key"]
    inlines = [StepInline, EventInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SupplementRequest)
class SupplementRequestAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["dossier", "requested_at", "fulfilled_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
