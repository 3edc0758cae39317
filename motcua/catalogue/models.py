"""Administrative procedures with the mandatory components of Decree 63/2010 Art. 8."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import PurePath
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from motcua.core.links import link_path
from motcua.core.models import TimeStampedModel
from motcua.core.textfold import casefold_name, search_key
from motcua.orgs.models import Agency, Effective, EffectiveQuerySet


class Field(TimeStampedModel):
    """A field of state management (lĩnh vực), e.g. civil status, land, construction."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("field")
        verbose_name_plural = _("fields")

    def __str__(self) -> str:
        return self.name


class Level(models.TextChoices):
    CENTRAL = "central", _("Central")
    PROVINCE = "province", _("Province")
    COMMUNE = "commune", _("Commune")


class OnlineLevel(models.TextChoices):
    FULL = "full", _("Full-process online")
    PARTIAL = "partial", _("Partial online")
    NONE = "none", _("Not online")


# Full-process and partial online public services take the dossier online (Decree 42/2022/NĐ-CP
# on online public services); any other procedure is only described online.
ONLINE_FILING_LEVELS = frozenset({OnlineLevel.FULL, OnlineLevel.PARTIAL})


class TimeLimitUnit(models.TextChoices):
    WORKING_DAYS = "working_days", _("working days")
    WORKING_HOURS = "working_hours", _("working hours")
    WITHIN_DAY = "within_day", _("within the day")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    SUSPENDED = "suspended", _("Suspended")
    ABOLISHED = "abolished", _("Abolished")


