"""The province's coordinators and administrators set up feedback in the admin: categories,
routing rules, deadlines and answer templates. Feedback items themselves are handled on the
staff pages, through the services; the admin only lists them, without the citizen's words or
contact (reading those is audited on the staff pages)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from motcua.core.admin import RelationLabelsMixin
from motcua.feedback.models import (
    AnswerTemplate,
    Category,
    DeadlineRules,
    Event,
    Feedback,
    Open311Key,
    RoutingRule,
)
from motcua.feedback.open311 import open311_key_revoke

# The items' facts without the citizen's words or contact.
FEEDBACK_FIELDS = (
    "number",
    "channel",
    "kind",
    "category",
    "state",
    "unit",
    "agency",
    "anonymous",
    "received_at",
    "transfer_due_on",
    "due_on",
    "answered_at",
    "publish_due_on",
    "published_at",
    "public_title",
    "public_text",
    "public_answer",
    "resolved",
    "rating",
    "substantiated",
    "duplicate_of",
    "escalated_at",
    "is_demo",
)
EVENT_FIELDS = ("at", "actor", "action", "from_agency", "to_agency", "public")


class RuleInline(RelationLabelsMixin, admin.TabularInline):
    model = RoutingRule
    extra = 0
    fields = ["unit", "agency"]
    autocomplete_fields = ["unit", "agency"]


class TemplateInline(RelationLabelsMixin, admin.StackedInline):
    model = AnswerTemplate
    extra = 0
    fields = ["title", "text"]


@admin.register(Category)
class CategoryAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["name", "code", "group", "about_conduct", "is_active", "position"]
    list_filter = ["is_active", "about_conduct", "group"]
    list_editable = ["is_active", "position"]
    search_fields = ["code", "name", "name_en", "keywords"]
    inlines = [RuleInline, TemplateInline]


@admin.register(RoutingRule)
class RoutingRuleAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["category", "unit", "agency"]
    list_filter = ["category"]
    search_fields = ["unit__name", "unit__code", "agency__name"]
    autocomplete_fields = ["unit", "agency"]
    list_select_related = ["category", "unit", "agency"]


@admin.register(DeadlineRules)
class DeadlineRulesAdmin(admin.ModelAdmin):
    list_display = [
        "valid_from",
        "refuse_days",
        "more_info_days",
        "transfer_days",
        "handle_days",
        "publish_days",
    ]


@admin.register(AnswerTemplate)
class AnswerTemplateAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["title", "category"]
    list_filter = ["category"]
    search_fields = ["title", "text"]
    list_select_related = ["category"]


class EventInline(admin.TabularInline):
    model = Event
    extra = 0
    can_delete = False
    # The text of a note or a refusal may quote the citizen: it stays on the staff pages.
    fields = readonly_fields = EVENT_FIELDS

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    """Read-only: every change goes through the services and their rules."""

    list_display = [
        "number",
        "received_at",
        "category",
        "unit",
        "agency",
        "state",
        "due_on",
        "escalated_at",
    ]
    list_filter = ["state", "channel", "kind", "category"]
    search_fields = ["number"]
    list_select_related = ["category", "unit", "agency"]
    date_hierarchy = "received_at"
    fields = readonly_fields = FEEDBACK_FIELDS
    inlines = [EventInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Open311Key)
class Open311KeyAdmin(admin.ModelAdmin):
    """Keys are listed by prefix only: the key itself was shown once, when created with
    `motcua open311 create-key`, and cannot be shown again. A key is revoked rather than
    deleted, so that the audit log's records of it still point at a key."""

    list_display = ["prefix", "name", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix"]
    fields = ["name", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description=_("Revoke the selected keys"), permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[Open311Key]) -> None:
        keys = list(queryset.filter(revoked_at__isnull=True))
        for key in keys:
            open311_key_revoke(key=key, actor=request.user)
        self.message_user(
            request,
            ngettext("%(count)d key revoked.", "%(count)d keys revoked.", len(keys))
            % {"count": len(keys)},
        )
