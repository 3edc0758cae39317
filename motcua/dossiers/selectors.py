"""Reads over dossiers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from motcua.core.throttle import Limit, throttle_take
from motcua.dossiers.models import Dossier, ProcessingStep
from motcua.dossiers.states import CLOCK_RUNNING, FINISHED, OPEN, State, step_in_hand
from motcua.orgs.models import Agency, Role
from motcua.workdays.selectors import calendar

# Ten lookups per client in ten minutes, found or not: a lookup reveals a dossier's status.
LOOKUP = Limit("lookup", attempts=10, window=dt.timedelta(minutes=10))


@dataclass(frozen=True)
class PublicStep:
    at: dt.datetime
    state: str


@dataclass(frozen=True)
class PublicStatus:
    """What a citizen may see: no name, phone, address or officer."""

    code: str
    procedure: str
    state: str
    received_at: dt.datetime
    due_date: dt.date | None
    new_due_date: dt.date | None
    steps: list[PublicStep]
    # A finished dossier can be rated: knowing the code and the phone digits, or holding
    # the receipt's status link, is enough.
    finished: bool = False


def lookup_allowed(*, address: str) -> bool:
    """Take one of the client's lookups, found or not; False once they are all used. Every
    caller asks this once, right before `dossier_public_lookup`: taking the lookup here, in
    one step with the count, keeps the limit under simultaneous requests."""
    return throttle_take(LOOKUP, address=address) is not None


def dossier_public_lookup(*, code: str, phone_last4: str, address: str) -> PublicStatus | None:
    """The status of a dossier for whoever knows its code and the last four digits of the
    phone number given at intake. Unknown code and wrong digits look the same. The attempt
    is counted towards the limit of the client at `address` by `lookup_allowed`, which every
    caller asks first."""
    code, digits = code.strip().upper(), "".join(ch for ch in phone_last4 if ch.isdigit())
    dossier = (
        Dossier.objects.select_related("procedure").filter(code=code).first()
        if len(digits) == 4
        else None
    )
    found = dossier is not None and dossier.applicant_phone.endswith(digits)
    if not found or dossier is None:
        return None
    return dossier_public_status(dossier=dossier)


def dossier_public_status(*, dossier: Dossier) -> PublicStatus:
    """What the public sees about a dossier, once the caller has checked the right to see
    it: the code and phone digits of a lookup, or the signed status link of the receipt."""
    steps = [
        PublicStep(at=event.at, state=str(State(event.to_state).label))
        for event in dossier.events.filter(refused=False).exclude(to_state="")
    ]
    return PublicStatus(
        code=dossier.code,
        procedure=dossier.procedure.name,
        state=str(State(dossier.state).label),
        received_at=dossier.received_at,
        due_date=dossier.due_date,
        new_due_date=dossier.new_due_date,
        steps=steps,
        finished=dossier.state in FINISHED,
    )


def dossier_for_staff(*, code: str, access: Any) -> Dossier | None:
    """A dossier the staff member may see: its unit is within their reach, or one of their
    agencies has a step in it (a department handling its part of an inter-agency dossier).
    None otherwise, so others cannot even learn that the code exists."""
    dossier = (
        Dossier.objects.select_related("procedure", "agency", "unit", "received_by")
        .prefetch_related("events__actor", "submitted_components", "steps__agency")
        .filter(code=code)
        .first()
    )
    if dossier is None:
        return None
    if access.can_view(dossier.unit_id) or any(
        step.agency_id in access.agency_ids for step in dossier.steps.all()
    ):
        return dossier
    return None


# Who handles dossiers: a coordinator or an administrator reaches every commune to read and
# consolidate, not to receive or decide on citizens' dossiers.
HANDLING_ROLES = (Role.COUNTER_OFFICER, Role.PROCESSING_OFFICER, Role.UNIT_HEAD)
RECEIVING_ROLES = (Role.COUNTER_OFFICER, Role.UNIT_HEAD)


def dossier_may_act(*, access: Any, dossier: Dossier) -> bool:
    """May change the dossier's state: a handling role in a unit the user may change."""
    return access.can_change(dossier.unit_id) and access.has_role(dossier.unit_id, *HANDLING_ROLES)


def dossier_holds_step(*, access: Any, dossier: Dossier) -> bool:
    """One of the user's agencies has the step in hand, so the user may hand it over; a
    supervisor of that agency only reads."""
    step = step_in_hand(dossier)
    return step is not None and (access.is_superuser or step.agency_id in access.change_agency_ids)


def receiving_agencies(access: Any) -> list[Agency]:
    """Agencies in force where the user receives dossiers: units they may change and in
    which they are a counter officer or the head."""
    agencies = access.changeable(
        Agency.objects.valid_on(timezone.localdate()).select_related("unit")
    ).order_by("unit__code", "name")
    return [a for a in agencies if access.has_role(a.unit_id, *RECEIVING_ROLES)]


def own_agency(access: Any, agencies: list[Agency]) -> Agency | None:
    """The officer's own agency among these (a membership in it), else the only one."""
    mine = [a for a in agencies if a.pk in access.agency_ids]
    if mine:
        return mine[0]
    return agencies[0] if len(agencies) == 1 else None


QUEUES = ("mine", "due_soon", "overdue", "all")
DUE_SOON_WORKING_DAYS = 2


def dossier_queue(
    *, access: Any, user: Any, queue: str, query: str = "", on: dt.date | None = None
) -> QuerySet[Dossier]:
    """A staff queue, always within the user's reach: "mine" (received by me and still open,
    or in the hands of one of my agencies), "due_soon" (due within the next two working
    days, by the date promised to the citizen: the apology's new appointment if any),
    "overdue" (`states.is_overdue`: the clock runs past the legal due date), or "all"; any
    of them narrowed by a code, applicant or procedure search."""
    day = on or timezone.localdate()
    dossiers = Dossier.objects.select_related("procedure", "agency").annotate(
        effective_due=Coalesce(F("new_due_date"), F("due_date"))
    )
    steps_of_mine = ProcessingStep.objects.filter(
        dossier=OuterRef("pk"), agency_id__in=access.agency_ids
    )
    if not access.is_superuser:
        dossiers = dossiers.filter(Q(unit_id__in=access.view_unit_ids) | Q(Exists(steps_of_mine)))
    if queue == "mine":
        in_my_hands = Exists(
            steps_of_mine.filter(received_at__isnull=False, handed_over_at__isnull=True)
        )
        dossiers = dossiers.filter(Q(received_by_id=user.pk) | Q(in_my_hands), state__in=OPEN)
    elif queue == "due_soon":
        horizon = calendar().add_working_days(day, DUE_SOON_WORKING_DAYS)
        dossiers = dossiers.filter(
            state__in=CLOCK_RUNNING, effective_due__gte=day, effective_due__lte=horizon
        ).order_by("effective_due", "code")
    elif queue == "overdue":
        dossiers = dossiers.overdue(day).order_by("due_date", "code")
    text = " ".join(query.split())[:100]
    if text:
        dossiers = dossiers.filter(
            Q(code__icontains=text)
            | Q(applicant_name__icontains=text)
            | Q(procedure__code=text)
            | Q(procedure__name__icontains=text)
        )
    return dossiers
