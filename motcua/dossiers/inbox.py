"""The officers' work lists: the dossier queues, each officer's inbox ("to process", "to
sign", "to return") and the unit head's view of who holds what and for how long. Every
function here reads a fixed number of queries, however many dossiers there are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.identity import phone_mask
from motcua.dossiers.models import Dossier, ProcessingStep
from motcua.dossiers.people import officers
from motcua.dossiers.selectors import QUEUES, RECEIVING_ROLES, dossier_queue
from motcua.dossiers.states import CLOCK_RUNNING, State, apology_open
from motcua.orgs.models import Role

PAGE_SIZE = 50
INBOX_LIMIT = 200


@dataclass(frozen=True)
class Tab:
    key: str
    label: str
    current: bool
    count: int | None = None


@dataclass(frozen=True)
class QueueRow:
    code: str
    procedure: str
    applicant: str
    phone: str
    received_at: dt.datetime
    due: dt.date | None
    overdue: bool
    state: str


@dataclass(frozen=True)
class QueueGroup:
    title: str
    note: str
    rows: list[QueueRow]


@dataclass(frozen=True)
class QueuePage:
    queue: str
    query: str
    tabs: list[Tab]
    page: Page
    groups: list[QueueGroup]


def _queue_labels() -> dict[str, str]:
    return {
        "mine": _("My queue"),
        "due_soon": _("Due in the next 2 working days"),
        "overdue": _("Overdue"),
        "all": _("All"),
    }


def _row(d: Dossier, today: dt.date) -> QueueRow:
    return QueueRow(
        code=d.code,
        procedure=d.procedure.name,
        applicant=d.applicant_name,
        phone=phone_mask(d.applicant_phone),
        received_at=d.received_at,
        due=getattr(d, "effective_due", None) or d.new_due_date or d.due_date,
        overdue=d.is_overdue(today),
        state=str(d.get_state_display()),
    )


def dossier_queue_page(
    *, access: Any, user: Any, queue: str, query: str = "", page: Any = 1
) -> QueuePage:
    """One page of a queue. "Due soon" comes in two parts: the dossiers for which an apology
    with a new appointment can still be sent, and those whose apology deadline has passed
    (or that already have their one new appointment)."""
    queue = queue if queue in QUEUES else "mine"
    today = timezone.localdate()
    dossiers = dossier_queue(access=access, user=user, queue=queue, query=query, on=today)
    current = Paginator(dossiers, PAGE_SIZE).get_page(page)
    found = list(current.object_list)
    if queue == "due_soon":
        groups = [
            QueueGroup(
                _("An apology can still be sent"),
                _("Send the apology with a new appointment at least one working day before."),
                [_row(d, today) for d in found if apology_open(d, today)],
            ),
            QueueGroup(
                _("Too late for an apology"),
                _("Finish these first; a late apology is recorded as late."),
                [_row(d, today) for d in found if not apology_open(d, today)],
            ),
        ]
    else:
        groups = [QueueGroup("", "", [_row(d, today) for d in found])]
    tabs = [Tab(k, label, k == queue) for k, label in _queue_labels().items()]
    return QueuePage(queue=queue, query=query, tabs=tabs, page=current, groups=groups)


# The officer's inbox --------------------------------------------------------------------

INBOX_TABS = ("process", "sign", "return")


@dataclass(frozen=True)
class InboxRow:
    code: str
    procedure: str
    applicant: str
    step: str
    since: dt.datetime | None
    due: dt.date | None
    overdue: bool
    state: str


@dataclass(frozen=True)
class Inbox:
    tab: str
    tabs: list[Tab]
    rows: list[InboxRow]
    more: bool
    # A unit head also gets the link to who holds what.
    heads_a_unit: bool = False


def _in_hand() -> QuerySet[ProcessingStep]:
    """Steps an agency holds now, of dossiers still being handled: a step left open when a
    dossier was stopped, refused or withdrawn is nobody's work."""
    return ProcessingStep.objects.filter(
        received_at__isnull=False,
        handed_over_at__isnull=True,
        dossier__state__in=sorted(CLOCK_RUNNING),
    )


def _units_with(access: Any, *roles: str) -> list[int] | None:
    """The units where the user holds one of the roles; None for a superuser (all)."""
    if access.is_superuser:
        return None
    wanted = set(roles)
    return sorted(u for u, held in access.roles_by_unit.items() if held & wanted)


def _to_process(access: Any, user: Any) -> QuerySet[Dossier]:
    """Steps in my hands (or unassigned in my agency), and dossiers I received that no
    agency holds yet."""
    # Only where the officer serves today, in a role that handles dossiers: a past posting's
    # dossiers are no longer theirs, and a supervisor only reads.
    mine = _in_hand().filter(
        Q(assignee_id=user.pk) | Q(assignee__isnull=True), dossier=OuterRef("pk")
    )
    received = Q(received_by_id=user.pk, state__in=sorted(CLOCK_RUNNING))
    if not access.is_superuser:
        mine = mine.filter(agency_id__in=access.change_agency_ids)
        received &= Q(unit_id__in=access.change_unit_ids)
    any_in_hand = _in_hand().filter(dossier=OuterRef("pk"))
    return (
        Dossier.objects.filter(Q(Exists(mine)) | (Q(~Exists(any_in_hand)) & received))
        .annotate(
            step_name=Subquery(mine.values("agency__name")[:1]),
            since=Coalesce(
                Subquery(mine.values("received_at")[:1]), F("complete_at"), F("received_at")
            ),
            due=Coalesce(Subquery(mine.values("due_date")[:1]), F("new_due_date"), F("due_date")),
        )
        .order_by("due", "code")
    )


