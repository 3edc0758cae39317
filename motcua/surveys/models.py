"""Questionnaires (versioned, multilingual) for satisfaction surveys (DOMAIN.md §5).

A questionnaire has versions; a published version never changes (answers refer to it), and
editing one makes a new draft. Labels are stored per language code (`{"vi": ..., "en": ...}`)
so a unit can add an ethnic-minority language without a schema change. The structure
follows XLSForm: sections (groups, the SIPAS elements) hold items; select items take their
choices from a named list.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.core.models import TimeStampedModel
from motcua.orgs.models import AdministrativeUnit


class QuestionnaireKind(models.TextChoices):
    SIPAS_SERVICE = "sipas_service", _("SIPAS service satisfaction (Decision 2640/QĐ-BNV)")
    SIPAS_2023 = "sipas_2023", _("SIPAS 2023-2026 (Decision 1001/QĐ-BNV)")
    EXIT = "exit", _("Short exit questionnaire for one dossier")
    CUSTOM = "custom", _("Custom")


class Questionnaire(TimeStampedModel):
    slug = models.SlugField(_("short name"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=QuestionnaireKind.choices,
        default=QuestionnaireKind.CUSTOM,
    )
    description = models.TextField(_("description"), blank=True)
    owner_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("owned by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self) -> str:
        return self.title


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


class QuestionnaireVersion(TimeStampedModel):
    questionnaire = models.ForeignKey(
        Questionnaire,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("questionnaire"),
    )
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=12, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # Language codes in the order they are offered; the first is the default.
    languages = models.JSONField(_("languages"), default=list)
    # XLSForm settings kept for the round trip (form_id, version, style, ...).
    settings = models.JSONField(_("form settings"), default=dict, blank=True)
    # What an XLSForm import could not map, in words, kept with the version.
    import_notes = models.JSONField(_("import notes"), default=list, blank=True)

    class Meta:
        ordering = ["questionnaire", "-number"]
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="surveys_version_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire.slug} v{self.number}"

    @property
    def is_published(self) -> bool:
        return self.status != VersionStatus.DRAFT


class Section(TimeStampedModel):
    """A group of items: a SIPAS element or aspect, an XLSForm group. Groups may nest."""

    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="sections"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    position = models.PositiveIntegerField(_("position"))
    name = models.CharField(_("name"), max_length=100)
    labels = models.JSONField(_("labels"), default=dict, blank=True)
    relevant = models.CharField(_("show if"), max_length=1000, blank=True)
    # Sections that count in the element and overall indices (the SIPAS elements).
    is_element = models.BooleanField(_("is an index element"), default=False)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(fields=["version", "name"], name="surveys_section_name_unique")
        ]

    def __str__(self) -> str:
        return self.name


class ItemKind(models.TextChoices):
    SATISFACTION = "satisfaction", _("5-level satisfaction scale")
    SELECT_ONE = "select_one", _("Single choice")
    SELECT_MULTIPLE = "select_multiple", _("Multiple choice")
    INTEGER = "integer", _("Whole number")
    DECIMAL = "decimal", _("Number")
    TEXT = "text", _("Text")
    DATE = "date", _("Date")
    NOTE = "note", _("Note (no answer)")


class Item(TimeStampedModel):
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="items"
    )
    section = models.ForeignKey(
        Section, null=True, blank=True, on_delete=models.CASCADE, related_name="items"
    )
    position = models.PositiveIntegerField(_("position"))
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=ItemKind.choices)
    # For select items: the choice list's name (XLSForm `select_one LIST`).
    choice_list = models.CharField(_("choice list"), max_length=100, blank=True)
    labels = models.JSONField(_("labels"), default=dict, blank=True)
    hints = models.JSONField(_("hints"), default=dict, blank=True)
    required = models.BooleanField(_("required"), default=False)
    relevant = models.CharField(_("show if"), max_length=1000, blank=True)
    constraint = models.CharField(_("constraint"), max_length=1000, blank=True)
    constraint_messages = models.JSONField(_("constraint message"), default=dict, blank=True)
    # Whether the item's satisfied share counts in its element's index.
    in_index = models.BooleanField(_("counts in the index"), default=False)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = _("item")
        verbose_name_plural = _("items")
        constraints = [
            models.UniqueConstraint(fields=["version", "name"], name="surveys_item_name_unique")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        selects = (ItemKind.SELECT_ONE, ItemKind.SELECT_MULTIPLE)
        if self.kind in selects and not self.choice_list:
            raise ValidationError({"choice_list": _("A choice item needs a choice list.")})


class Choice(TimeStampedModel):
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="choices"
    )
    list_name = models.CharField(_("choice list"), max_length=100)
    position = models.PositiveIntegerField(_("position"))
    value = models.CharField(_("value"), max_length=100)
    labels = models.JSONField(_("labels"), default=dict, blank=True)

    class Meta:
        ordering = ["version", "list_name", "position"]
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "list_name", "value"], name="surveys_choice_value_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.list_name}:{self.value}"


class CampaignStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Collecting answers")
    CLOSED = "closed", _("Closed")


class StratumDimension(models.TextChoices):
    UNIT = "unit", _("Unit")
    FIELD = "field", _("Procedure field")
    CHANNEL = "channel", _("Channel")


class Campaign(TimeStampedModel):
    """One survey round: a published questionnaire version, a period, the units in scope, a
    target and a stratified sample drawn from the dossiers finished in the period."""

    slug = models.SlugField(_("short name"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=300)
    version = models.ForeignKey(
        QuestionnaireVersion,
        verbose_name=_("questionnaire version"),
        on_delete=models.PROTECT,
        related_name="campaigns",
    )
    starts_on = models.DateField(_("period from"))
    ends_on = models.DateField(_("period to"))
    units = models.ManyToManyField(
        AdministrativeUnit, verbose_name=_("units in scope"), related_name="+"
    )
    # The figures' default target (`metrics.registry.DEFAULT_TARGET`, which surveys may not
    # import: it sits below metrics); a test keeps the two equal.
    target = models.DecimalField(
        _("target: per cent satisfied"), max_digits=5, decimal_places=2, default=90
    )
    margin_of_error = models.DecimalField(
        _("margin of error"), max_digits=4, decimal_places=3, default=0.05
    )
    strata_by = models.JSONField(_("strata by"), default=list, blank=True)
    seed = models.PositiveIntegerField(_("random seed"), default=2025)
    status = models.CharField(
        _("status"), max_length=8, choices=CampaignStatus.choices, default=CampaignStatus.DRAFT
    )
    sampled_at = models.DateTimeField(_("sample drawn at"), null=True, blank=True)
    double_entry = models.BooleanField(
        _("paper sheets typed twice"),
        default=False,
        help_text=_("A paper sheet counts only when two typings by different people agree."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        ordering = ["-starts_on", "slug"]
        verbose_name = _("survey campaign")
        verbose_name_plural = _("survey campaigns")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="surveys_campaign_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.title


class Stratum(TimeStampedModel):
    """A cell of the sampling design: its population (dossiers finished in the period) and
    the sample size drawn from it."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="strata")
    key = models.CharField(_("stratum"), max_length=300)
    unit = models.ForeignKey(
        AdministrativeUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    field_name = models.CharField(_("procedure field"), max_length=200, blank=True)
    channel = models.CharField(_("channel"), max_length=8, blank=True)
    population = models.PositiveIntegerField(_("population (N)"))
    sample_size = models.PositiveIntegerField(_("sample size (n)"))

    class Meta:
        ordering = ["campaign", "key"]
        verbose_name = _("stratum")
        verbose_name_plural = _("strata")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "key"], name="surveys_stratum_key_unique")
        ]

    def __str__(self) -> str:
        return self.key


