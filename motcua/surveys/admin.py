from django.contrib import admin, messages
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.admin import RelationLabelsMixin
from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.models import (
    Campaign,
    Choice,
    Item,
    Questionnaire,
    QuestionnaireVersion,
    Section,
    Stratum,
)
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.services import QuestionnaireError


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


class ItemInline(RelationLabelsMixin, admin.TabularInline):
    model = Item
    extra = 0
    fields = ("position", "name", "kind", "choice_list", "required", "relevant", "in_index")


class SectionInline(RelationLabelsMixin, admin.TabularInline):
    model = Section
    extra = 0
    fields = ("position", "name", "is_element", "relevant")


class ChoiceInline(RelationLabelsMixin, admin.TabularInline):
    model = Choice
    extra = 0
    fields = ("list_name", "position", "value", "labels")


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(RelationLabelsMixin, admin.ModelAdmin):
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


class StratumInline(admin.TabularInline):
    model = Stratum
    extra = 0
    fields = ("key", "stratum_unit", "field_name", "channel", "population", "sample_size")
    readonly_fields = fields
    can_delete = False

    # Stratum.unit has no translated verbose name; the unit model's own is used.
    @admin.display(description=capfirst(AdministrativeUnit._meta.verbose_name))
    def stratum_unit(self, obj: Stratum) -> AdministrativeUnit | None:
        return obj.unit

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Campaign)
class CampaignAdmin(RelationLabelsMixin, admin.ModelAdmin):
    list_display = ["title", "slug", "version", "starts_on", "ends_on", "status", "sampled_at"]
    list_filter = ["status"]
    filter_horizontal = ["units"]
    readonly_fields = ["sampled_at"]
    inlines = [StratumInline]
    actions = ["draw_sample"]

    @admin.action(description=gettext_lazy("Draw the sample and make the invitations"))
    def draw_sample(self, request, queryset):
        for campaign in queryset:
            try:
                strata = campaign_draw_sample(campaign=campaign)
            except QuestionnaireError as error:
                self.message_user(request, f"{campaign}: {error.messages[0]}", messages.ERROR)
                continue
            self.message_user(
                request,
                _("%(campaign)s: %(invitations)s invitations in %(strata)s strata.")
                % {
                    "campaign": campaign,
                    "invitations": sum(s.sample_size for s in strata),
                    "strata": len(strata),
                },
            )
