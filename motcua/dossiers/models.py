"""One-stop dossiers (hồ sơ thủ tục hành chính), their history and their paperwork."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Component, Procedure
from motcua.core.models import TimeStampedModel
from motcua.dossiers.states import CLOCK_RUNNING, RuleSet, State, is_overdue
from motcua.dossiers.timeliness import Timeliness
from motcua.orgs.models import AdministrativeUnit, Agency


class Channel(models.TextChoices):
    COUNTER = "counter", _("At the counter")
    POSTAL = "postal", _("Public postal service")
    ONLINE = "online", _("Online")


# The verdicts a finished dossier or step can carry: the values of the one enum in
# `timeliness.py` ("pending" is never stored), with their labels.
TIMELINESS_CHOICES = [
    (Timeliness.EARLY.value, _("Early")),
    (Timeliness.ON_TIME.value, _("On time")),
    (Timeliness.LATE.value, _("Late")),
    (Timeliness.NO_LIMIT.value, _("No time limit")),
]


class ApplicantKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")


class DossierSequence(models.Model):
    """The last number given by an agency on a day: codes are <identifier>-YYMMDD-XXXX."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["agency", "day"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "day"], name="dossiers_sequence_unique")
        ]

    def __str__(self) -> str:
        return f"{self.agency.identifier} {self.day}: {self.last}"


class DossierQuerySet(models.QuerySet["Dossier"]):
    def overdue(self, today: dt.date) -> DossierQuerySet:
        """`states.is_overdue` as a filter: the clock runs and the due date has passed. The
        partial index `dossiers_running_due` has the same state condition, so PostgreSQL counts
        from that small index alone, without reading the table."""
        return self.filter(state__in=sorted(CLOCK_RUNNING), due_date__lt=today)


