"""The officer's dossier page: what it shows (one dataclass, `dossier_page`) and what an
officer may do from it (`dossier_offers`, `dossier_perform`).

An action not offered to this officer now is not on the page, and a POST of one anyway is
refused before any service runs: it goes to the audit log, never into the dossier's legal
history. A service's own refusal on the page (a bad date, an unpublished paper) is rolled
back with everything it wrote and recorded in the audit log too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.identity import phone_mask
from motcua.core.services import audit_record
from motcua.dossiers.models import Dossier, ProcessingStep, SupplementKind
from motcua.dossiers.people import (
    AgencyStaff,
    Officer,
    agency_officers,
    officers,
    unit_agency_staff,
)
from motcua.dossiers.selectors import dossier_holds_step, dossier_may_act
from motcua.dossiers.services import (
    DossierError,
    dossier_apologise,
    dossier_hand_over,
    dossier_request_supplement,
    dossier_return,
    dossier_step_assign,
    dossier_supplement_received,
    dossier_transfer,
    dossier_transition,
    supplement_kind_next,
)
from motcua.dossiers.slips import SLIP_KINDS, form_number, rating_path
from motcua.dossiers.states import (
    FINISHED,
    Action,
    State,
    actions_available,
    apology_late,
    step_in_hand,
)
from motcua.orgs.models import Agency

# A step holder may pass the dossier on or share out the step; the rest is for the unit.
STEP_HOLDER_ACTIONS = ("hand_over", "assign")


@dataclass(frozen=True)
class Paper:
    pk: int
    name: str


@dataclass(frozen=True)
class ActionOffer:
    """One button on the dossier page with its own short form."""

    name: str
    label: str
    fields: tuple[str, ...]
    papers: list[Paper] = field(default_factory=list)
    officers: list[Officer] = field(default_factory=list)
    agency: str = ""
    hint: str = ""
    destinations: list[AgencyStaff] = field(default_factory=list)

    @property
    def has_form(self) -> bool:
        return bool(self.fields)


@dataclass(frozen=True)
class SlipLink:
    kind: str
    title: str


@dataclass(frozen=True)
class StepRow:
    position: int
    agency: str
    task: str
    allotted_days: int
    received_at: dt.datetime | None
    due_date: dt.date | None
    handed_over_at: dt.datetime | None
    timeliness: str
    result: str
    assignee: str
    in_hand: bool


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    action: str
    state: str
    actor: str
    note: str


@dataclass(frozen=True)
class LateNotice:
    """The apology's deadline (one working day before the due date) has passed."""

    due_date: dt.date
    overdue: bool


@dataclass(frozen=True)
class DossierPage:
    dossier: Dossier
    phone: str
    received_by: str
    actions: list[ActionOffer]
    slips: list[SlipLink]
    steps: list[StepRow]
    timeline: list[TimelineEntry]
    late: LateNotice | None
    rate_url: str
    may_plan: bool


def dossier_offers(*, access: Any, dossier: Dossier) -> list[Action]:
    """What this user may do now: a handling role gets every action the state allows; an
    agency holding a step gets the hand-over and the sharing out of its step."""
    available = [a for a in actions_available(dossier) if _possible(a, dossier)]
    if dossier_may_act(access=access, dossier=dossier):
        return available
    if dossier_holds_step(access=access, dossier=dossier):
        return [a for a in available if a.name in STEP_HOLDER_ACTIONS]
    return []


def _possible(action: Action, dossier: Dossier) -> bool:
    """A step can be given to a colleague only where the agency has someone to give it to."""
    if action.name != "assign":
        return True
    current = step_in_hand(dossier)
    return current is not None and bool(agency_officers(current.agency_id))


def dossier_may_handle(*, access: Any, dossier: Dossier) -> bool:
    """May do something to the dossier at all (else the page is read-only)."""
    return dossier_may_act(access=access, dossier=dossier) or dossier_holds_step(
        access=access, dossier=dossier
    )


def _steps(dossier: Dossier) -> list[ProcessingStep]:
    return list(dossier.steps.all())


def _next_step(dossier: Dossier) -> ProcessingStep | None:
    return next((s for s in _steps(dossier) if s.received_at is None), None)


