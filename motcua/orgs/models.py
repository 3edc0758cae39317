"""Administrative units with validity dates and successors, agencies, and staff memberships."""

from __future__ import annotations

import datetime as dt
from typing import Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel


class EffectiveQuerySet(models.QuerySet):
    def valid_on(self, day: dt.date) -> Self:
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )


class Effective(models.Model):
    """Valid from `valid_from` to `valid_to`, both days included; empty means unbounded."""

    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    class Meta:
        abstract = True

    def is_valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or self.valid_to >= day
        )

    def clean(self) -> None:
        super().clean()
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The end date is before the start date.")})


class UnitKind(models.TextChoices):
    PROVINCE = "province", _("Province / centrally-run city")
    DISTRICT = "district", _("District (historic)")
    COMMUNE = "commune", _("Commune")
    WARD = "ward", _("Ward")
    SPECIAL_ZONE = "special_zone", _("Special zone")


class AdministrativeUnit(TimeStampedModel, Effective):
    kind = models.CharField(_("kind"), max_length=16, choices=UnitKind.choices)
    code = models.CharField(
        _("official code"),
        max_length=16,
        validators=[RegexValidator(r"^[0-9A-Za-z.\-]+$", _("Letters, digits, dots and dashes."))],
    )
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = EffectiveQuerySet.as_manager()

    class Meta:
        ordering = ["code", "valid_from"]
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "valid_from"], name="orgs_unit_code_valid_from_unique"
            ),
            # NULL start dates are distinct in SQL, so one open-start unit per code is
            # enforced separately (partial indexes work on SQLite and PostgreSQL alike).
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(valid_from__isnull=True),
                name="orgs_unit_code_open_start_unique",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="orgs_unit_valid_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class UnitSuccession(TimeStampedModel):
    """A historic unit merged or split into a successor on `effective_on`."""

    predecessor = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("predecessor"),
        on_delete=models.CASCADE,
        related_name="successions",
    )
    successor = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("successor"),
        on_delete=models.CASCADE,
        related_name="predecessions",
    )
    effective_on = models.DateField(_("effective on"))
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["effective_on", "predecessor__code"]
        verbose_name = _("unit succession")
        verbose_name_plural = _("unit successions")
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor"], name="orgs_succession_unique"
            ),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor")), name="orgs_succession_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.effective_on})"


class AgencyKind(models.TextChoices):
    ONE_STOP = "one_stop", _("One-stop unit / public administration service centre")
    SPECIALISED = "specialised", _("Specialised office")
    OFFICE = "office", _("Office of the People's Committee")
    OTHER = "other", _("Other")


class Agency(TimeStampedModel, Effective):
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("People's Committee of"),
        on_delete=models.PROTECT,
        related_name="agencies",
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=AgencyKind.choices)
    identifier = models.CharField(
        _("national agency identifier"),
        max_length=32,
        unique=True,
        help_text=_("The identifier used in dossier codes, e.g. 000.00.20.H34."),
        validators=[RegexValidator(r"^[0-9A-Z.]+$", _("Capital letters, digits and dots."))],
    )
    is_home_affairs_office = models.BooleanField(
        _("holds the Home Affairs function"),
        default=False,
        help_text=_("This office consolidates the units' reports."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = EffectiveQuerySet.as_manager()

    class Meta:
        ordering = ["unit__code", "name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    COUNTER_OFFICER = "counter_officer", _("Counter officer")
    PROCESSING_OFFICER = "processing_officer", _("Processing officer")
    UNIT_HEAD = "unit_head", _("Unit head")
    COORDINATOR = "coordinator", _("Coordinator")
    SUPERVISOR = "supervisor", _("Supervisor")
    ADMINISTRATOR = "administrator", _("Administrator")


class Membership(TimeStampedModel, Effective):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)

    objects = EffectiveQuerySet.as_manager()

    class Meta:
        ordering = ["user__username", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit__isnull=False) & Q(agency__isnull=True))
                | (Q(unit__isnull=True) & Q(agency__isnull=False)),
                name="orgs_membership_unit_xor_agency",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.unit or self.agency}"

    def clean(self) -> None:
        super().clean()
        if (self.unit_id is None) == (self.agency_id is None):
            raise ValidationError(_("Choose either an administrative unit or an agency."))


class Posting(TimeStampedModel):
    """A one-stop officer's posting at a one-stop unit: 6 to 24 months (Decree 61/2018
    Art. 10), so the staff pages warn before the 24 months run out."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="postings",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("one-stop unit"), on_delete=models.CASCADE, related_name="postings"
    )
    started_on = models.DateField(_("posted from"))
    ended_on = models.DateField(_("posted until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["agency", "-started_on"]
        verbose_name = _("one-stop posting")
        verbose_name_plural = _("one-stop postings")
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="orgs_posting_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.agency} · {self.started_on}"

    def clean(self) -> None:
        super().clean()
        if self.ended_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": _("The end date is before the start date.")})
