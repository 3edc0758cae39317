"""Who may hold a dossier's step and whose tray it sits in: only officers who handle dossiers
where they serve today, and only while the dossier is still being handled."""

import datetime as dt

import pytest
from django.utils import timezone

from motcua.dossiers.inbox import officer_inbox
from motcua.dossiers.people import agency_officers
from motcua.dossiers.selectors import dossier_holds_step
from motcua.dossiers.services import (
    dossier_hand_over,
    dossier_steps_plan,
    dossier_transfer,
    dossier_transition,
)
from motcua.dossiers.workspace import dossier_offers
from motcua.orgs.access import access_for
from motcua.orgs.models import Membership, Role
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def department(world):
    """Commune A's land department: an officer who handles dossiers and a supervisor who
    only reads."""
    agency = AgencyFactory(unit=world.commune_a, name="Phòng Kinh tế")
    officer = UserFactory(username="dia_chinh", last_name="Đinh", first_name="Văn Địa")
    MembershipFactory(user=officer, role=Role.PROCESSING_OFFICER, agency=agency)
    watcher = UserFactory(username="giam_sat", last_name="Lò", first_name="Thị Sát")
    MembershipFactory(user=watcher, role=Role.SUPERVISOR, agency=agency)
    return agency, officer, watcher


def process_count(user) -> int:
    tray = officer_inbox(access=access_for(user), user=user, tab="process")
    return next(t.count for t in tray.tabs if t.key == "process")


def test_a_supervisor_is_neither_given_the_step_nor_offered_its_hand_over(
    world, received_dossier, department
):
    agency, officer, watcher = department

    assert [p.pk for p in agency_officers(agency.pk)] == [officer.pk]
    dossier_transfer(
        dossier=received_dossier, actor=world.counter_a, agency=agency, assignee=officer
    )
    received_dossier.refresh_from_db()

    assert dossier_holds_step(access=access_for(officer), dossier=received_dossier)
    assert not dossier_holds_step(access=access_for(watcher), dossier=received_dossier)
    assert dossier_offers(access=access_for(watcher), dossier=received_dossier) == []


def test_an_officer_who_left_the_department_no_longer_finds_its_dossiers_in_the_tray(
    world, received_dossier, department
):
    agency, officer, _watcher = department
    dossier_transfer(
        dossier=received_dossier, actor=world.counter_a, agency=agency, assignee=officer
    )
    assert process_count(officer) == 1

    Membership.objects.filter(user=officer).update(
        valid_to=timezone.localdate() - dt.timedelta(days=1)
    )

    assert process_count(officer) == 0


def test_a_withdrawn_dossier_leaves_the_tray(world, received_dossier, department):
    agency, officer, _watcher = department
    dossier_transfer(
        dossier=received_dossier, actor=world.counter_a, agency=agency, assignee=officer
    )

    dossier_transition(
        dossier=received_dossier,
        actor=world.counter_a,
        to="withdrawn",
        note="Người nộp xin rút hồ sơ",
    )

    assert process_count(officer) == 0


def test_giving_the_step_to_a_colleague_is_offered_only_where_someone_can_take_it(
    world, received_dossier
):
    empty = AgencyFactory(unit=world.commune_a, name="Phòng chưa có cán bộ")
    dossier_steps_plan(
        dossier=received_dossier, actor=world.counter_a, steps=[(empty, "Thẩm định", 1)]
    )
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a)
    received_dossier.refresh_from_db()

    offered = [
        a.name for a in dossier_offers(access=access_for(world.counter_a), dossier=received_dossier)
    ]

    assert "hand_over" in offered and "assign" not in offered


def test_a_queue_name_that_is_no_queue_downloads_the_officers_own_queue(client, world):
    assert client.login(username=world.counter_a.username, password=PASSWORD)

    response = client.get("/staff/dossiers/", {"queue": 'a/b"', "format": "xlsx"})

    assert response.status_code == 200
    assert "dossiers-mine-" in response["Content-Disposition"]
