from django.contrib import admin

from motcua.core.models import AuditEvent, ImportJob


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


def _hide_task_results() -> None:
    """django-tasks-db's own screen is English-only and shows raw task arguments; the import
    jobs above are what officers need."""
    from django_tasks_db.models import DBTaskResult

    if admin.site.is_registered(DBTaskResult):
        admin.site.unregister(DBTaskResult)


_hide_task_results()
