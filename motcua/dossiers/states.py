"""The dossier's states, the transitions the law allows between them (DOMAIN.md §2), the
groupings every page, export and indicator uses, and the actions an officer may take.

Pure data: services consult `allowed()` before every change and refuse the rest; the staff
page and the API offer exactly the `ACTIONS` whose guard holds. A new state touches this
module, the model's choices, its migration, the services that enter it and its translation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

# Decree 118/2025 and Circular 03/2025 replace Decree 61/2018 and Circular 01/2018 on this day.
NEW_RULES_FROM = dt.date(2025, 7, 1)


class RuleSet(models.TextChoices):
    D61_2018 = "d61_2018", _("Decree 61/2018 and Circular 01/2018")
    D118_2025 = "d118_2025", _("Decree 118/2025 and Circular 03/2025")


def rule_set_for(received_on: dt.date) -> RuleSet:
    return RuleSet.D61_2018 if received_on < NEW_RULES_FROM else RuleSet.D118_2025


class State(models.TextChoices):
    WAITING_ONLINE = "waiting_online", _("Waiting for online reception")
    SUPPLEMENT_REQUESTED = "supplement_requested", _("Supplement requested")
    RECEIVED = "received", _("Received")
    PROCESSING = "processing", _("Being processed")
    FINANCIAL_OBLIGATION = "financial_obligation", _("Waiting for fees or taxes")
    STOPPED = "stopped", _("Processing stopped")
    WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
    REFUSED = "refused", _("Refused")
    RESOLVED = "resolved", _("Resolved")
    RETURNED = "returned", _("Result returned")


TRANSITIONS: dict[str, frozenset[str]] = {
    State.WAITING_ONLINE: frozenset(
        {State.RECEIVED, State.SUPPLEMENT_REQUESTED, State.REFUSED, State.WITHDRAWN}
    ),
    State.SUPPLEMENT_REQUESTED: frozenset({State.RECEIVED, State.PROCESSING, State.WITHDRAWN}),
    State.RECEIVED: frozenset(
        {State.PROCESSING, State.SUPPLEMENT_REQUESTED, State.REFUSED, State.WITHDRAWN}
    ),
    State.PROCESSING: frozenset(
        {
            State.SUPPLEMENT_REQUESTED,
            State.FINANCIAL_OBLIGATION,
            State.STOPPED,
            State.REFUSED,
            State.RESOLVED,
            State.WITHDRAWN,
        }
    ),
    State.FINANCIAL_OBLIGATION: frozenset({State.PROCESSING, State.RESOLVED, State.WITHDRAWN}),
    State.RESOLVED: frozenset({State.RETURNED}),
    State.STOPPED: frozenset({State.RETURNED}),
    State.REFUSED: frozenset(),
    State.WITHDRAWN: frozenset(),
    State.RETURNED: frozenset(),
}
# Processing has ended (Decision 766: the first of resolved > returned > stopped/refused;
# a withdrawn dossier ends too, unjudged).
FINISHED = frozenset(
    {State.RESOLVED, State.RETURNED, State.STOPPED, State.REFUSED, State.WITHDRAWN}
)
# The administration holds the dossier and its due date is running: only these can be
# overdue.
CLOCK_RUNNING = frozenset({State.RECEIVED, State.PROCESSING, State.FINANCIAL_OBLIGATION})
# Waiting for the applicant's papers: the clock is stopped and starts again on arrival.
WAITING_FOR_CITIZEN = frozenset({State.SUPPLEMENT_REQUESTED})
# The clock does not run: finished, or waiting for the applicant.
NOT_RUNNING = sorted([*FINISHED, *WAITING_FOR_CITIZEN])
# The counter still has something to do: everything but the three ends with nothing left to
# hand back (a result returned, a refusal, a withdrawal).
OPEN = frozenset(State) - {State.RETURNED, State.REFUSED, State.WITHDRAWN}
# Moves that need a written reason: the citizen is told why their dossier ends.
REASON_REQUIRED = (State.REFUSED, State.STOPPED, State.WITHDRAWN)


def allowed(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def is_overdue(*, state: str, due: dt.date | None, today: dt.date) -> bool:
    """A dossier is overdue when its clock runs and its legal due date has passed. An
    apology's new appointment does not change it: it promises a date to the citizen, it does
    not make a late dossier on time (Circular 01/2018 Art. 13). The queryset, the Ibis
    expression and the API follow this one rule (tested to agree)."""
    return state in CLOCK_RUNNING and due is not None and due < today


def papers_arrived_state(dossier: Any) -> str:
    """Where the missing papers send a dossier: received if it was never complete, back into
    processing otherwise (the time limit restarts either way)."""
    return State.RECEIVED if dossier.complete_at is None else State.PROCESSING


def apology_deadline_passed(dossier: Any, today: dt.date | None = None) -> bool:
    """The apology letter is sent at the latest one working day before the due date
    (Decree 61/2018 Art. 19): from the due date's eve on, it is too late."""
    from django.utils import timezone

    from motcua.workdays.selectors import calendar

    day = today or timezone.localdate()
    due = dossier.due_date
    return due is None or due <= day or calendar().working_days_between(day, due) < 1


