from django.contrib import admin

from motcua.surveys.models import Choice, Item, Questionnaire, QuestionnaireVersion, Section


class VersionInline(admin.TabularInline):
    model = QuestionnaireVersion
    extra = 0
    fields = ("number", "status", "published_at", "languages")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ["slug", "title", "kind"]
    list_filter = ["kind"]
    search_fields = ["slug", "title"]
    inlines = [VersionInline]


class ItemInline(admin.TabularInline):
    model = Item
    extra = 0
    fields = ("position", "name", "kind", "choice_list", "required", "relevant", "in_index")


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ("position", "name", "is_element", "relevant")


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 0
    fields = ("list_name", "position", "value", "labels")


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(admin.ModelAdmin):
    """A published version is shown read-only: it never changes (make a new draft)."""

    list_display = ["questionnaire", "number", "status", "published_at"]
    list_filter = ["status"]
    inlines = [SectionInline, ItemInline, ChoiceInline]

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)
