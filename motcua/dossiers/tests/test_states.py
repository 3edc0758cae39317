"""The state groupings, the one rule for "overdue" and the declarative actions, each defined
once in dossiers/states.py and read by the queryset, the model, the staff page and the API."""

import datetime as dt
import itertools
from types import SimpleNamespace

import pytest

from motcua.dossiers.models import Dossier
from motcua.dossiers.states import (
    ACTIONS,
    CLOCK_RUNNING,
    FINISHED,
    NOT_RUNNING,
    OPEN,
    TRANSITIONS,
    WAITING_FOR_CITIZEN,
    State,
    action_to,
    actions_available,
    allowed,
    is_overdue,
)
from motcua.dossiers.tests.test_intake import receive

TODAY = dt.date(2025, 5, 12)


def test_the_groupings_partition_the_states_as_the_rules_say():
    assert not CLOCK_RUNNING & FINISHED and not CLOCK_RUNNING & WAITING_FOR_CITIZEN
    assert set(NOT_RUNNING) == FINISHED | WAITING_FOR_CITIZEN
    assert set(State) - OPEN == {State.RETURNED, State.REFUSED, State.WITHDRAWN}
    assert CLOCK_RUNNING | WAITING_FOR_CITIZEN <= OPEN
    # Every state the law lets a dossier end in is finished, and nothing leaves those ends
    # but the hand-back of a result.
    for state in FINISHED:
        assert TRANSITIONS[state] <= {State.RETURNED}


class _Facts:
    def __init__(self, state, new_due_date=None, steps=()):
        self.state, self.new_due_date, self.complete_at = state, new_due_date, None
        self.due_date = None  # no due date: no apology is possible, in time or late
        self._steps = list(steps)

    @property
    def steps(self):
        return self

    def all(self):
        return self._steps


@pytest.mark.parametrize(("state", "with_steps"), list(itertools.product(State, (False, True))))
def test_every_action_offered_leads_where_the_state_machine_allows(state, with_steps):
    step = SimpleNamespace(received_at=None, handed_over_at=None)
    facts = _Facts(state, steps=[step] if with_steps else [])
    for action in actions_available(facts):
        target = action.target_for(facts)
        assert target is None or allowed(state, target) or action.name == "supplement_received"
        if target is not None:
            assert action_to(facts, target) is not None


def test_the_action_names_are_unique_and_name_their_fields():
    names = [action.name for action in ACTIONS]
    assert len(names) == len(set(names))
    assert {"note", "components"} <= {f for a in ACTIONS for f in a.fields}


@pytest.mark.django_db
def test_overdue_is_one_rule_for_the_queryset_the_model_and_the_function(world, marriage):
    """Given dossiers in every state, due before, on and after today, with and without an
    apology's later appointment, the queryset and the model give the same answer as the
    rule, and an apology does not take a late dossier out of "overdue"."""
    dossiers = []
    for state, due, new_due in itertools.product(
        State,
        (None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=3)),
        (None, TODAY + dt.timedelta(days=5)),
    ):
        dossier = receive(world, marriage)
        Dossier.objects.filter(pk=dossier.pk).update(
            state=state, due_date=due, new_due_date=new_due
        )
        dossiers.append(Dossier.objects.get(pk=dossier.pk))
    by_rule = {d.pk for d in dossiers if is_overdue(state=d.state, due=d.due_date, today=TODAY)}
    assert by_rule == {d.pk for d in dossiers if d.is_overdue(TODAY)}
    assert by_rule == set(Dossier.objects.overdue(TODAY).values_list("pk", flat=True))
    assert len(by_rule) == len(CLOCK_RUNNING) * 2  # due yesterday, with or without apology


@pytest.fixture
def marriage(db):
    from motcua.catalogue.tests.factories import procedure_make

    return procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)


@pytest.mark.django_db
def test_resolve_is_not_offered_while_a_department_holds_the_dossier(received_dossier, world):
    from motcua.dossiers.services import DossierError, dossier_transfer, dossier_transition
    from motcua.dossiers.states import actions_available
    from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UserFactory

    department = AgencyFactory(unit=world.commune_a)
    officer = UserFactory(username="chuyen_vien")
    MembershipFactory(user=officer, role="processing_officer", agency=department)
    dossier_transfer(
        dossier=received_dossier, actor=world.counter_a, agency=department, assignee=officer
    )
    received_dossier.refresh_from_db()

    offered = [a.name for a in actions_available(received_dossier)]

    assert "resolve" not in offered and "hand_over" in offered
    with pytest.raises(DossierError):
        dossier_transition(dossier=received_dossier, actor=world.counter_a, to="resolved")