def _apology_wanted(dossier: Any) -> bool:
    return (
        dossier.state in CLOCK_RUNNING
        and dossier.due_date is not None
        and dossier.new_due_date is None
    )


def apology_open(dossier: Any, today: dt.date | None = None) -> bool:
    """An apology with a new appointment may still be sent in time."""
    return _apology_wanted(dossier) and not apology_deadline_passed(dossier, today)


def apology_late(dossier: Any, today: dt.date | None = None) -> bool:
    """The deadline for the apology has passed: it can only be recorded as late."""
    return _apology_wanted(dossier) and apology_deadline_passed(dossier, today)


def step_in_hand(dossier: Any) -> Any:
    """The processing step an agency holds now (received, not yet handed over), if any: while
    there is one, the dossier cannot be marked resolved."""
    return next((s for s in dossier.steps.all() if s.received_at and not s.handed_over_at), None)


def _has_next(dossier: Any) -> bool:
    """A step is in hand or waits for the dossier: there is a hand-over to make."""
    return any(not s.handed_over_at for s in dossier.steps.all())


@dataclass(frozen=True)
class Action:
    """Something an officer may do to a dossier: its name on the page and in the API, its
    label, the state it leads to (None: the state stays), when it is possible, and the fields
    it needs beyond the action's name."""

    name: str
    label: Any
    target: str | Callable[[Any], str] | None
    guard: Callable[[Any], bool]
    fields: tuple[str, ...] = ()

    def target_for(self, dossier: Any) -> str | None:
        return self.target(dossier) if callable(self.target) else self.target


def _moves_to(target: str) -> Callable[[Any], bool]:
    return lambda dossier: allowed(dossier.state, target)


ACTIONS: tuple[Action, ...] = (
    Action(
        "accept",
        _("Accept the online dossier"),
        State.RECEIVED,
        lambda d: d.state == State.WAITING_ONLINE,
    ),
    Action("start", _("Start processing"), State.PROCESSING, lambda d: d.state == State.RECEIVED),
    Action(
        "supplement",
        _("Request a supplement"),
        State.SUPPLEMENT_REQUESTED,
        _moves_to(State.SUPPLEMENT_REQUESTED),
        fields=("components", "note"),
    ),
    Action(
        "supplement_received",
        _("The supplement arrived"),
        papers_arrived_state,
        lambda d: d.state in WAITING_FOR_CITIZEN,
    ),
    Action(
        "apologise",
        _("Apologise and give a new appointment"),
        None,
        lambda d: apology_open(d),
        fields=("new_due_date", "note"),
    ),
    Action(
        "apologise_late",
        _("Record a late apology with a new appointment"),
        None,
        lambda d: apology_late(d),
        fields=("new_due_date", "note"),
    ),
    Action(
        "hand_over",
        _("Hand over to the next step"),
        None,
        lambda d: d.state in (State.RECEIVED, State.PROCESSING) and _has_next(d),
        fields=("assignee", "note"),
    ),
    Action(
        "transfer",
        _("Transfer to a department and an officer"),
        None,
        lambda d: d.state in (State.RECEIVED, State.PROCESSING) and not d.steps.all(),
        fields=("destination", "note"),
    ),
    Action(
        "assign",
        _("Assign the step to another officer"),
        None,
        lambda d: d.state in (State.RECEIVED, State.PROCESSING) and step_in_hand(d) is not None,
        fields=("assignee",),
    ),
    Action(
        "financial",
        _("Ask for fees or taxes"),
        State.FINANCIAL_OBLIGATION,
        _moves_to(State.FINANCIAL_OBLIGATION),
    ),
    Action(
        "resume",
        _("Fees paid: continue"),
        State.PROCESSING,
        lambda d: d.state == State.FINANCIAL_OBLIGATION,
    ),
    Action(
        "resolve",
        _("Mark as resolved"),
        State.RESOLVED,
        lambda d: allowed(d.state, State.RESOLVED) and step_in_hand(d) is None,
    ),
    Action("stop", _("Stop processing"), State.STOPPED, _moves_to(State.STOPPED), ("note",)),
    Action("refuse", _("Refuse"), State.REFUSED, _moves_to(State.REFUSED), ("note",)),
    Action(
        "withdraw",
        _("The applicant withdraws"),
        State.WITHDRAWN,
        _moves_to(State.WITHDRAWN),
        ("note",),
    ),
    Action(
        "return",
        _("Return the result"),
        State.RETURNED,
        _moves_to(State.RETURNED),
        ("in_person",),
    ),
)
ACTIONS_BY_NAME = {action.name: action for action in ACTIONS}


def actions_available(dossier: Any) -> list[Action]:
    """The actions the dossier's state (and its steps and appointment) allow now."""
    return [action for action in ACTIONS if action.guard(dossier)]


def action_to(dossier: Any, target: str) -> Action | None:
    """The available action that leads to a state, for clients that name the state."""
    return next((a for a in actions_available(dossier) if a.target_for(dossier) == target), None)
