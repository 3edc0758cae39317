import datetime as dt

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from motcua.orgs.models import AdministrativeUnit, Agency, Membership, Posting, UnitSuccession
from motcua.orgs.selectors import posting_limit


class SuccessionInline(admin.TabularInline):
    model = UnitSuccession
    fk_name = "predecessor"
    extra = 0
    autocomplete_fields = ["successor"]


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "parent", "valid_from", "valid_to", "is_demo"]
    list_filter = ["kind", "is_demo"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["parent"]
    inlines = [SuccessionInline]


@admin.register(UnitSuccession)
class UnitSuccessionAdmin(admin.ModelAdmin):
    list_display = ["predecessor", "successor", "effective_on"]
    autocomplete_fields = ["predecessor", "successor"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "identifier", "kind", "unit", "is_home_affairs_office"]
    list_filter = ["kind", "is_home_affairs_office"]
    search_fields = ["name", "identifier"]
    autocomplete_fields = ["unit"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "unit", "agency", "valid_from", "valid_to"]
    list_filter = ["role"]
    search_fields = ["user__username", "unit__name", "agency__name"]
    autocomplete_fields = ["user", "unit", "agency"]


@admin.register(Posting)
class PostingAdmin(admin.ModelAdmin):
    list_display = ["user", "agency", "started_on", "ended_on", "longest_until"]
    list_filter = ["agency__unit"]
    search_fields = ["user__username", "user__last_name", "agency__name"]
    autocomplete_fields = ["user", "agency"]
    date_hierarchy = "started_on"

    @admin.display(description=_("24 months end on"), ordering="started_on")
    def longest_until(self, obj: Posting) -> dt.date:
        return posting_limit(obj.started_on)
