from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from motcua.core.models import ApiToken, AuditEvent, ImportJob
from motcua.core.services import api_token_revoke


def _unlabelled_relation(field: Any) -> bool:
    """A foreign key declared without a translated verbose name (Django made one up in
    English from the field's name)."""
    return bool(
        getattr(field, "is_relation", False)
        and field.related_model is not None
        and not isinstance(field.verbose_name, Promise)
    )


class _RelatedModelTitleFilter(admin.RelatedFieldListFilter):
    def __init__(self, field: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(field, *args, **kwargs)
        self.title = self.lookup_title = field.related_model._meta.verbose_name


class RelationLabelsMixin:
    """Labels a relation that has no translated verbose name with the related model's
    verbose name (translated), in forms and in list filters, so no English reaches the
    admin."""

    def formfield_for_dbfield(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> forms.Field | None:
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if formfield is not None and _unlabelled_relation(db_field):
            formfield.label = capfirst(db_field.related_model._meta.verbose_name)
        return formfield

    def get_list_filter(self, request: HttpRequest) -> Any:
        model = self.model  # type: ignore[attr-defined]
        filters = super().get_list_filter(request)  # type: ignore[misc]
        return [
            (name, _RelatedModelTitleFilter)
            if isinstance(name, str)
            and "__" not in name
            and _unlabelled_relation(model._meta.get_field(name))
            else name
            for name in filters
        ]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "action", "object_type", "object_id"]
    list_filter = ["action"]
    search_fields = ["object_id", "actor__username"]
    readonly_fields = ["at", "actor", "action", "object_type", "object_id", "detail"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "filename", "created_by", "status", "done", "total"]
    list_filter = ["kind", "status"]
    exclude = ["data"]
    readonly_fields = [
        "kind",
        "filename",
        "created_by",
        "status",
        "done",
        "total",
        "result",
        "started_at",
        "finished_at",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are listed by prefix only: the token itself was shown once, when created with
    `motcua api-token create`, and cannot be shown again."""

    list_display = [
        "prefix",
        "name",
        "user",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
    ]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix", "user__username"]
    list_select_related = ["user"]
    fields = ["user", "name", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at"]
    readonly_fields = ["user", "prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Revoke the selected tokens"), permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        tokens = list(queryset.filter(revoked_at__isnull=True).select_related("user"))
        for token in tokens:
            api_token_revoke(token=token, actor=request.user)
        self.message_user(
            request,
            ngettext("%(count)d token revoked.", "%(count)d tokens revoked.", len(tokens))
            % {"count": len(tokens)},
        )


def _hide_task_results() -> None:
    """django-tasks-db's own screen is English-only and shows raw task arguments; the import
    jobs above are what officers need."""
    from django_tasks_db.models import DBTaskResult

    if admin.site.is_registered(DBTaskResult):
        admin.site.unregister(DBTaskResult)


_hide_task_results()