def _offer(action: Action, dossier: Dossier) -> ActionOffer:
    label, hint = str(action.label), ""
    papers: list[Paper] = []
    people: list[Officer] = []
    agency = ""
    if action.name == "supplement":
        papers = [Paper(c.pk, c.name) for c in dossier.procedure.components.all()]
        if supplement_kind_next(dossier) == SupplementKind.FURTHER:
            label = _("Request a further supplement (breaks the once-only rule; counts as late)")
    elif action.name == "hand_over":
        following = _next_step(dossier)
        if following is None:
            label = _("Hand the result back to the one-stop unit")
        else:
            agency, people = following.agency.name, agency_officers(following.agency_id)
    elif action.name == "assign":
        current = step_in_hand(dossier)
        if current is not None:
            agency, people = current.agency.name, agency_officers(current.agency_id)
    elif action.name == "transfer":
        destinations = unit_agency_staff(dossier.unit_id)
        return ActionOffer(action.name, label, action.fields, destinations=destinations)
    elif action.name == "apologise_late":
        hint = _(
            "The apology was due one working day before the due date; it is recorded as "
            "late and the dossier stays overdue."
        )
    fields = tuple(f for f in action.fields if f != "assignee" or people)
    return ActionOffer(action.name, label, fields, papers, people, agency, hint)


def _slips(dossier: Dossier) -> list[SlipLink]:
    events = {e.to_state for e in dossier.events.all() if not e.refused}
    present = {
        "receipt": dossier.due_date is not None,
        "supplement": dossier.supplements.exists(),
        "refusal": State.REFUSED in events,
        "apology": dossier.new_due_date is not None,
        "stop": State.STOPPED in events,
        "control": bool(_steps(dossier)),
    }
    titles = {
        "receipt": _("Receipt and appointment"),
        "supplement": _("Supplement request"),
        "refusal": _("Refusal"),
        "apology": _("Apology and new appointment"),
        "stop": _("Notice of stopping processing"),
        "control": _("Control sheet"),
    }
    numbers = {kind: form_number(dossier, kind) for kind in SLIP_KINDS if present[kind]}
    return [
        SlipLink(kind, _("%(title)s (form %(number)s)") % {"title": titles[kind], "number": n})
        for kind, n in numbers.items()
        if n
    ]


def _label(people: dict[int, Officer], pk: int | None) -> str:
    officer = people.get(pk) if pk else None
    return officer.label if officer else ""


def dossier_page(*, access: Any, dossier: Dossier, today: dt.date | None = None) -> DossierPage:
    """Everything the dossier page shows, names resolved to full names and titles."""
    day = today or timezone.localdate()
    steps = _steps(dossier)
    events = [e for e in dossier.events.all() if not e.refused]
    people = officers(
        [dossier.received_by_id] + [e.actor_id for e in events] + [s.assignee_id for s in steps]
    )
    offers = dossier_offers(access=access, dossier=dossier)
    late = None
    if apology_late(dossier, day) and dossier.due_date is not None:
        late = LateNotice(due_date=dossier.due_date, overdue=dossier.is_overdue(day))
    return DossierPage(
        dossier=dossier,
        phone=phone_mask(dossier.applicant_phone),
        received_by=_label(people, dossier.received_by_id),
        actions=[_offer(action, dossier) for action in offers],
        slips=_slips(dossier),
        steps=[
            StepRow(
                position=s.position,
                agency=s.agency.name,
                task=s.task,
                allotted_days=s.allotted_days,
                received_at=s.received_at,
                due_date=s.due_date,
                handed_over_at=s.handed_over_at,
                timeliness=s.get_timeliness_display() if s.timeliness else "",
                result=s.result,
                assignee=_label(people, s.assignee_id),
                in_hand=bool(s.received_at and not s.handed_over_at),
            )
            for s in steps
        ],
        timeline=[
            TimelineEntry(
                at=e.at,
                action=e.action_label,
                state=e.to_state_label,
                actor=_label(people, e.actor_id),
                note=e.note,
            )
            for e in events
        ],
        late=late,
        rate_url=rating_path(dossier) if dossier.state in FINISHED else "",
        may_plan=dossier_may_act(access=access, dossier=dossier)
        and dossier.state in (State.RECEIVED, State.PROCESSING),
    )


