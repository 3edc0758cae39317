from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission
from django.http import HttpRequest
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


# Django names the permissions in English when it creates them ("Can add procedure"); the
# admin shows them from the models' translated names instead.
PERMISSION_ACTIONS = {
    "add": _("Can add %(model)s"),
    "change": _("Can change %(model)s"),
    "delete": _("Can delete %(model)s"),
    "view": _("Can view %(model)s"),
}


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Permission) -> str:
        model = obj.content_type.model_class()
        action, _sep, model_name = obj.codename.partition("_")
        if (
            model is None
            or action not in PERMISSION_ACTIONS
            or model_name != model._meta.model_name
        ):
            return str(obj)
        can = str(PERMISSION_ACTIONS[action]) % {"model": model._meta.verbose_name}
        return f"{model._meta.app_config.verbose_name} | {model._meta.verbose_name} | {can}"


class TranslatedPermissionsMixin:
    def formfield_for_manytomany(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> forms.ModelMultipleChoiceField | None:
        if db_field.name in ("permissions", "user_permissions"):
            kwargs["form_class"] = PermissionChoiceField
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]


admin.site.unregister(Group)
admin.site.unregister(get_user_model())


@admin.register(Group)
class MotcuaGroupAdmin(TranslatedPermissionsMixin, GroupAdmin):
    pass


@admin.register(get_user_model())
class MotcuaUserAdmin(TranslatedPermissionsMixin, UserAdmin):
    pass
