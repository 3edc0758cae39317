"""Targets are set in the admin by the province's coordinators and administrators."""

from __future__ import annotations

from django.contrib import admin

from motcua.metrics.models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["indicator", "unit", "include_descendants", "starts_on", "ends_on", "value"]
    list_filter = ["indicator"]
    search_fields = ["unit__name", "unit__code"]
    autocomplete_fields = ["unit"]