def _to_sign(access: Any) -> QuerySet[Dossier]:
    """Dossiers of the units I head whose steps are all done: the decision is mine."""
    units = _units_with(access, Role.UNIT_HEAD)
    steps = ProcessingStep.objects.filter(dossier=OuterRef("pk"))
    dossiers = Dossier.objects.filter(
        Exists(steps), ~Exists(steps.filter(handed_over_at__isnull=True)), state=State.PROCESSING
    )
    if units is not None:
        dossiers = dossiers.filter(unit_id__in=units)
    return dossiers.annotate(
        step_name=F("agency__name"),
        since=Subquery(steps.order_by("-position").values("handed_over_at")[:1]),
        due=Coalesce(F("new_due_date"), F("due_date")),
    ).order_by("due", "code")


def _to_return(access: Any) -> QuerySet[Dossier]:
    """Results ready at the counter of the units where I receive dossiers."""
    units = _units_with(access, *RECEIVING_ROLES)
    dossiers = Dossier.objects.filter(state__in=[State.RESOLVED, State.STOPPED])
    if units is not None:
        dossiers = dossiers.filter(unit_id__in=units)
    return dossiers.annotate(
        step_name=F("agency__name"),
        since=F("finished_at"),
        due=Coalesce(F("new_due_date"), F("due_date")),
    ).order_by("finished_at", "code")


def officer_inbox(*, access: Any, user: Any, tab: str) -> Inbox:
    """The officer's three trays, each with its count; four queries."""
    tab = tab if tab in INBOX_TABS else "process"
    today = timezone.localdate()
    trays = {
        "process": _to_process(access, user),
        "sign": _to_sign(access),
        "return": _to_return(access),
    }
    labels = {"process": _("To process"), "sign": _("To sign"), "return": _("To return")}
    counts = [trays[key].count() for key in INBOX_TABS]
    found = list(trays[tab].select_related("procedure")[: INBOX_LIMIT + 1])
    rows = [
        InboxRow(
            code=d.code,
            procedure=d.procedure.name,
            applicant=d.applicant_name,
            step=getattr(d, "step_name", "") or "",
            since=getattr(d, "since", None),
            due=getattr(d, "due", None),
            overdue=d.is_overdue(today),
            state=str(d.get_state_display()),
        )
        for d in found[:INBOX_LIMIT]
    ]
    tabs = [
        Tab(key, labels[key], key == tab, count)
        for key, count in zip(INBOX_TABS, counts, strict=True)
    ]
    return Inbox(
        tab=tab,
        tabs=tabs,
        rows=rows,
        more=len(found) > INBOX_LIMIT,
        heads_a_unit=head_may_see_workload(access=access),
    )


# The head's overview --------------------------------------------------------------------


@dataclass(frozen=True)
class HolderRow:
    officer: str
    held: int
    oldest_since: dt.datetime | None
    overdue: int


@dataclass(frozen=True)
class Workload:
    rows: list[HolderRow]
    total: int


def head_may_see_workload(*, access: Any) -> bool:
    return access.is_superuser or bool(_units_with(access, Role.UNIT_HEAD))


def unit_workload(*, access: Any, today: dt.date | None = None) -> Workload:
    """Per officer of the units I head: dossiers held now, since when the oldest, how many
    overdue. A step in an agency's hands is its assignee's; a dossier no agency holds is
    the counter officer's who received it. Three queries."""
    day = today or timezone.localdate()
    units = _units_with(access, Role.UNIT_HEAD)
    steps = _in_hand()
    running = Dossier.objects.filter(state__in=sorted(CLOCK_RUNNING)).exclude(
        Exists(_in_hand().filter(dossier=OuterRef("pk")))
    )
    if units is not None:
        steps = steps.filter(dossier__unit_id__in=units)
        running = running.filter(unit_id__in=units)
    held: dict[int | None, list[Any]] = {}
    by_step = steps.values("assignee_id").annotate(
        n=Count("pk"),
        oldest=Min("received_at"),
        late=Count("pk", filter=Q(due_date__lt=day)),
    )
    by_counter = running.values("received_by_id").annotate(
        n=Count("pk"),
        oldest=Min(Coalesce("complete_at", "received_at")),
        late=Count("pk", filter=Q(due_date__lt=day)),
    )
    for pk, n, oldest, late in [
        *((r["assignee_id"], r["n"], r["oldest"], r["late"]) for r in by_step),
        *((r["received_by_id"], r["n"], r["oldest"], r["late"]) for r in by_counter),
    ]:
        entry = held.setdefault(pk, [0, None, 0])
        entry[0] += n
        entry[1] = oldest if entry[1] is None or (oldest and oldest < entry[1]) else entry[1]
        entry[2] += late
    people = officers(pk for pk in held if pk)
    nobody = _("Not assigned to an officer")
    rows = [
        HolderRow(
            officer=people[pk].label if pk in people else nobody,
            held=n,
            oldest_since=oldest,
            overdue=late,
        )
        for pk, (n, oldest, late) in held.items()
    ]
    rows.sort(key=lambda r: (-r.overdue, r.oldest_since or timezone.now(), r.officer))
    return Workload(rows=rows, total=sum(r.held for r in rows))
