from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel
from motcua.workdays.engine import Kind


class DayKind(models.TextChoices):
    HOLIDAY = Kind.HOLIDAY.value, _("Holiday")
    COMPENSATORY = Kind.COMPENSATORY.value, _("Compensatory day off")
    SWAPPED_OFF = Kind.SWAPPED_OFF.value, _("Weekday off, swapped with a Saturday")
    SWAPPED_WORK = Kind.SWAPPED_WORK.value, _("Working Saturday or Sunday")


class DayOff(TimeStampedModel):
    """An official exception to the Monday-to-Friday week of public bodies."""

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=DayKind.choices)
    name = models.CharField(_("name"), max_length=200)
    source = models.CharField(_("source document"), max_length=300, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("official day off or working day")
        verbose_name_plural = _("official days off and working days")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} · {self.name}"