class Dossier(TimeStampedModel):
    code = models.CharField(_("dossier code"), max_length=48, unique=True)
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("procedure"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("receiving agency"), on_delete=models.PROTECT, related_name="+"
    )
    # Indexed through dossiers_unit_state, whose first column it is: every staff list starts
    # from the units a user reaches. Each index costs every import a write, so the
    # low-cardinality state and timeliness get none of their own.
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    state = models.CharField(
        _("state"), max_length=24, choices=State.choices, default=State.RECEIVED
    )
    rule_set = models.CharField(
        _("rules in force at receipt"), max_length=16, choices=RuleSet.choices
    )
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    received_at = models.DateTimeField(_("received at"), db_index=True)
    # When the complete dossier arrived; the time limit counts from here (it restarts after a
    # supplement). Empty while the dossier waits for a supplement at intake.
    complete_at = models.DateTimeField(_("complete dossier received at"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    new_due_date = models.DateField(_("new appointment after apology"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Early, on time or late, fixed when processing ends (Circular 01/2018 Art. 13), so that
    # on-time rates are a plain GROUP BY over millions of rows.
    timeliness = models.CharField(
        _("timeliness"), max_length=8, choices=TIMELINESS_CHOICES, blank=True
    )
    returned_at = models.DateTimeField(_("result returned at"), null=True, blank=True)
    applicant_kind = models.CharField(
        _("applicant"), max_length=16, choices=ApplicantKind.choices, default=ApplicantKind.PERSON
    )
    applicant_name = models.CharField(_("applicant's name"), max_length=200)
    applicant_phone = models.CharField(_("phone"), max_length=20, blank=True)
    # Law 91/2025: a keyed hash and the last four digits, never the ID number itself.
    applicant_id_hash = models.CharField(max_length=64, blank=True, editable=False)
    applicant_id_last4 = models.CharField(_("ID number, last 4 digits"), max_length=4, blank=True)
    applicant_address = models.CharField(_("address"), max_length=300, blank=True)
    paid_online = models.BooleanField(_("fees paid online"), default=False)
    digitised = models.BooleanField(_("digitised"), default=False)
    electronic_result = models.BooleanField(_("electronic result"), default=False)
    synced_national_portal = models.BooleanField(
        _("synchronised to the national portal"), default=False
    )
    visits = models.PositiveSmallIntegerField(_("visits by the applicant"), default=1)
    submitted_components = models.ManyToManyField(
        Component, verbose_name=_("papers handed in"), blank=True, related_name="+"
    )
    client_key = models.CharField(max_length=64, blank=True, editable=False)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = DossierQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        constraints = [
            models.UniqueConstraint(
                fields=["client_key"],
                condition=~Q(client_key=""),
                name="dossiers_client_key_unique",
            )
        ]
        indexes = [
            models.Index(fields=["unit", "state"], name="dossiers_unit_state"),
            # Overdue dossiers, counted on every dashboard: a partial index over the few
            # whose clock runs, not the millions finished (`DossierQuerySet.overdue`).
            models.Index(
                fields=["unit", "due_date"],
                condition=Q(state__in=sorted(CLOCK_RUNNING)),
                name="dossiers_running_due",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def is_overdue(self, today: dt.date) -> bool:
        return is_overdue(state=self.state, due=self.due_date, today=today)


class SupplementKind(models.TextChoices):
    INTAKE = "intake", _("At intake")
    APPRAISAL = "appraisal", _("Returned after appraisal")
    FURTHER = "further", _("Further request, breaking the once-only rule")


class SupplementRequest(TimeStampedModel):
    """A request for missing papers (form 02). The citizen must be guided fully and once at
    intake (Decree 61 Art. 15(3), 17(2)(a)); the competent agency may return the dossier once
    after appraisal, within 3 working days, and the limit restarts (Art. 19(4)). Any other
    request is still recorded, because the citizen was really handed it, but as a breach of
    the once-only rule, and the dossier counts as late (Decision 766 method)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="supplements")
    position = models.PositiveSmallIntegerField(_("request number"), default=1)
    kind = models.CharField(
        _("kind"), max_length=12, choices=SupplementKind.choices, default=SupplementKind.INTAKE
    )
    late = models.BooleanField(_("made after the 3 working days allowed"), default=False)
    components = models.ManyToManyField(Component, related_name="+")
    reason = models.TextField(_("what is missing and why"))
    requested_at = models.DateTimeField(_("requested at"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    fulfilled_at = models.DateTimeField(_("supplement received at"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-position"]
        verbose_name = _("supplement request")
        verbose_name_plural = _("supplement requests")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "position"], name="dossiers_supplement_position_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.dossier.code} #{self.position}: {self.reason[:40]}"

    @property
    def breaches_once_only(self) -> bool:
        return self.kind == SupplementKind.FURTHER


class ProcessingStep(TimeStampedModel):
    """One agency's part of an inter-agency (liên thông) dossier, with its allotted time. The
    hand-overs between steps, to the minute, are the control sheet (Circular 01/2018 form 05,
    Circular 03/2025 form 06)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(_("step"))
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="+"
    )
    task = models.CharField(_("what this agency does"), max_length=300)
    allotted_days = models.PositiveSmallIntegerField(_("allotted working days"))
    received_at = models.DateTimeField(_("handed to this agency at"), null=True, blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The officer of the agency who holds the step: named on every hand-over, changed when
    # the head reassigns it; their inbox lists it while the step is in hand.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_date = models.DateField(_("step due date"), null=True, blank=True)
    handed_over_at = models.DateTimeField(_("handed over at"), null=True, blank=True)
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handed over by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    result = models.CharField(_("result of the step"), max_length=300, blank=True)
    timeliness = models.CharField(
        _("timeliness"), max_length=8, choices=TIMELINESS_CHOICES, blank=True
    )

    class Meta:
        ordering = ["dossier", "position"]
        verbose_name = _("processing step")
        verbose_name_plural = _("processing steps")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "position"], name="dossiers_step_position_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.dossier_id} #{self.position} {self.agency_id}"


class DossierEvent(models.Model):
    """Every transition and every refused attempt, with time, actor and note."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(_("at"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=48)
    from_state = models.CharField(max_length=24, blank=True)
    to_state = models.CharField(max_length=24, blank=True)
    note = models.TextField(_("note"), blank=True)
    refused = models.BooleanField(_("refused"), default=False)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("dossier event")
        verbose_name_plural = _("dossier events")

    def __str__(self) -> str:
        return f"{self.dossier_id} {self.action} {self.at:%Y-%m-%d %H:%M}"

    @property
    def action_label(self) -> str:
        return str(EVENT_ACTIONS.get(self.action, self.action))

    @property
    def to_state_label(self) -> str:
        return str(State(self.to_state).label) if self.to_state in State.values else ""


EVENT_ACTIONS = {
    "receive": _("Received"),
    "transition": _("Status changed"),
    "request_supplement": _("Supplement requested"),
    "supplement_received": _("Supplement received"),
    "apologise": _("Apology and new appointment"),
    "apologise_late": _("Late apology and new appointment"),
    "assign": _("Assigned to an officer"),
    "plan_steps": _("Steps planned"),
    "hand_over": _("Handed over"),
    "import": _("Imported"),
    "due_recomputed": _("Due date recomputed: the limit counts from the day after receipt"),
}


class Satisfaction(models.IntegerChoices):
    VERY_DISSATISFIED = 1, _("Very dissatisfied")
    DISSATISFIED = 2, _("Dissatisfied")
    NEUTRAL = 3, _("Neither satisfied nor dissatisfied")
    SATISFIED = 4, _("Satisfied")
    VERY_SATISFIED = 5, _("Very satisfied")


class Contacts(models.TextChoices):
    """Circular 01/2018 indicator 3: extra contacts the citizen needed."""

    NONE = "none", _("None beyond handing in and collecting")
    ONCE = "once", _("Once more")
    MORE = "more", _("More than once")


class AgenciesContacted(models.TextChoices):
    """Circular 01/2018 indicator 4: agencies the citizen had to go to."""

    NONE = "none", _("None: everything was done for me")
    ONE_STOP = "one_stop", _("Only the one-stop unit")
    MORE = "more", _("Other agencies too")


class Attitude(models.TextChoices):
    """Circular 01/2018 indicator 7, as the citizen saw it."""

    COURTEOUS = "courteous", _("Courteous and helpful")
    ACCEPTABLE = "acceptable", _("Acceptable")
    HARASSING = "harassing", _("Harassing or asked for something improper")


class Rating(TimeStampedModel):
    """The citizen's rating of a finished dossier: one per dossier, changeable for 30 days."""

    dossier = models.OneToOneField(Dossier, on_delete=models.CASCADE, related_name="rating")
    satisfaction = models.PositiveSmallIntegerField(
        _("overall satisfaction"), choices=Satisfaction.choices
    )
    contacts = models.CharField(_("extra contacts needed"), max_length=8, choices=Contacts.choices)
    agencies = models.CharField(
        _("agencies you had to go to"), max_length=8, choices=AgenciesContacted.choices
    )
    attitude = models.CharField(_("officials' attitude"), max_length=12, choices=Attitude.choices)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")

    def __str__(self) -> str:
        return f"{self.dossier_id}: {self.satisfaction}"