class LegalDocument(TimeStampedModel):
    number = models.CharField(_("number and symbol"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    effective_from = models.DateField(_("effective from"), null=True, blank=True)
    expires_on = models.DateField(
        _("expires on"), null=True, blank=True, help_text=_("Last day in force, if known.")
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    def __str__(self) -> str:
        return self.number


class ProcedureQuerySet(EffectiveQuerySet):
    def public(self, on: dt.date | None = None) -> ProcedureQuerySet:
        """What citizens see: published and in force (today by default)."""
        return self.filter(status=Status.PUBLISHED).valid_on(on or timezone.localdate())


class Procedure(TimeStampedModel, Effective):
    code = models.CharField(
        _("national code"),
        max_length=32,
        unique=True,
        validators=[RegexValidator(r"^[0-9A-Za-z.\-]+$", _("Letters, digits, dots and dashes."))],
    )
    name = models.CharField(_("name"), max_length=500)
    field = models.ForeignKey(
        Field, verbose_name=_("field"), on_delete=models.PROTECT, related_name="procedures"
    )
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    steps = models.TextField(_("sequence of steps"), blank=True)
    submission_methods = models.TextField(_("methods of submission"), blank=True)
    at_counter = models.BooleanField(_("at the one-stop counter"), default=True)
    postal = models.BooleanField(_("through the public postal service"), default=False)
    online_level = models.CharField(
        _("online level"), max_length=16, choices=OnlineLevel.choices, default=OnlineLevel.NONE
    )
    time_limit_value = models.PositiveIntegerField(_("time limit"), null=True, blank=True)
    time_limit_unit = models.CharField(
        _("time limit unit"), max_length=16, choices=TimeLimitUnit.choices, blank=True
    )
    time_limit_note = models.TextField(_("time limit note"), blank=True)
    target_group = models.TextField(_("target group"), blank=True)
    implementing_agency = models.CharField(_("implementing agency"), max_length=300, blank=True)
    agencies = models.ManyToManyField(
        Agency, verbose_name=_("agencies that implement it"), blank=True, related_name="procedures"
    )
    result = models.TextField(_("result"), blank=True)
    fees = models.TextField(_("fees and charges"), blank=True)
    fee_bearing = models.BooleanField(_("a fee or charge is payable"), default=False)
    # Decision 766 counts electronic results only among procedures whose result is a paper.
    paper_result = models.BooleanField(
        _("the result is a paper document"),
        default=True,
        help_text=_("Untick for procedures whose result is only a record or a notice."),
    )
    legal_basis = models.ManyToManyField(
        LegalDocument, verbose_name=_("legal basis"), blank=True, related_name="procedures"
    )
    announcement_decision = models.CharField(_("announcing decision"), max_length=64, blank=True)
    announced_on = models.DateField(_("announced on"), null=True, blank=True)
    published_on = models.DateField(
        _("published on the national database on"), null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    is_demo = models.BooleanField(_("demo data"), default=False)
    # Kept by `procedure_save` for search: the folded words of code, name and field; the
    # folded name (to sort Đ with D); the name lower-cased with its accents (exact matches).
    search_text = models.TextField(editable=False, blank=True)
    name_folded = models.CharField(max_length=500, editable=False, blank=True, db_index=True)
    name_casefold = models.CharField(max_length=500, editable=False, blank=True)

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        ordering = ["name_folded", "code"]
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")
        indexes = [models.Index(fields=["status", "level"], name="catalogue_proc_status_level")]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"

    def get_absolute_url(self) -> str:
        return link_path("procedure_detail", code=self.code)

    def clean(self) -> None:
        super().clean()
        if self.time_limit_value and not self.time_limit_unit:
            raise ValidationError({"time_limit_unit": _("Give the unit of the time limit.")})
        if (
            self.time_limit_unit in (TimeLimitUnit.WORKING_DAYS, TimeLimitUnit.WORKING_HOURS)
            and not self.time_limit_value
        ):
            raise ValidationError({"time_limit_value": _("Give the number of days or hours.")})

    @property
    def time_limit_text(self) -> str:
        """`3 ngày làm việc`, `8 giờ làm việc`, `trong ngày`: the unit agrees with the number."""
        value = self.time_limit_value or 0
        if self.time_limit_unit == TimeLimitUnit.WORKING_DAYS:
            text = ngettext("%(n)s working day", "%(n)s working days", value)
        elif self.time_limit_unit == TimeLimitUnit.WORKING_HOURS:
            text = ngettext("%(n)s working hour", "%(n)s working hours", value)
        else:
            return str(self.get_time_limit_unit_display())
        return text % {"n": value}

    @property
    def accepts_online_filing(self) -> bool:
        """May a citizen file this procedure online? The one place this rule is written."""
        return self.online_level in ONLINE_FILING_LEVELS

    @property
    def online_filing_url(self) -> str:
        """The procedure on the National Public Service Portal, where it is filed online
        (MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL with its national code); empty when it is not
        filed online."""
        if not self.accepts_online_filing:
            return ""
        return settings.MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL.replace(
            "{code}", quote(self.code, safe="")
        )

    def refresh_search_keys(self) -> None:
        self.search_text = search_key(f"{self.code} {self.name} {self.field.name}")
        self.name_folded = search_key(self.name).strip()
        self.name_casefold = casefold_name(self.name)


# How citizens know each kind of form file.
FORMAT_NAMES = {"docx": "Word", "xlsx": "Excel", "pdf": "PDF"}


class Form(TimeStampedModel, Effective):
    """A form (mẫu đơn, tờ khai) as an uploaded file, and a PDF copy of it made in the
    background (`form_pdf_refresh`) when the file is not a PDF already. Files are served only
    through the portal, so an expired or unpublished form never reaches a citizen."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), on_delete=models.CASCADE, related_name="forms"
    )
    code = models.CharField(_("form code"), max_length=32)
    name = models.CharField(_("name"), max_length=300)
    file = models.FileField(_("file"), upload_to="forms/%Y/", max_length=300)
    content_type = models.CharField(_("content type"), max_length=100, editable=False)
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    pdf = models.FileField(
        _("PDF copy"), upload_to="forms/%Y/", max_length=300, blank=True, editable=False
    )
    pdf_size = models.PositiveIntegerField(_("size of the PDF copy"), default=0, editable=False)
    is_published = models.BooleanField(_("shown to citizens"), default=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)

    class Meta:
        ordering = ["procedure__code", "code"]
        verbose_name = _("form")
        verbose_name_plural = _("forms")
        constraints = [
            models.UniqueConstraint(fields=["procedure", "code"], name="catalogue_form_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"

    @property
    def extension(self) -> str:
        return PurePath(self.file.name).suffix.lower().lstrip(".")

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.extension, self.extension.upper())

    @property
    def is_pdf(self) -> bool:
        return self.extension == "pdf"

    @property
    def has_pdf_copy(self) -> bool:
        return bool(self.pdf)

    def get_absolute_url(self) -> str:
        return link_path("form_download", code=self.procedure.code, public_id=self.public_id)

    def get_pdf_url(self) -> str:
        """The PDF copy (for a form uploaded as a PDF, the file itself)."""
        return f"{self.get_absolute_url()}?format=pdf"

    def get_download_url(self) -> str:
        """What citizens are offered first: the PDF copy when there is one, as phones open
        a PDF and not always a Word file."""
        return self.get_pdf_url() if self.has_pdf_copy else self.get_absolute_url()


class Component(TimeStampedModel):
    """One paper of the dossier (thành phần hồ sơ) with how many originals and copies."""

    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), on_delete=models.CASCADE, related_name="components"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    name = models.TextField(_("name"))
    originals = models.PositiveSmallIntegerField(_("originals"), default=1)
    copies = models.PositiveSmallIntegerField(_("copies"), default=0)
    required = models.BooleanField(_("required"), default=True)
    form = models.ForeignKey(
        Form,
        verbose_name=_("form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="components",
    )

    class Meta:
        ordering = ["procedure", "position", "id"]
        verbose_name = _("dossier component")
        verbose_name_plural = _("dossier components")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.form_id and self.form and self.form.procedure_id != self.procedure_id:
            raise ValidationError({"form": _("Choose a form of this procedure.")})


class CutoffRule(TimeStampedModel, Effective):
    """A time of day after which a dossier's time limit counts as if it had been received on
    the next working day. The law has no general cut-off (the 15:00 rule of Decree 61/2018
    Art. 18(2) moves the transfer to the competent agency, not the time limit): a rule exists
    only where a sectoral law says so, e.g. "within the day" civil-status procedures (Civil
    Status Law Art. 5(3), Decree 23/2015 Art. 7), or where a province decides its own. Each
    rule is dated and names its source. It covers one procedure or every procedure of a
    field."""

    procedure = models.ForeignKey(
        Procedure,
        verbose_name=_("procedure"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cutoff_rules",
    )
    field = models.ForeignKey(
        Field,
        verbose_name=_("field"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cutoff_rules",
    )
    within_day_only = models.BooleanField(
        _('only for limits of "within the day"'),
        default=True,
        help_text=_("Civil-status cut-offs apply only to procedures resolved within the day."),
    )
    cutoff = models.TimeField(_("received after"), default=dt.time(15, 0))
    source = models.CharField(_("legal source"), max_length=300)

    class Meta:
        ordering = ["field__name", "procedure__code", "valid_from", "id"]
        verbose_name = _("cut-off time rule")
        verbose_name_plural = _("cut-off time rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(procedure__isnull=False) | models.Q(field__isnull=False),
                name="catalogue_cutoff_has_scope",
            )
        ]

    def __str__(self) -> str:
        scope = self.procedure or self.field
        return f"{scope} · {self.cutoff:%H:%M}"

    def clean(self) -> None:
        super().clean()
        if (self.procedure_id is None) == (self.field_id is None):
            raise ValidationError(_("Choose either one procedure or one field."))

    def applies_to(self, procedure: Procedure, day: dt.date) -> bool:
        if not self.is_valid_on(day):
            return False
        if self.within_day_only and procedure.time_limit_unit != TimeLimitUnit.WITHIN_DAY:
            return False
        if self.procedure_id is not None:
            return self.procedure_id == procedure.pk
        return self.field_id == procedure.field_id