@dataclass(frozen=True)
class ActOutcome:
    done: bool
    message: str


Runner = Callable[[Dossier, Any, dict[str, Any]], Any]


def _apologise(late: bool) -> Runner:
    def run(dossier: Dossier, actor: Any, data: dict[str, Any]) -> Any:
        if data.get("new_due_date") is None:
            raise DossierError(_("Give the new appointment date."))
        return dossier_apologise(
            dossier=dossier,
            actor=actor,
            new_due_date=data["new_due_date"],
            reason=data.get("note", ""),
            late=late,
        )

    return run


def _transition(target: str) -> Runner:
    return lambda d, actor, data: dossier_transition(
        dossier=d, actor=actor, to=target, note=data.get("note", "")
    )


RUNNERS: dict[str, Runner] = {
    "supplement": lambda d, actor, data: dossier_request_supplement(
        dossier=d, actor=actor, components=data.get("components", []), reason=data.get("note", "")
    ),
    "supplement_received": lambda d, actor, data: dossier_supplement_received(
        dossier=d, actor=actor
    ),
    "apologise": _apologise(late=False),
    "apologise_late": _apologise(late=True),
    "hand_over": lambda d, actor, data: dossier_hand_over(
        dossier=d, actor=actor, result=data.get("note", ""), assignee=data.get("assignee")
    ),
    "transfer": lambda d, actor, data: dossier_transfer(
        dossier=d,
        actor=actor,
        agency=data["destination"][0],
        assignee=data["destination"][1],
        note=data.get("note", ""),
    ),
    "assign": lambda d, actor, data: dossier_step_assign(
        dossier=d, actor=actor, assignee=data.get("assignee")
    ),
    "return": lambda d, actor, data: dossier_return(
        dossier=d, actor=actor, in_person=bool(data.get("in_person"))
    ),
}


def _assignee(offer: ActionOffer, pk: int | None) -> Any:
    """The officer named, who must be one the form offered; required when there is one."""
    if not offer.officers:
        return None
    if pk not in {o.pk for o in offer.officers}:
        raise DossierError(_("Choose the officer who receives the dossier."))
    return get_user_model().objects.get(pk=pk)


def _destination(offer: ActionOffer, value: str) -> tuple[Agency, Any]:
    """The department and officer chosen, which must be a pair the form offered."""
    agency_pk, _sep, user_pk = (value or "").partition(":")
    for staff in offer.destinations:
        if str(staff.agency_id) == agency_pk and user_pk in {str(o.pk) for o in staff.officers}:
            return Agency.objects.get(pk=staff.agency_id), get_user_model().objects.get(
                pk=int(user_pk)
            )
    raise DossierError(_("Choose the department and the officer who receive the dossier."))


def _refusal(actor: Any, dossier: Dossier, action: str, reason: str) -> ActOutcome:
    audit_record(
        actor=actor,
        action="dossier.action_refused",
        object_type="dossier",
        object_id=dossier.code,
        detail={"action": action[:48], "reason": reason},
    )
    return ActOutcome(done=False, message=reason)


def dossier_perform(
    *, access: Any, dossier: Dossier, actor: Any, action: str, data: dict[str, Any]
) -> ActOutcome:
    """Do one offered action through its service; a refusal is audited, not historic."""
    offered = {a.name: a for a in dossier_offers(access=access, dossier=dossier)}
    if action not in offered:
        return _refusal(
            actor, dossier, action, _("This action is not possible for the dossier now.")
        )
    chosen = offered[action]
    try:
        with transaction.atomic():
            if "assignee" in chosen.fields:
                offer = _offer(chosen, dossier)
                data = {**data, "assignee": _assignee(offer, data.get("assignee"))}
            if "destination" in chosen.fields:
                offer = _offer(chosen, dossier)
                data = {**data, "destination": _destination(offer, data.get("destination", ""))}
            target = chosen.target_for(dossier)
            runner = RUNNERS.get(action) or (_transition(target) if target else None)
            if runner is not None:
                runner(dossier, actor, data)
    except DossierError as error:
        dossier.refresh_from_db()
        return _refusal(actor, dossier, action, " ".join(error.messages))
    return ActOutcome(done=True, message=_("Done."))
