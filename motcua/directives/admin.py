"""Directives are drafted and issued from the staff pages; the admin lets a superuser look
into them and their assignments, and fix a misplaced report."""

from django.contrib import admin

from motcua.core.admin import RelationLabelsMixin
from motcua.directives.models import Assignment, Difficulty, Directive, Report, Task


class TaskInline(RelationLabelsMixin, admin.TabularInline):
    model = Task
    extra = 0
    fields = ("number", "title", "deadline_days", "deadline", "recurrence", "source")
    show_change_link = True


@admin.register(Directive)
class DirectiveAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["number", "issued_on", "issuer", "subject", "status"]
    list_filter = ["status", "issuer"]
    search_fields = ["number", "subject"]
    inlines = [TaskInline]


@admin.register(Assignment)
class AssignmentAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["task", "unit", "agency", "period_end", "due_on", "status", "progress"]
    list_filter = ["status", "task__directive"]
    raw_id_fields = ["task", "unit", "agency"]


@admin.register(Report)
class ReportAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["assignment", "status", "progress", "submitted_at", "submitted_by"]
    raw_id_fields = ["assignment", "submitted_by"]


@admin.register(Difficulty)
class DifficultyAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["text", "assignment", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["report", "assignment"]
