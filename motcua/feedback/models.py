"""Citizens' feedback and petitions (phản ánh, kiến nghị; Decree 20/2008, DOMAIN.md §6).

A feedback item is registered with a number and a private tracking link, classified,
routed to the responsible agency (and transferred, within 5 working days, when that agency
is not competent), handled by its deadline on the working-day calendar, answered, and the
answer is published on /feedback/ once personal data has been removed in a review step.
Complaints and denunciations follow other laws: they are recorded and the citizen is told
where to turn, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure
from motcua.core.models import TimeStampedModel
from motcua.orgs.models import AdministrativeUnit, Agency


class Category(TimeStampedModel):
    """What the feedback is about; an Open311 service."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    group = models.CharField(_("group"), max_length=100, blank=True)
    # Open311 keywords, comma-separated.
    keywords = models.CharField(_("keywords"), max_length=300, blank=True)
    # Whether the form asks for the official (and dossier) concerned.
    about_conduct = models.BooleanField(_("about how an agency or official behaved"), default=False)
    is_active = models.BooleanField(_("offered to citizens"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("feedback category")
        verbose_name_plural = _("feedback categories")

    def __str__(self) -> str:
        return self.name


class RoutingRule(TimeStampedModel):
    """Feedback of a category about a unit goes to this agency. A rule without a unit is the
    default for the category; a rule without a category is the default for the unit."""

    category = models.ForeignKey(
        Category,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="rules",
        verbose_name=_("category"),
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("responsible agency"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        ordering = ["category", "unit"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        constraints = [
            models.UniqueConstraint(
                fields=["category", "unit"], nulls_distinct=False, name="feedback_rule_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.category or '*'} · {self.unit or '*'} → {self.agency}"


class DeadlineRules(TimeStampedModel):
    """Working-day limits in force from a date (DOMAIN.md §6: refuse within 2, ask for more
    information within 5, transfer within 5, handle within 15, publish within 2)."""

    valid_from = models.DateField(_("in force from"), unique=True)
    refuse_days = models.PositiveSmallIntegerField(_("refuse within"), default=2)
    more_info_days = models.PositiveSmallIntegerField(
        _("ask for more information within"), default=5
    )
    transfer_days = models.PositiveSmallIntegerField(_("transfer within"), default=5)
    handle_days = models.PositiveSmallIntegerField(_("handle within"), default=15)
    publish_days = models.PositiveSmallIntegerField(_("publish within"), default=2)

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("feedback deadlines")
        verbose_name_plural = _("feedback deadlines")

    def __str__(self) -> str:
        return f"{self.valid_from}: {self.handle_days}"


class Kind(models.TextChoices):
    FEEDBACK = "feedback", _("Feedback (phản ánh)")
    PETITION = "petition", _("Petition (kiến nghị)")
    COMPLAINT = "complaint", _("Complaint: outside this procedure")
    DENUNCIATION = "denunciation", _("Denunciation: outside this procedure")


OUT_OF_SCOPE = (Kind.COMPLAINT, Kind.DENUNCIATION)


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter or e-mail")
    IN_PERSON = "in_person", _("In person")
    RECEPTION = "reception", _("Citizen reception session")
    OPEN311 = "open311", _("Open311 client")


class State(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("Being handled")
    MORE_INFO = "more_info", _("Waiting for more information")
    ANSWERED = "answered", _("Answered, under review")
    PUBLISHED = "published", _("Answered and published")
    REFUSED = "refused", _("Not accepted")
    REDIRECTED = "redirected", _("Recorded; the citizen was told where to turn")
    MERGED = "merged", _("Merged into another item")


# The agency still owes an answer (its handling clock runs unless it waits for the citizen).
HANDLING_STATES = (State.RECEIVED, State.IN_PROGRESS, State.MORE_INFO)
OPEN_STATES = (*HANDLING_STATES, State.ANSWERED)
CLOSED_STATES = (State.PUBLISHED, State.REFUSED, State.REDIRECTED, State.MERGED)


def is_overdue(
    *,
    state: str,
    due_on: dt.date | None,
    waiting_since: dt.date | None,
    publish_due_on: dt.date | None,
    today: dt.date,
) -> bool:
    """An item is overdue when an answer is owed past its handling deadline (an item whose
    clock is stopped while the citizen is asked for information, in time, is not), or when
    an answer waits for its review and publication past the publication deadline. The
    queryset, the model, the escalation and the Ibis expression follow this rule."""
    if state == State.ANSWERED:
        return publish_due_on is not None and publish_due_on < today
    running = state in HANDLING_STATES and waiting_since is None
    return running and due_on is not None and due_on < today


class FeedbackQuerySet(models.QuerySet["Feedback"]):
    def overdue(self, today: dt.date) -> FeedbackQuerySet:
        """`is_overdue` as a filter."""
        late_answer = Q(state__in=HANDLING_STATES, waiting_since__isnull=True, due_on__lt=today)
        late_publication = Q(state=State.ANSWERED, publish_due_on__lt=today)
        return self.filter(late_answer | late_publication)


class Feedback(TimeStampedModel):
    number = models.CharField(_("registration number"), max_length=32, unique=True)
    # The private tracking link's secret: whoever holds it sees the item's progress.
    tracking_token = models.CharField(max_length=32, unique=True, editable=False)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.FEEDBACK)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="items"
    )
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.RECEIVED
    )
    # Where it happened (the commune); the agency answering for it, from the routing rules.
    unit = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("commune"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("responsible agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("feedback"))
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    procedure = models.ForeignKey(
        Procedure,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("procedure"),
    )
    dossier_code = models.CharField(_("dossier code"), max_length=48, blank=True)
    # The agency the citizen says it is about (routing still follows the rules: the
    # handler sees it and transfers when that agency is the competent one).
    agency_concerned = models.ForeignKey(
        Agency,
        verbose_name=_("agency concerned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    official = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("official concerned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    official_name = models.CharField(_("official named by the citizen"), max_length=200, blank=True)
    # Contact: personal data, masked in lists, never published. Anonymous items have none.
    anonymous = models.BooleanField(_("anonymous"), default=False)
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=20, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    # Law 91/2025: the contact is kept only with the citizen's consent (when it was given),
    # and erased once the item has been closed for MOTCUA_FEEDBACK_CONTACT_DAYS.
    contact_consent_at = models.DateTimeField(
        _("consent to the use of the contact given at"), null=True, blank=True, editable=False
    )
    contact_erased_at = models.DateTimeField(
        _("contact erased at"), null=True, blank=True, editable=False
    )
    # When this office received it: for an item transferred in from outside motcua (the
    # Government Office, a ministry, another province, the national portal) the latest
    # transfer, from which its 2/5/15-day clocks run [DOMAIN.md §6].
    received_at = models.DateTimeField(_("received at"))
    # When the citizen first sent it, elsewhere, for an item transferred in: the citizen's
    # own view keeps this date. Empty for items sent to this office directly.
    first_received_at = models.DateTimeField(
        _("first sent by the citizen at"), null=True, blank=True
    )
    transferred_from = models.CharField(_("transferred in from"), max_length=200, blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("received by"),
    )
    transfer_due_on = models.DateField(_("transfer by"), null=True, blank=True)
    due_on = models.DateField(_("handle by"), null=True, blank=True)
    # While the agency waits for the citizen's information the handling clock stops: the
    # working days waited move the deadline when the citizen answers (or the agency goes on).
    waiting_since = models.DateField(_("waiting for the citizen since"), null=True, blank=True)
    waited_days = models.PositiveSmallIntegerField(
        _("working days waited for the citizen"), default=0, editable=False
    )
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_on_time = models.BooleanField(null=True, editable=False)
    # What is published: a title, the question and the answer with personal data removed
    # (review). Items published before titles were reviewed have none: pages show the
    # category instead, never the citizen's own subject.
    public_title = models.CharField(_("published title"), max_length=200, blank=True)
    public_text = models.TextField(_("published text of the feedback"), blank=True)
    public_answer = models.TextField(_("published answer"), blank=True)
    publish_due_on = models.DateField(_("publish by"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # The published texts folded (no accents, lower case) for the public search.
    search_text = models.TextField(blank=True, editable=False)
    # The citizen's word on the answer (Decision 766 feedback satisfaction).
    resolved = models.BooleanField(_("the citizen says it is resolved"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("the citizen's rating"), null=True, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    # For feedback about an official's conduct: found true after handling (Circular 01 ind. 7).
    substantiated = models.BooleanField(_("substantiated"), null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    # Normalised text, hashed: the same text sent again is caught as a duplicate.
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    client_key = models.CharField(max_length=64, blank=True, editable=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        constraints = [
            models.UniqueConstraint(
                fields=["client_key"], condition=~Q(client_key=""), name="feedback_client_key"
            )
        ]
        indexes = [
            models.Index(fields=["unit", "state"], name="feedback_unit_state"),
            models.Index(fields=["received_at"], name="feedback_received"),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def citizen_received_at(self) -> dt.datetime:
        """The receipt the citizen knows: the first one, wherever it was."""
        return self.first_received_at or self.received_at

    def is_overdue(self, today: dt.date) -> bool:
        return is_overdue(
            state=self.state,
            due_on=self.due_on,
            waiting_since=self.waiting_since,
            publish_due_on=self.publish_due_on,
            today=today,
        )

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class Attachment(TimeStampedModel):
    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="attachments")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=300)
    file = models.FileField(_("file"), upload_to="feedback/%Y/", max_length=300)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(default=0, editable=False)
    # Images may show faces or number plates: nothing is published unless staff choose to.
    is_public = models.BooleanField(_("shown with the published answer"), default=False)

    class Meta:
        ordering = ["feedback", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    """The item's history: every step, with who and why; notes are internal."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=24)
    from_agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(blank=True)
    # Shown to the citizen on the tracking page (a transfer, an answer), or internal (notes).
    public = models.BooleanField(default=False)

    class Meta:
        ordering = ["feedback", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.feedback_id} {self.action}"


class AnswerTemplate(TimeStampedModel):
    category = models.ForeignKey(
        Category,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="templates",
        verbose_name=_("category"),
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["category", "title"]
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")

    def __str__(self) -> str:
        return self.title


class Open311Key(TimeStampedModel):
    """An API key of an Open311 client (a city app, a kiosk). Only a keyed hash is stored."""

    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("prefix"), max_length=16, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Open311 key")
        verbose_name_plural = _("Open311 keys")

    def __str__(self) -> str:
        return f"{self.prefix}… {self.name}"


class Sequence(models.Model):
    """The last registration number given in a year."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"