class Invitation(TimeStampedModel):
    """An invitation to answer, with a one-time token for the link and the QR code. It
    records only whether the token was used, never which response it gave: responses carry
    no link back to an invitation, a dossier or a person."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="invitations")
    stratum = models.ForeignKey(Stratum, on_delete=models.CASCADE, related_name="invitations")
    # The sampling frame's unit of selection; kept to print and send the invitation.
    dossier_id = models.BigIntegerField(_("dossier"), null=True, blank=True, db_index=True)
    token = models.CharField(_("token"), max_length=16, unique=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    used = models.BooleanField(_("answered"), default=False)

    class Meta:
        ordering = ["campaign", "stratum", "id"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "dossier_id"], name="surveys_invitation_dossier_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id}:{self.token[:4]}…"


class ResponseChannel(models.TextChoices):
    WEB = "web", _("Web form")
    PAPER = "paper", _("Paper questionnaire")
    DEVICE = "device", _("Offline device")
    PHONE = "phone", _("Phone interview")


class Response(models.Model):
    """One answered questionnaire. Deliberately anonymous: no link to an invitation, a
    dossier or a person, and only the day it was submitted (an exact time could be matched
    with the moment an invitation was used). The answers are stored raw, by item name, so
    indices can be computed again when the official formula changes."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="responses")
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.PROTECT, related_name="responses"
    )
    stratum = models.ForeignKey(
        Stratum, null=True, blank=True, on_delete=models.PROTECT, related_name="responses"
    )
    unit = models.ForeignKey(
        AdministrativeUnit, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    channel = models.CharField(_("channel"), max_length=8, choices=ResponseChannel.choices)
    language = models.CharField(_("language"), max_length=16, default="vi")
    submitted_on = models.DateField(_("submitted on"))
    # A random key made when the form was opened: a retried submission finds it and is not
    # stored twice. It is not derived from the invitation.
    client_key = models.CharField(max_length=64, unique=True)
    batch = models.CharField(_("paper batch"), max_length=64, blank=True)
    answers = models.JSONField(_("answers"), default=dict)

    class Meta:
        ordering = ["campaign", "id"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["campaign", "unit"], name="surveys_response_unit")]

    def __str__(self) -> str:
        return f"{self.campaign_id}:{self.pk}"


