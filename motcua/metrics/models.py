"""Monthly roll-ups of the indicators, and the targets they are measured against.

A ratio indicator is stored per unit and month as a numerator and a denominator, so any
period and any group of units add up exactly (a rate of rates would not). Dashboards read
these rows, never the raw tables; `motcua metrics refresh` rebuilds the months that changed.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel
from motcua.feedback.models import Category
from motcua.metrics import registry
from motcua.orgs.models import AdministrativeUnit, Agency


class Rollup(models.Model):
    indicator = models.CharField(max_length=40)
    unit = models.ForeignKey(AdministrativeUnit, on_delete=models.CASCADE, related_name="+")
    # The receiving agency of the dossiers, or the agency a task went to (none for a unit's).
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # The category of the feedback counted (none for dossiers and tasks): feedback by topic.
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField()  # the first day of the month
    numerator = models.BigIntegerField(default=0)
    denominator = models.BigIntegerField(default=0)

    class Meta:
        ordering = ["indicator", "month", "unit"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "month", "unit", "agency", "category"],
                nulls_distinct=False,
                name="metrics_rollup_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.unit_id} {self.month:%Y-%m}"


class RefreshMark(models.Model):
    """When the roll-ups were last rebuilt: the next refresh redoes only the months touched
    by rows changed since."""

    name = models.CharField(max_length=32, unique=True)
    at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} {self.at:%Y-%m-%d %H:%M}"


class Target(TimeStampedModel):
    """A value an indicator should reach for a unit (and, by default, every unit below it)
    in a period: satisfaction at least 90 % by 31 December 2025, say."""

    indicator = models.CharField(_("indicator"), max_length=40, choices=registry.choices)
    unit = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+"
    )
    include_descendants = models.BooleanField(_("and every unit below it"), default=True)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("by"))
    value = models.DecimalField(_("target value"), max_digits=7, decimal_places=2)
    note = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "unit", "-ends_on"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="metrics_target_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} ≥ {self.value} ({self.unit})"
