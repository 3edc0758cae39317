"""Targets are set in the admin by the province's coordinators and administrators."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin

from motcua.metrics.figures import LABELS
from motcua.metrics.models import Target


class TargetForm(forms.ModelForm):
    indicator = forms.ChoiceField(choices=[])

    class Meta:
        model = Target
        fields = [
            "indicator",
            "unit",
            "include_descendants",
            "starts_on",
            "ends_on",
            "value",
            "note",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [(code, label) for code, label in LABELS.items()]  # type: ignore[attr-defined]
        self.fields["indicator"].label = Target._meta.get_field("indicator").verbose_name


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    form = TargetForm
    list_display = ["indicator", "unit", "include_descendants", "starts_on", "ends_on", "value"]
    list_filter = ["indicator"]
    search_fields = ["unit__name", "unit__code"]
    autocomplete_fields = ["unit"]