class ResponseDraft(models.Model):
    """Answers saved page by page before the citizen submits: deleted on submission."""

    invitation = models.OneToOneField(Invitation, on_delete=models.CASCADE, related_name="draft")
    client_key = models.CharField(max_length=64)
    language = models.CharField(max_length=16, default="vi")
    page = models.PositiveSmallIntegerField(default=0)
    answers = models.JSONField(default=dict)
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-saved_at"]

    def __str__(self) -> str:
        return f"draft {self.invitation_id}"


class PaperSheet(models.Model):
    """One typing of a paper questionnaire. With double entry, a sheet becomes a response
    only when two typings by different people agree; until then the typings wait here and
    the mismatches are listed. The person typed is the officer, never the respondent."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="paper_sheets")
    unit = models.ForeignKey(AdministrativeUnit, on_delete=models.PROTECT, related_name="+")
    batch = models.CharField(_("batch"), max_length=64)
    sheet = models.CharField(_("sheet number"), max_length=32)
    typing = models.PositiveSmallIntegerField(_("typing"))
    answers = models.JSONField(_("answers"), default=dict)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(_("entered at"), auto_now_add=True)

    class Meta:
        ordering = ["campaign", "batch", "sheet", "typing"]
        verbose_name = _("paper sheet typing")
        verbose_name_plural = _("paper sheet typings")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "batch", "sheet", "typing"], name="surveys_paper_typing_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.batch}/{self.sheet} #{self.typing}"


class CampaignResult(TimeStampedModel):
    """A campaign's design-based results as `surveys.results.campaign_estimate` gives them,
    stored so that the indicator board shows the results page's number without computing
    it: one row over all the campaign's answers (no unit), and one per unit whose figures
    include some of them (the unit, the units below it, and those merged or split into
    them). Written only by `campaign_results_refresh`; shares are between 0 and 1."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="results")
    unit = models.ForeignKey(
        AdministrativeUnit, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    index = models.FloatField(_("overall index"), null=True, blank=True)
    ci_low = models.FloatField(_("interval from (95 per cent)"), null=True, blank=True)
    ci_high = models.FloatField(_("interval to (95 per cent)"), null=True, blank=True)
    n_answers = models.PositiveIntegerField(_("answer sheets"))
    # [{"code", "index", "ci": [low, high]}] and [{"code", "element", "in_index", "rate",
    # "ci", "n"}], as `CampaignEstimate.as_json` writes them.
    elements = models.JSONField(_("element indices"), default=list, blank=True)
    items = models.JSONField(_("item rates"), default=list, blank=True)
    method = models.CharField(_("method"), max_length=64)
    # The campaign's answers the figures were computed from: when the campaign's answers
    # differ, the row is out of date.
    answers_seen = models.PositiveIntegerField(_("answers read"))
    last_answer_id = models.BigIntegerField(_("latest answer read"), null=True, blank=True)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        ordering = ["campaign", "unit"]
        verbose_name = _("campaign result")
        verbose_name_plural = _("campaign results")
        constraints = [
            # NULL units are distinct in SQL, so the campaign-wide row is kept single by its
            # own partial index (SQLite and PostgreSQL alike).
            models.UniqueConstraint(
                fields=["campaign", "unit"],
                condition=models.Q(unit__isnull=False),
                name="surveys_result_unit_unique",
            ),
            models.UniqueConstraint(
                fields=["campaign"],
                condition=models.Q(unit__isnull=True),
                name="surveys_result_campaign_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(index__isnull=True)
                | models.Q(ci_low__isnull=True)
                | models.Q(ci_high__isnull=True)
                | models.Q(ci_low__lte=models.F("index"), ci_high__gte=models.F("index")),
                name="surveys_result_interval_around_index",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id}:{self.unit_id or '*'}"
